package com.example.selfeval.csv;

import io.github.selfeval.export.ExportOptions;
import io.github.selfeval.export.DocumentExporter;
import io.github.selfeval.scoring.IndicatorScore;
import io.github.selfeval.scoring.ScoreCard;
import java.nio.charset.StandardCharsets;

/** One CSV record per indicator with its computed weighted score, then the total (RFC 4180 quoting). */
public final class CsvExporter extends DocumentExporter {

    /** Called by ServiceLoader. */
    public CsvExporter() {
        super("csv", "text/csv", "csv", "CSV of the computed scores (a third-party exporter)");
    }

    @Override
    protected byte[] render(ScoreCard card, ExportOptions options) {
        StringBuilder sb = new StringBuilder("department,indicator,weight,weightedScore\r\n");
        for (IndicatorScore s : card.indicators()) {
            sb.append(quote(card.report().cover().department())).append(',')
                    .append(quote(s.indicator().name())).append(',')
                    .append(s.weight().map(java.math.BigDecimal::toPlainString).orElse("")).append(',')
                    .append(s.weightedScore().toPlainString()).append("\r\n");
        }
        sb.append("total,,,").append(card.totalScore().toPlainString()).append("\r\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String quote(String s) {
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
