package io.github.selfeval.export.xlsx.internal;

import io.github.selfeval.export.ReadException;
import io.github.selfeval.export.ReadOptions;
import io.github.selfeval.export.ReadReport;
import io.github.selfeval.export.ReportReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;

/**
 * The {@code xls} reader: Excel 97–2003 workbooks (POI's HSSF). Recognises the OLE2 signature — unless
 * the directory, when it lies in the first bytes, shows a Word document — and tells an .xls from a
 * password-protected .xlsx (also OLE2: {@code EncryptionInfo}, {@code EncryptedPackage}), which it
 * refuses as {@link ReadException#ENCRYPTED}, as it does an .xls with a password. Formula cells are
 * read by their saved values (an .xls always has them). Stateless and thread-safe.
 */
public final class XlsWorkbookReader implements ReportReader {

    /** Creates the reader (ServiceLoader). */
    public XlsWorkbookReader() {
    }

    @Override
    public String id() {
        return "xls";
    }

    @Override
    public String description() {
        return "Excel 97–2003 workbook (.xls): a filled 自评表 in any template";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("xls");
    }

    @Override
    public boolean recognises(byte[] head) {
        return Ole2.isOle2(head) && Ole2.peek(head) != Ole2.Kind.DOC;
    }

    @Override
    public List<ReadReport> read(InputStream in, ReadOptions options) {
        byte[] bytes = WorkbookInput.readAll(in, options.limits());
        try (HSSFWorkbook wb = WorkbookInput.openXls(bytes, options.limits())) {
            return WorkbookReports.read(wb, options);
        } catch (IOException e) {
            throw new ReadException(ReadException.UNREADABLE, null, Failures.reason(e), e);
        }
    }
}
