package com.example.selfeval.csv;

import io.github.selfeval.export.ExportException;
import io.github.selfeval.export.ExportOptions;
import io.github.selfeval.export.ReportExporter;
import io.github.selfeval.scoring.IndicatorScore;
import io.github.selfeval.scoring.ScoreCard;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** A third party's exporter: one CSV line per indicator with the computed weighted score. */
public final class CsvExporter implements ReportExporter {

    public CsvExporter() {
    }

    @Override
    public String id() {
        return "example-csv";
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
        return "CSV of computed scores (a third-party example)";
    }

    @Override
    public void export(ScoreCard card, OutputStream out, ExportOptions options) {
        StringBuilder sb = new StringBuilder("department,indicator,weight,weightedScore\n");
        for (IndicatorScore s : card.indicators()) {
            sb.append(quote(card.report().cover().department())).append(',').append(quote(s.indicator().name()))
                    .append(',').append(s.weight().map(java.math.BigDecimal::toPlainString).orElse("")).append(',')
                    .append(s.weightedScore().toPlainString()).append('\n');
        }
        sb.append("total,,,").append(card.totalScore().toPlainString()).append('\n');
        try {
            out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new ExportException(id(), getClass().getName(), "cannot write: " + e.getMessage(), e);
        }
    }

    private static String quote(String s) {
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
