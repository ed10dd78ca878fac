package io.github.selfeval.cli.internal;

import io.github.selfeval.export.xlsx.XlsxReportReader;
import io.github.selfeval.model.SelfEvaluation;
import java.nio.file.Path;

/** Reads filled XLSX forms (the 自评表 layout the XLSX exporter writes) back into reports. */
final class Workbooks {

    private Workbooks() {
    }

    /**
     * Reads a filled form.
     *
     * @param file the workbook
     * @return the report
     * @throws io.github.selfeval.model.SelfEvalException naming {@code sheet!cell} when it cannot be read
     */
    static SelfEvaluation read(Path file) {
        return XlsxReportReader.read(file);
    }
}
