package io.github.selfeval.export.xlsx.internal;

import io.github.selfeval.export.ReadException;
import io.github.selfeval.export.ReadLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Opens untrusted workbook bytes with POI only after they passed every check that can be made without
 * POI: the size, the zip ({@link ZipGuard}), the parts' counts ({@link WorkbookScan}) for .xlsx; the
 * size and the record counts ({@link XlsScan}) for .xls.
 */
public final class WorkbookInput {
    private WorkbookInput() {
    }

    /**
     * The stream's bytes, up to the file size limit.
     *
     * @param in the stream
     * @param limits the limits
     * @return the bytes
     */
    public static byte[] readAll(InputStream in, ReadLimits limits) {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
        } catch (IOException e) {
            throw new ReadException(ReadException.UNREADABLE, null, "cannot read the workbook: " + Failures.reason(e), e);
        }
        if (bytes.length > limits.maxFileBytes()) {
            throw new ReadException(ReadException.TOO_LARGE, null, "the workbook is larger than "
                    + limits.maxFileBytes() + " bytes", null);
        }
        return bytes;
    }

    /**
     * Checks and opens an .xlsx / .xlsm.
     *
     * @param bytes the file
     * @param limits the limits
     * @return the workbook; the caller closes it
     */
    public static XSSFWorkbook openXlsx(byte[] bytes, ReadLimits limits) {
        checkXlsx(bytes, limits);
        return openChecked(bytes);
    }

    /**
     * Checks an .xlsx / .xlsm without opening it: the zip ({@link ZipGuard}) and the parts' counts
     * ({@link WorkbookScan}).
     *
     * @param bytes the file
     * @param limits the limits
     * @return what the scan found
     */
    public static WorkbookScan.Result checkXlsx(byte[] bytes, ReadLimits limits) {
        ZipGuard.Archive archive = ZipGuard.check(bytes, limits, WorkbookScan::isStructure);
        return WorkbookScan.scan(bytes, archive, limits);
    }

    /**
     * Opens an .xlsx / .xlsm that {@link #checkXlsx} passed.
     *
     * @param bytes the file
     * @return the workbook; the caller closes it
     */
    static XSSFWorkbook openChecked(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw new ReadException(ReadException.CORRUPT, null, "the workbook is damaged: it cannot be opened as an"
                    + " .xlsx (" + Failures.reason(e) + ")", e);
        }
    }

    /**
     * Checks and opens an .xls.
     *
     * @param bytes the file
     * @param limits the limits
     * @return the workbook; the caller closes it
     */
    public static HSSFWorkbook openXls(byte[] bytes, ReadLimits limits) {
        if (!Ole2.isOle2(bytes)) {
            throw new ReadException(ReadException.NOT_RECOGNISED, null, ZipGuard.startsWith(bytes, ZipGuard.ZIP_MAGIC)
                    ? "this is a zip (an .xlsx or another Office Open XML file), not an Excel 97–2003 .xls: read it as"
                            + " .xlsx"
                    : "not an Excel 97–2003 workbook (an .xls file is an OLE2 compound file)", null);
        }
        switch (Ole2.kind(bytes)) {
            case ENCRYPTED_OOXML -> throw Ole2.encrypted();
            case XLS -> {
            }
            default -> throw Ole2.notAZip(bytes);
        }
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            XlsScan.scan(fs, limits);
            return new HSSFWorkbook(fs.getRoot(), false);
        } catch (EncryptedDocumentException e) {
            throw Ole2.encrypted();
        } catch (IOException | RuntimeException e) {
            if (e instanceof ReadException r) {
                throw r;
            }
            throw new ReadException(ReadException.CORRUPT, null, "the workbook is damaged: it cannot be opened as an"
                    + " .xls (" + Failures.reason(e) + ")", e);
        }
    }
}
