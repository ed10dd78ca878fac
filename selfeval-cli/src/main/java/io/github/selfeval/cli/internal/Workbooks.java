package io.github.selfeval.cli.internal;

import io.github.selfeval.cli.SelfevalCli;
import io.github.selfeval.model.SelfEvaluation;
import java.nio.file.Path;

/** Reads filled XLSX forms back into reports. */
final class Workbooks {

    private Workbooks() {
    }

    static SelfEvaluation read(Path file) {
        throw new CliException(SelfevalCli.UNREADABLE_INPUT,
                file + ": reading filled .xlsx forms is not available in this build");
    }
}
