package io.github.selfeval.cli.internal;

import io.github.selfeval.export.ReadOptions;
import picocli.CommandLine.Option;

/** {@code --lenient}: how the commands that read reports read them. */
public final class ReadSettings {

    @Option(names = "--lenient",
            description = "Read forms leniently: an optional field whose cell does not hold what the form expects is "
                + "left out and printed as a warning naming the cell, instead of failing the read.")
    boolean lenient;

    /**
     * The read options these settings give.
     *
     * @return the options, never null
     */
    ReadOptions options() {
        return ReadOptions.defaults().withLenient(lenient);
    }
}
