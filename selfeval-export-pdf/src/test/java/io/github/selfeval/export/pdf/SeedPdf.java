package io.github.selfeval.export.pdf;

import io.github.selfeval.export.ExportOptions;
import io.github.selfeval.export.ReportExporter;
import io.github.selfeval.export.ReportExporters;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.SelfEvaluationJson;
import io.github.selfeval.scoring.RulePacks;
import io.github.selfeval.scoring.ScoreCard;
import io.github.selfeval.scoring.Scorer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The seed report, scored with the hebei pack, and its PDF exported once for the tests that read it. */
final class SeedPdf {

    static final String SEED = "2023-jiangezhuang.json";

    private SeedPdf() {
    }

    static SelfEvaluation report() {
        try (InputStream in = SeedPdf.class.getResourceAsStream(SEED)) {
            if (in == null) {
                throw new IllegalStateException("test resource " + SEED + " missing");
            }
            return SelfEvaluationJson.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ScoreCard card() {
        return Holder.CARD;
    }

    /** The seed's PDF, deterministic, with the default options otherwise (audit appendix included). */
    static byte[] pdf() {
        return Holder.PDF.clone();
    }

    static ReportExporter exporter() {
        return ReportExporters.load().get("pdf");
    }

    static byte[] export(ScoreCard card, ExportOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter().export(card, out, options);
        return out.toByteArray();
    }

    /** The text of a PDF as PDFBox extracts it, in content order. */
    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** Without any whitespace: what a person reads, whatever the line breaks. */
    static String squeeze(String s) {
        return s.replaceAll("[\\s\\u00a0\\u3000]+", "");
    }

    private static final class Holder {
        static final ScoreCard CARD = Scorer.of(RulePacks.standard().get("hebei")).score(report());
        static final byte[] PDF = export(CARD, ExportOptions.builder().deterministic(true).build());
    }
}
