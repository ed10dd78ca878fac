package io.github.selfeval.export.xlsx.internal;

import io.github.selfeval.export.Provenance;
import io.github.selfeval.export.ReadException;
import io.github.selfeval.export.ReadOptions;
import io.github.selfeval.export.ReadReport;
import io.github.selfeval.export.read.LabelledForms;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.export.xlsx.XlsxImportException;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** What the {@code xlsx} and {@code xls} readers do with an opened workbook. */
final class WorkbookReports {
    private WorkbookReports() {
    }

    static List<ReadReport> read(Workbook wb, ReadOptions options) {
        try {
            if (wb instanceof XSSFWorkbook x && FormReader.isOwn(x)) {
                SelfEvaluation report = FormReader.read(x, options.limits());
                return List.of(new ReadReport(report, report.formId(), Provenance.none(), List.of()));
            }
            return LabelledForms.read(Grids.document(wb, options.sourceName().orElse("workbook"), options.limits()),
                    options);
        } catch (XlsxImportException e) {
            throw Failures.toRead(e);
        } catch (ReadException e) {
            throw e;
        } catch (RuntimeException e) {
            // POI's own failures while reading cells of a damaged file: the file's fault, said without class names.
            throw new ReadException(ReadException.CORRUPT, null, "the workbook is damaged (" + Failures.reason(e) + ")",
                    e);
        }
    }
}
