package io.github.selfeval.export.docx.internal;

import io.github.selfeval.export.ReadOptions;
import io.github.selfeval.export.ReadReport;
import io.github.selfeval.export.ReportReader;
import io.github.selfeval.export.read.LabelledForms;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;

/**
 * The {@code docx} reader: a Word document's tables and paragraphs ({@link DocxSource}) handed to the
 * label reader. Recognises a zip whose first local headers name a {@code word/} part; checks the zip
 * ({@link WordZipGuard}) before POI opens it. Stateless and thread-safe.
 */
public final class DocxReportReader implements ReportReader {

    /** Creates the reader (ServiceLoader). */
    public DocxReportReader() {
    }

    @Override
    public String id() {
        return "docx";
    }

    @Override
    public String description() {
        return "Word document (.docx): the 自评表 as Word tables, the 自评报告's sections by their headings";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("docx");
    }

    @Override
    public boolean recognises(byte[] head) {
        return WordFiles.zipHasWordPart(head);
    }

    @Override
    public List<ReadReport> read(InputStream in, ReadOptions options) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(options, "options");
        return LabelledForms.read(WordReading.read(in, options), options);
    }
}
