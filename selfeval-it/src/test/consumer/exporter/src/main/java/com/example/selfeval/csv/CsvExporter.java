package com.example.selfeval.csv;

import io.github.selfeval.export.ExportException;
import io.github.selfeval.export.ExportOptions;
import io.github.selfeval.export.ReportExporter;
import io.github.selfeval.scoring.IndicatorScore;
import io.github.selfeval.scoring.ScoreCard;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** One CSV record per indicator with its computed weighted score, then the total (RFC 4180 quoting). */
public final class CsvExporter implements ReportExporter {

    /** Called by ServiceLoader. */
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
        return "CSV of the computed scores (a third-party exporter)";
    }

    @Override
    public void export(ScoreCard card, OutputStream out, ExportOptions options) {
        StringBuilder sb = new StringBuilder("department,indicator,weight,weightedScore\r\n");
        for (IndicatorScore s : card.indicators()) {
            sb.append(quote(card.report().cover().department())).append(',')
                    .append(quote(s.indicator().name())).append(',')
                    .append(s.weight().map(java.math.BigDecimal::toPlainString).orElse("")).append(',')
                    .append(s.weightedScore().toPlainString()).append("\r\n");
        }
        sb.append("total,,,").append(card.totalScore().toPlainString()).append("\r\n");
        try {
            out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new ExportException(id(), getClass().getName(), "cannot write the CSV: " + e.getMessage(), e);
        }
    }

    private static String quote(String s) {
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
