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
 * HWPF) handed to the label reader. Recognises an OLE2 compound file when its first bytes show it is a
 * Word document: a directory entry named {@code WordDocument}, or a sector starting with a Word 97+
 * File Information Block ({@code EC A5}, nFib ≥ 0xC1); one whose first bytes show a {@code Workbook},
 * {@code EncryptedPackage} or PowerPoint stream is not (an {@code .xls}, an encrypted {@code .docx} or
 * {@code .xlsx} is OLE2 too). Where the directory and the text lie past the first 4 KB, as in the files
 * LibreOffice writes, the content cannot tell, and the {@code .doc} extension chooses this reader. An RTF
 * file, which Word also saves under {@code .doc}, is recognised so that it is refused as RTF. Stateless
 * and thread-safe.
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
        if (!WordFiles.startsWith(head, WordFiles.OLE2)) {
            return false;
        }
        for (String other : new String[] {"Workbook", "Book", "EncryptionInfo", "EncryptedPackage", "PowerPoint Document"}) {
            if (WordFiles.ole2HeadNames(head, other)) {
                return false;
            }
        }
        // Nothing of another kind in view: a Word file, or an OLE2 file whose directory lies past the head
        // (LibreOffice writes it at the end). The registry asks the reader of the file's extension first
        // and, should this turn out to be a workbook, the next reader after this one's NOT_RECOGNISED.
        return true;
    }

    @Override
    public List<ReadReport> read(InputStream in, ReadOptions options) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(options, "options");
        return LabelledForms.read(WordReading.read(in, options), options);
    }
}
