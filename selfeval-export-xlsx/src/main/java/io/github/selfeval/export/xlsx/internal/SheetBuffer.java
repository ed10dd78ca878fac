package io.github.selfeval.export.xlsx.internal;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * A sheet's {@code <sheetData>} written to memory instead of a temporary file, with its strings put in
 * the workbook's {@link StringTable} directly.
 *
 * <p>A selfeval workbook is small (tens to hundreds of kilobytes) and finished at once, so a temporary
 * file per sheet only costs file-system calls; and POI's writer wraps every string in an xmlbeans rich
 * string before adding it to the table. Every other cell type is written by POI.
 */
final class SheetBuffer extends SheetDataWriter {
    private final Bytes bytes;
    private final StringTable strings;

    /** The written bytes; read back without a copy. */
    private static final class Bytes extends ByteArrayOutputStream {
        Bytes() {
            super(16 * 1024);
        }

        InputStream open() {
            return new ByteArrayInputStream(buf, 0, count);
        }
    }

    private SheetBuffer(Bytes bytes, StringTable strings) throws IOException {
        super(new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), 8 * 1024));
        this.bytes = bytes;
        this.strings = strings;
    }

    static SheetBuffer create(StringTable strings) throws IOException {
        return new SheetBuffer(new Bytes(), strings);
    }

    @Override
    public void writeCell(int columnIndex, Cell cell) throws IOException {
        if (cell == null || cell.getCellType() != CellType.STRING) {
            super.writeCell(columnIndex, cell);
            return;
        }
        Writer out = _out;
        out.write("<c r=\"");
        out.write(CellReference.convertNumToColString(columnIndex));
        out.write(Integer.toString(cell.getRowIndex() + 1));
        out.write('"');
        int style = cell.getCellStyle().getIndex() & 0xFFFF;
        if (style != 0) {
            out.write(" s=\"");
            out.write(Integer.toString(style));
            out.write('"');
        }
        out.write(" t=\"s\"><v>");
        out.write(Integer.toString(strings.indexOf(cell.getStringCellValue())));
        out.write("</v></c>");
    }

    @Override
    public InputStream getWorksheetXMLInputStream() throws IOException {
        // POI closes the writer before it reads the sheet; closing again is harmless and makes sure.
        _out.close();
        return bytes.open();
    }
}
