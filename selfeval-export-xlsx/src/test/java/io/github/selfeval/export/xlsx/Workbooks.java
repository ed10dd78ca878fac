package io.github.selfeval.export.xlsx;

import io.github.selfeval.export.ExportOptions;
import io.github.selfeval.export.ReportExporter;
import io.github.selfeval.export.ReportExporters;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.SelfEvaluationJson;
import io.github.selfeval.scoring.RulePacks;
import io.github.selfeval.scoring.ScoreCard;
import io.github.selfeval.scoring.Scorer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Shared fixtures: the seed, its card, exporting and re-opening workbooks with POI. */
final class Workbooks {
    private Workbooks() {
    }

    static final String FORM = "自评表";

    static SelfEvaluation seed() {
        try (InputStream in = Workbooks.class.getResourceAsStream("/seed/2023-jiangezhuang.json")) {
            return SelfEvaluationJson.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ScoreCard seedCard() {
        return score(seed());
    }

    static ScoreCard score(SelfEvaluation report) {
        return Scorer.of(RulePacks.standard().get("hebei")).score(report);
    }

    static ReportExporter exporter() {
        return ReportExporters.load().get("xlsx");
    }

    static byte[] export(ScoreCard card) {
        return export(card, ExportOptions.builder().deterministic(true).build());
    }

    static byte[] export(ScoreCard card, ExportOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter().export(card, out, options);
        return out.toByteArray();
    }

    static XSSFWorkbook open(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static XSSFCell cell(XSSFSheet sheet, String address) {
        CellAddress a = new CellAddress(address);
        return sheet.getRow(a.getRow()).getCell(a.getColumn());
    }

    /** The raw XML of a zip entry. */
    static String entry(byte[] zip, String name) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        throw new AssertionError("no zip entry " + name);
    }

    /** Finds the row (0-based) whose column cell holds exactly this text. */
    static int rowOf(XSSFSheet sheet, int column, String text) {
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            var row = sheet.getRow(r);
            if (row != null && row.getCell(column) != null
                    && row.getCell(column).getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                    && text.equals(row.getCell(column).getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError("no row with '" + text + "' in column " + column);
    }

    /** The number of rows whose row-1 header or any cell holds exactly this text. */
    static int rowsWith(XSSFSheet sheet, String text) {
        int n = 0;
        for (var row : sheet) {
            for (var c : row) {
                if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && text.equals(c.getStringCellValue())) {
                    n++;
                }
            }
        }
        return n;
    }
}
