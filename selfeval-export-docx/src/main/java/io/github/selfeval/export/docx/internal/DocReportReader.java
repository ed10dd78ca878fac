package io.github.selfeval.export.docx.internal;

import io.github.selfeval.export.ReadOptions;
import io.github.selfeval.export.ReadReport;
import io.github.selfeval.export.ReportReader;
import io.github.selfeval.export.read.LabelledForms;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;

/**
 * The {@code doc} reader: a Word 97–2003 document's tables and paragraphs ({@link DocSource}, POI's
 * HWPF) handed to the label reader. Recognises an OLE2 compound file whose directory, where it lies
 * in the first bytes, names a {@code WordDocument} stream (an {@code .xls}, an encrypted {@code .docx}
 * or {@code .xlsx} is OLE2 too, and is not recognised); an RTF file, which Word also saves under
 * {@code .doc}, is recognised so that it is refused as RTF. Stateless and thread-safe.
 */
public final class DocReportReader implements ReportReader {

    /** Creates the reader (ServiceLoader). */
    public DocReportReader() {
    }

    @Override
    public String id() {
        return "doc";
    }

    @Override
    public String description() {
        return "Word 97–2003 document (.doc): the 自评表 as Word tables, the 自评报告's sections by their headings";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("doc");
    }

    @Override
    public boolean recognises(byte[] head) {
        if (WordFiles.isRtf(head)) {
            return true;
        }
        return WordFiles.startsWith(head, WordFiles.OLE2) && WordFiles.ole2HeadNames(head, "WordDocument");
    }

    @Override
    public List<ReadReport> read(InputStream in, ReadOptions options) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(options, "options");
        return LabelledForms.read(WordReading.read(in, options), options);
    }
}
