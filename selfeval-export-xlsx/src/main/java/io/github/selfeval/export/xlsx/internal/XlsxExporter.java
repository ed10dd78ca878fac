package io.github.selfeval.export.xlsx.internal;

import io.github.selfeval.export.ExportOptions;
import io.github.selfeval.export.DocumentExporter;
import io.github.selfeval.model.FormKind;
import io.github.selfeval.scoring.Presentation;
import io.github.selfeval.scoring.ScoreCard;
import java.io.ByteArrayOutputStream;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The {@code xlsx} format: the official 自评表 with live formulas, the 审核 sheet of findings, and a
 * hidden 数据 sheet that lets {@link io.github.selfeval.export.xlsx.XlsxReportReader} read the whole
 * report back.
 *
 * <p>The workbook is built with POI's streaming SXSSF model (all rows kept in memory, sheets and shared
 * strings written straight to XML in memory, see {@link StreamingWorkbook}) and written to the stream only
 * when complete.
 * Stateless and thread-safe.
 */
public final class XlsxExporter extends DocumentExporter {

    /** The format id. */
    public static final String ID = "xlsx";
    /** The media type of OOXML workbooks. */
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Creates the exporter; ServiceLoader calls this. */
    public XlsxExporter() {
        super(ID, MEDIA_TYPE, "xlsx", "Excel workbook: the official 自评表 with live formulas, the 审核 findings,"
                + " readable back with selfeval import");
    }

    @Override
    protected byte[] render(ScoreCard card, ExportOptions options) throws java.io.IOException {
        return toBytes(card, options);
    }

    /** The workbook's bytes. */
    byte[] toBytes(ScoreCard card, ExportOptions options) throws java.io.IOException {
        boolean points = usesPoints(card, options);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);
        // Streaming workbook with an unlimited window: every row stays addressable (the audit sheet
        // re-styles form cells after the form is written), and the sheets are written straight to XML
        // without XSSF's DOM serialisation, in memory (StreamingWorkbook). Strings go to the shared-strings
        // table, not inline: POI's XSSFCell.setCellValue on an inline-string cell keeps the old <is> text,
        // so a workbook edited with POI would read back unedited.
        // POI's temporary files, if any part still makes one, go to the run's own directory.
        PoiTempFiles.useRunDirectory();
        try (SXSSFWorkbook wb = new StreamingWorkbook()) {
            // Plain zip entries: ZIP64 data descriptors are not read by java.util.zip (DeterministicZip)
            // nor needed for a workbook of this size.
            wb.setZip64Mode(Zip64Mode.Never);
            Styles styles = new Styles(wb.getXSSFWorkbook());
            FormWriter form = new FormWriter(wb, styles, card, points);
            form.write();
            if (options.includeAudit()) {
                AuditSheet.write(wb, styles, form, card.findings(), options.locale(), options.provenance());
            }
            Map<String, String> data = new LinkedHashMap<>(Snapshot.entries(card.report()));
            data.putAll(form.shown());
            DataSheet.write(wb, styles, data);
            wb.setActiveSheet(0);
            wb.setFirstVisibleTab(0);
            POIXMLProperties.CoreProperties core = wb.getXSSFWorkbook().getProperties().getCoreProperties();
            Date created = Date.from(options.effectiveCreationTime());
            core.setCreated(Optional.of(created));
            core.setModified(Optional.of(created));
            core.setCreator("selfeval");
            core.setTitle(String.join("", form.form().titleLines(card.report())));
            // Flush the sheets in tab order: SXSSF adds a sheet's strings to the shared-strings table as it
            // flushes it, and write() alone flushes in hash order, which would vary the table between runs.
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                wb.getSheetAt(i).flushRows();
            }
            wb.write(buffer);
        }
        byte[] bytes = buffer.toByteArray();
        return options.deterministic() ? DeterministicZip.rewrite(bytes, options.effectiveCreationTime()) : bytes;
    }

    /** The points layout for 项目支出 forms and the points presentation, unless the options say otherwise. */
    static boolean usesPoints(ScoreCard card, ExportOptions options) {
        return options.presentation()
                .map(p -> p == Presentation.POINTS)
                .orElse(card.presentation() == Presentation.POINTS || card.report().kind() == FormKind.PROJECT);
    }
}
