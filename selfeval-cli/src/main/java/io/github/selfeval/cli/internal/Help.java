package io.github.selfeval.cli.internal;

/** Help texts several commands share. */
final class Help {

    /** What every reading command reads. */
    static final String INPUTS = "FILE is read by the reader its content (then its extension) calls for: selfeval JSON, "
            + "and any reader 'selfeval formats' lists (workbooks .xlsx/.xls, Word documents .docx/.doc, plugins). "
            + "A file holding several forms (a sheet per project) gives several reports, named FILE#1, FILE#2.";

    /** The FILE parameter. */
    static final String FILE = "The report: a .json file, or a filled form (.xlsx, .xls, .docx, .doc or what a plugin reads).";

    private Help() {
    }
}
