package com.example.selfeval.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.selfeval.export.ReportExporter;
import io.github.selfeval.export.testing.ReportExporterContract;
import io.github.selfeval.scoring.IndicatorScore;
import io.github.selfeval.scoring.ScoreCard;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The published contract, run against a third party's exporter; Commons CSV reads the document back. */
class CsvExporterTest implements ReportExporterContract {

    @Override
    public ReportExporter exporter() {
        return new CsvExporter();
    }

    @Override
    public void assertReadable(byte[] document, ScoreCard card) throws Exception {
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(new String(document, StandardCharsets.UTF_8))).getRecords();
        assertEquals(card.indicators().size() + 1, records.size(), "one record per indicator, then the total");
        for (IndicatorScore s : card.indicators()) {
            CSVRecord r = records.get(s.index());
            assertEquals(card.report().cover().department(), r.get("department"));
            assertEquals(s.indicator().name(), r.get("indicator"));
            assertEquals(s.weightedScore().toPlainString(), r.get("weightedScore"));
        }
        assertEquals(card.totalScore().toPlainString(), records.get(records.size() - 1).get("weightedScore"));
    }
}
