package com.example.selfeval.plugin;

import io.github.selfeval.export.ExportOptions;
import io.github.selfeval.export.ReportExporter;
import io.github.selfeval.scoring.IndicatorScore;
import io.github.selfeval.scoring.ScoreCard;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** A CLI plugin: format {@code csv}, one line per indicator with its computed weighted score, then the total. */
public final class CsvExporter implements ReportExporter {

    public CsvExporter() {
    }

    @Override
    public String id() {
        return "csv";
    }

    @Override
    public String mediaType() {
        return "text/csv";
    }

    @Override
    public String fileExtension() {
        return "csv";
    }

    @Override
    public String description() {
        return "CSV of computed scores (a plugin in a jar of its own)";
    }

    @Override
    public void export(ScoreCard card, OutputStream out, ExportOptions options) {
        StringBuilder sb = new StringBuilder("indicator,weightedScore\n");
        for (IndicatorScore s : card.indicators()) {
            sb.append(s.indicator().name()).append(',').append(s.weightedScore().toPlainString()).append('\n');
        }
        sb.append("total,").append(card.totalScore().toPlainString()).append('\n');
        try {
            out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
