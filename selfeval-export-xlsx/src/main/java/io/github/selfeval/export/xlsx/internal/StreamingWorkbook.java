package io.github.selfeval.export.xlsx.internal;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLRelation;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFFactory;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The exporter's workbook: POI's streaming SXSSF model with every row kept (an unlimited window), the
 * sheets buffered in memory ({@link SheetBuffer}) and a shared-strings table of plain strings
 * ({@link StringTable}), and notes written as XML text ({@link Notes}). Everything else (styles, merges, print set-up, comments, the workbook parts) is
 * POI's. Not thread-safe; one per export.
 */
final class StreamingWorkbook extends SXSSFWorkbook {

    /**
     * Makes POI's workbook take a {@link StringTable} as its shared-strings part, and {@link Notes} parts
     * for comments and their VML drawing (POI's own comment API is not used on this workbook).
     */
    private static final class Factory extends XSSFFactory {
        @Override
        public POIXMLDocumentPart newDocumentPart(POIXMLRelation descriptor) {
            if (descriptor == XSSFRelation.SHARED_STRINGS) {
                return new StringTable();
            }
            if (descriptor == XSSFRelation.SHEET_COMMENTS || descriptor == XSSFRelation.VML_DRAWINGS) {
                return new Notes.Part();
            }
            return super.newDocumentPart(descriptor);
        }
    }

    private final StringTable strings;

    StreamingWorkbook() {
        super(new XSSFWorkbook(new Factory()), -1, false, true);
        this.strings = (StringTable) getXSSFWorkbook().getSharedStringSource();
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return SheetBuffer.create(strings);
    }

    /**
     * Writes the workbook as {@link SXSSFWorkbook#write} does (the XSSF parts as a template zip, then every
     * entry copied in its order with the sheets' XML injected), but keeps the template in memory instead
     * of a temporary file: creating, writing, re-opening and deleting that file was a tenth of an export.
     * The template is not even a zip ({@link TemplateParts}: the parts' bytes, uncompressed). The entries
     * are read back in the order POI wrote them, as from the file, so the output is the same bytes
     * ({@code writeAvoidingTempFiles} would reorder them).
     */
    @Override
    public void write(OutputStream stream) throws IOException {
        flushSheets();
        try (TemplateParts template = new TemplateParts()) {
            getXSSFWorkbook().write(template);
            injectData(template, stream);
        }
    }
}
