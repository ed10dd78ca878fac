package io.github.selfeval.export.xlsx.internal;

import io.github.selfeval.export.Provenance;
import io.github.selfeval.export.ReadException;
import io.github.selfeval.export.ReadOptions;
import io.github.selfeval.export.ReadReport;
import io.github.selfeval.export.read.LabelledForms;
import io.github.selfeval.export.read.SourceDocument;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.export.xlsx.XlsxImportException;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** What the {@code xlsx} and {@code xls} readers do with an opened workbook. */
final class WorkbookReports {
    private WorkbookReports() {
    }

    /**
     * Where the values of selfeval's own workbook stand on its 自评表 sheet: the workbook is the form laid
     * out by its description, so the label reader finds every shown value's cell under the same JSON paths
     * (the report itself comes from {@link FormReader}, which also reads what the form does not show). When
     * the label read does not see the same form — a sheet edited beyond recognition — no cells are named
     * rather than wrong ones.
     */
    private static Provenance ownCells(Workbook wb, SelfEvaluation report, ReadOptions options) {
        try {
            List<ReadReport> byLabels = LabelledForms.read(Grids.document(wb, options.sourceName().orElse("workbook"),
                    options.limits()), options.withLenient(true));
            if (byLabels.size() == 1 && byLabels.get(0).formId().equals(report.formId())
                    && byLabels.get(0).report().indicators().size() == report.indicators().size()) {
                return byLabels.get(0).provenance();
            }
        } catch (ReadException e) {
            // no cells to name: the report read from 数据 stands on its own
        }
        return Provenance.empty();
    }

    /** Reads the forms of a workbook's grids ({@link Grids}, or {@link StreamedGrids} without POI's model). */
    static List<ReadReport> read(SourceDocument grids, ReadOptions options) {
        try {
            return LabelledForms.read(grids, options);
        } catch (ReadException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ReadException(ReadException.CORRUPT, null, "the workbook is damaged (" + Failures.reason(e) + ")",
                    e);
        }
    }

    static List<ReadReport> read(Workbook wb, ReadOptions options) {
        try {
            if (wb instanceof XSSFWorkbook x && FormReader.isOwn(x)) {
                SelfEvaluation report = FormReader.read(x, options.limits());
                return List.of(new ReadReport(report, report.formId(), ownCells(wb, report, options), List.of()));
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
