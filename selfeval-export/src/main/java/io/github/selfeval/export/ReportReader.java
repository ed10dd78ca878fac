package io.github.selfeval.export;

import java.io.InputStream;
import java.util.List;

/**
 * A kind of file a 自评表 can be read from — a workbook, a Word document, selfeval's JSON: the service
 * interface reader plugins implement, symmetric to {@link ReportExporter}.
 *
 * <p>An implementation is registered twice, so that it is found on the class path and on the module
 * path alike: in {@code META-INF/services/io.github.selfeval.export.ReportReader} and with
 * {@code provides io.github.selfeval.export.ReportReader with ...} in its {@code module-info}. It has a
 * public no-argument constructor, is stateless and thread-safe: one instance serves every read,
 * concurrently.
 *
 * <p>A reader treats its input as untrusted: it stays within {@link ReadOptions#limits()}, and every
 * failure is a {@link ReadException} with a stable code and, where there is one, the cell or table
 * position concerned — never a raw exception of the library it uses.
 *
 * @since 0.3
 */
public interface ReportReader {

    /**
     * The reader's id: fixed, unique, lowercase ASCII letters, digits and {@code -}, e.g. {@code xlsx}.
     *
     * @return the id, never null
     */
    String id();

    /**
     * One line saying what the reader reads, for listings such as {@code selfeval formats}.
     *
     * @return the description, never null
     */
    String description();

    /**
     * The file extensions this reader reads, lowercase, without the dot, e.g. {@code xlsx}, {@code xlsm}.
     *
     * @return the extensions, never null or empty
     */
    List<String> fileExtensions();

    /**
     * Whether the first bytes of a file are of this reader's kind (a zip with a workbook part, an OLE2
     * compound file with a Workbook stream …). Used to choose a reader by content rather than by a file
     * name that may lie: a {@code .xls} renamed {@code .xlsx} is given to the reader of {@code .xls}.
     *
     * @param head the file's first bytes (up to {@link ReportReaders#HEAD_BYTES}; fewer if the file is
     *     shorter), never null
     * @return true if this reader recognises the content
     */
    boolean recognises(byte[] head);

    /**
     * Reads every form the input holds: a workbook with a sheet per project, or a document with several
     * 自评表, gives several reports, in the order they appear.
     *
     * <p>The stream is not closed. The reports are not validated: the caller validates and scores them.
     *
     * @param in the file's bytes, never null
     * @param options limits, strictness, the form descriptions to match, the source's name
     * @return the reports read, never empty
     * @throws ReadException if the input cannot be read as a form, naming the cell and what was expected
     */
    List<ReadReport> read(InputStream in, ReadOptions options);
}
