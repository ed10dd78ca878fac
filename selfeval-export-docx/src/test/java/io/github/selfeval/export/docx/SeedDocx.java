package io.github.selfeval.export.docx;

import io.github.selfeval.export.ExportOptions;
import io.github.selfeval.export.ReportExporter;
import io.github.selfeval.export.ReportExporters;
import io.github.selfeval.scoring.RulePacks;
import io.github.selfeval.scoring.ScoreCard;
import io.github.selfeval.scoring.Scorer;
import io.github.selfeval.testsupport.Seed;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** The seed report, scored with the hebei pack, and its .docx exported once for the tests that read it. */
final class SeedDocx {

    private SeedDocx() {
    }

    static ScoreCard card() {
        return Holder.CARD;
    }

    /** The seed's .docx, deterministic, with the default options otherwise (audit appendix included). */
    static byte[] docx() {
        return Holder.DOCX.clone();
    }

    static ReportExporter exporter() {
        return ReportExporters.load().get("docx");
    }

    static byte[] export(ScoreCard card, ExportOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter().export(card, out, options);
        return out.toByteArray();
    }

    static XWPFDocument open(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    /** Without any whitespace: what a person reads, whatever the line breaks. */
    static String squeeze(String s) {
        return s.replaceAll("[\\s\\u00a0\\u3000]+", "");
    }

    private static final class Holder {
        static final ScoreCard CARD = Scorer.of(RulePacks.standard().get("hebei")).score(Seed.report());
        static final byte[] DOCX = export(CARD, ExportOptions.builder().deterministic(true).build());
    }
}
