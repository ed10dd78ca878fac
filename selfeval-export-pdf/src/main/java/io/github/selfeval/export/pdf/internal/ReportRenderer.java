package io.github.selfeval.export.pdf.internal;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import io.github.selfeval.export.ExportOptions;
import io.github.selfeval.export.pdf.PdfStyle;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.form.FormDescription;
import io.github.selfeval.model.form.FormDescriptions;
import io.github.selfeval.model.form.ReportText;
import io.github.selfeval.scoring.Presentation;
import io.github.selfeval.scoring.ScoreCard;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;

/**
 * Lays out one scored report as a PDF, in the layout of the form it follows ({@link FormDescription}):
 * the cover, sections 一 to 三, the 自评表 with its notes, sections 四 and 五, and the audit appendix. A report
 * without narrative (a project form transcribed as filed) gets the cover and the form only, no pages of
 * empty sections. One instance per document; not thread-safe.
 */
final class ReportRenderer {

    private final ScoreCard card;
    private final SelfEvaluation report;
    private final ExportOptions options;
    private final PdfStyle style;
    private final DocumentFonts fonts;
    private final Presentation presentation;
    private final FormDescription form;

    private Document document;
    private PdfWriter writer;

    ReportRenderer(ScoreCard card, ExportOptions options, PdfStyle style, DocumentFonts fonts) {
        this.card = card;
        this.report = card.report();
        this.options = options;
        this.style = style;
        this.fonts = fonts;
        this.presentation = options.presentation().orElse(card.presentation());
        this.form = FormDescriptions.standard().forReport(report);
    }

    /** Renders the whole document into memory, so that a failure never leaves half a PDF behind. */
    byte[] render() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 18);
        document = new Document(PdfLayout.portrait(style), 0, 0, 0, 0);
        PdfLayout.applyPortraitMargins(document, style);
        writer = PdfWriter.getInstance(document, buffer);
        PdfLayout layout = new PdfLayout(document, writer, style, fonts);
        writer.setFullCompression();
        fonts.check(FontRole.BODY, PageNumbers.characters(), "page numbers");
        writer.setPageEvent(new PageNumbers(fonts.font(FontRole.BODY, style.pageNumberSize()), style));
        ReportText text = form.report();
        String title = text.documentTitle(report);
        document.addTitle(title);
        document.addSubject(report.kind().label() + "报告");
        document.addAuthor(report.cover().preparingUnit().orElse(report.cover().department()));
        document.addCreator("selfeval");
        document.open();
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("zh-CN"));
        fixMetadata();

        new CoverPage(layout, report, text).render();
        document.newPage();
        boolean narrative = !NarrativeSections.isBlank(report);
        NarrativeSections sections = new NarrativeSections(layout, report, text);
        if (narrative) {
            layout.paragraph(title, FontRole.TITLE, style.titleSize(), Element.ALIGN_CENTER, 0, style.bodyLeading(),
                    "document title");
            layout.blankLine();
            sections.beforeForm();
        }
        new FormPages(layout, card, form, presentation).render();
        if (narrative) {
            sections.afterForm();
        }
        if (options.includeAudit()) {
            new AuditAppendix(layout, card, options.locale()).render();
        }
        document.close();
        byte[] pdf = buffer.toByteArray();
        if (options.deterministic()) {
            stampDocumentId(pdf);
        }
        return pdf;
    }

    // ---- metadata -----------------------------------------------------------------------------

    /**
     * The trailer's /ID while the document is written in deterministic mode: 16 bytes no MD5 of a real
     * file will equal in practice, replaced by {@link #stampDocumentId} once the bytes are known.
     */
    private static final byte[] PLACEHOLDER_ID = "selfeval:doc-id!".getBytes(StandardCharsets.US_ASCII);

    /** Fixed dates, and in deterministic mode a placeholder document id (see {@link #stampDocumentId}). */
    private void fixMetadata() {
        Instant time = options.effectiveCreationTime();
        Calendar cal = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ROOT);
        cal.setTimeInMillis(time.toEpochMilli());
        PdfDictionary info = writer.getInfo();
        info.put(PdfName.CREATIONDATE, new PdfDate(cal));
        info.put(PdfName.MODDATE, new PdfDate(cal));
        if (options.deterministic()) {
            // PdfWriter takes the trailer's /ID from this entry instead of a random one.
            info.put(PdfName.FILEID, PdfEncryption.createInfoId(PLACEHOLDER_ID, PLACEHOLDER_ID));
        }
    }

    /**
     * Replaces the placeholder /ID in the finished file by the MD5 of the file itself (with the
     * placeholder in it): derived from everything the document contains, the same for the same bytes,
     * and far cheaper than hashing a description of the inputs. OpenPDF writes the id as hex strings
     * twice in the trailer (the cross-reference stream's dictionary, never compressed) and twice in the
     * info dictionary's /FileId, so each replacement has the same length and moves no offset.
     */
    private static void stampDocumentId(byte[] pdf) {
        byte[] placeholder = hex(PLACEHOLDER_ID).getBytes(StandardCharsets.US_ASCII);
        byte[] id;
        try {
            id = hex(MessageDigest.getInstance("MD5").digest(pdf)).getBytes(StandardCharsets.US_ASCII);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required by the Java platform", e);
        }
        int found = 0;
        for (int at = pdf.length - placeholder.length; at >= 0; at--) {
            if (pdf[at] == placeholder[0] && Arrays.equals(pdf, at, at + placeholder.length, placeholder, 0,
                    placeholder.length)) {
                System.arraycopy(id, 0, pdf, at, id.length);
                found++;
            }
        }
        if (found < 2) {
            throw new IllegalStateException("the PDF's trailer /ID was not written as expected (" + found
                    + " placeholders found)");
        }
    }

    private static String hex(byte[] bytes) {
        StringBuilder b = new StringBuilder(bytes.length * 2);
        for (byte x : bytes) {
            b.append(Character.forDigit((x >> 4) & 0xf, 16)).append(Character.forDigit(x & 0xf, 16));
        }
        return b.toString();
    }
}
