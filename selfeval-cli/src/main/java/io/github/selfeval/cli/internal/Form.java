package io.github.selfeval.cli.internal;

import io.github.selfeval.export.Provenance;
import io.github.selfeval.export.ReadReport;
import io.github.selfeval.export.SourceLocation;
import io.github.selfeval.model.SelfEvaluation;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One form read from an input file. A file holding one form is named as given ({@code in/a.xlsx}); a file
 * holding several names each by its position: {@code in/a.xlsx#1}, {@code in/a.xlsx#2}, in the order the reader
 * gives them (sheets, then tables, in document order).
 *
 * @param file the input file
 * @param index the form's position in the file, from 1
 * @param count how many forms the file holds
 * @param read what the reader gave
 * @param outputBase the base name (no extension) of this form's output files: the file's own for a single
 *     form, else the file's followed by the report's project or department name ({@link FormNames})
 */
record Form(Path file, int index, int count, ReadReport read, String outputBase) {

    Form {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(read, "read");
        Objects.requireNonNull(outputBase, "outputBase");
    }

    /**
     * The form's name in messages.
     *
     * @return {@code FILE} or {@code FILE#N}
     */
    String name() {
        return count == 1 ? file.toString() : file + "#" + index;
    }

    SelfEvaluation report() {
        return read.report();
    }

    Provenance provenance() {
        return read.provenance();
    }

    /**
     * The user's cell of a JSON path, as text in the language of the messages.
     *
     * @param path a finding's or violation's path
     * @param lang the language
     * @return e.g. {@code Sheet1!H14} or {@code 表2第7行第5列}, or empty when the form was not read from cells
     */
    Optional<String> cellOf(String path, Lang lang) {
        return read.provenance().locate(path).map(l -> text(l, lang));
    }

    /**
     * What to write beside a path: the user's cell, in brackets, or nothing.
     *
     * @param path the path
     * @param lang the language
     * @return {@code " (at Sheet1!H14)"}, {@code "（位于 Sheet1!H14）"} or empty text
     */
    String besidePath(String path, Lang lang) {
        return cellOf(path, lang).map(c -> lang == Lang.en ? " (at " + c + ")" : "（位于 " + c + "）").orElse("");
    }

    static String text(SourceLocation l, Lang lang) {
        return lang == Lang.en ? l.toString() : l.toChinese();
    }
}
