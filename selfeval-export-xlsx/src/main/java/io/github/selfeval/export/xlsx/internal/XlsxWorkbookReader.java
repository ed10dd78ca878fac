package io.github.selfeval.export.xlsx.internal;

import io.github.selfeval.export.ReadException;
import io.github.selfeval.export.ReadOptions;
import io.github.selfeval.export.ReadReport;
import io.github.selfeval.export.ReportReader;
import io.github.selfeval.export.read.SourceDocument;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The {@code xlsx} reader: Excel workbooks (.xlsx, and .xlsm, whose macros are never run — POI does
 * not run them, and nothing here asks it to). Recognises a zip whose first local headers name a
 * workbook part ({@code xl/…}); an encrypted .xlsx is an OLE2 file and goes to the {@code xls} reader,
 * which reports it as password-protected.
 *
 * <p>selfeval's own workbook (with its hidden 数据 sheet) is read as it always was, by
 * {@link FormReader}; any other workbook's visible sheets become {@code FormGrid}s for the label reader.
 * Stateless and thread-safe.
 */
public final class XlsxWorkbookReader implements ReportReader {

    /** Creates the reader (ServiceLoader). */
    public XlsxWorkbookReader() {
    }

    @Override
    public String id() {
        return "xlsx";
    }

    @Override
    public String description() {
        return "Excel workbook (.xlsx, .xlsm): a filled 自评表 in any template, or selfeval's own workbook";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("xlsx", "xlsm");
    }

    @Override
    public boolean recognises(byte[] head) {
        return ZipGuard.looksLikeWorkbook(head);
    }

    @Override
    public List<ReadReport> read(InputStream in, ReadOptions options) {
        byte[] bytes = WorkbookInput.readAll(in, options.limits());
        // Most filled forms are plain cells: read them from the parts, without POI's object tree of them, in
        // the pass that checks each sheet part against the limits.
        Optional<SourceDocument> streamed = StreamedGrids.checkAndRead(bytes, ZipGuard.check(bytes, options.limits(),
                WorkbookScan::isStructure), options.sourceName().orElse("workbook"), options.limits()).document();
        if (streamed.isPresent()) {
            return WorkbookReports.read(streamed.get(), options);
        }
        try (XSSFWorkbook wb = WorkbookInput.openChecked(bytes)) {
            return WorkbookReports.read(wb, options);
        } catch (IOException e) {
            // Closing an in-memory workbook: nothing to lose.
            throw new ReadException(ReadException.UNREADABLE, null, Failures.reason(e), e);
        }
    }
}
