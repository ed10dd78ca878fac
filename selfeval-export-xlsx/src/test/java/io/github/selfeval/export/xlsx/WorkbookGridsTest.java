package io.github.selfeval.export.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.selfeval.export.ReadException;
import io.github.selfeval.export.ReadOptions;
import io.github.selfeval.export.ReportReader;
import io.github.selfeval.export.ReportReaders;
import io.github.selfeval.export.read.FormGrid;
import io.github.selfeval.export.read.SourceDocument;
import io.github.selfeval.export.xlsx.internal.Grids;
import io.github.selfeval.export.xlsx.internal.WorkbookInput;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A workbook filled as a person fills one — written with POI directly, not by selfeval's writer, as
 * .xlsx and as .xls — becomes the grids the label reader sees: what each cell shows, its number,
 * whether it is a percentage, merged regions, locations; hidden sheets and selfeval's 数据 left out.
 */
class WorkbookGridsTest {
    private static final ReadOptions DEFAULTS = ReadOptions.defaults();

    /** The person's workbook: a filled form's first rows, a hidden sheet, a very hidden one, a 数据 sheet. */
    static byte[] filled(Supplier<Workbook> make) {
        try (Workbook wb = make.get(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("项目 1");
            Row title = s.createRow(0);
            title.createCell(0).setCellValue("项目支出绩效自评表");
            s.addMergedRegion(new CellRangeAddress(0, 0, 0, 7));
            s.addMergedRegion(new CellRangeAddress(3, 5, 0, 0));
            Row r = s.createRow(3);
            r.createCell(0).setCellValue("项目资金（万元）");
            r.createCell(1).setCellValue("全年执行数");
            Cell money = r.createCell(2);
            money.setCellValue(2819.17);
            money.setCellStyle(style(wb, "#,##0.00"));
            Cell rate = r.createCell(3);
            rate.setCellValue(0.862);
            rate.setCellStyle(style(wb, "0.00%"));
            Cell sum = r.createCell(4);
            sum.setCellFormula("C4*2");
            Cell flag = r.createCell(5);
            flag.setCellValue(true);
            Cell err = r.createCell(6);
            err.setCellErrorValue(FormulaError.NA.getCode());
            Row blankish = s.createRow(4);
            blankish.createCell(2).setCellValue("  ");
            blankish.createCell(3).setBlank();
            Row exact = s.createRow(6);
            exact.createCell(1).setCellValue(86.2);
            exact.createCell(2).setCellValue(0.1 + 0.2);
            wb.createSheet("隐藏").createRow(0).createCell(0).setCellValue("hidden");
            wb.setSheetVisibility(1, SheetVisibility.HIDDEN);
            wb.createSheet("很隐藏").createRow(0).createCell(0).setCellValue("very hidden");
            wb.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);
            Sheet data = wb.createSheet("数据");
            data.createRow(0).createCell(0).setCellValue("键");
            data.getRow(0).createCell(1).setCellValue("值");
            wb.createSheet("Sheet2").createRow(1).createCell(1).setCellValue("第二页");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CellStyle style(Workbook wb, String format) {
        CellStyle st = wb.createCellStyle();
        st.setDataFormat(wb.createDataFormat().getFormat(format));
        return st;
    }

    static SourceDocument xlsx(byte[] bytes) {
        try (XSSFWorkbook wb = WorkbookInput.openXlsx(bytes, DEFAULTS.limits())) {
            return Grids.document(wb, "filled.xlsx", DEFAULTS.limits());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SourceDocument xls(byte[] bytes) {
        try (HSSFWorkbook wb = WorkbookInput.openXls(bytes, DEFAULTS.limits())) {
            return Grids.document(wb, "filled.xls", DEFAULTS.limits());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void anXlsxBecomesTheGridsAPersonSees() {
        check(xlsx(filled(XSSFWorkbook::new)));
    }

    @Test
    void anXlsBecomesTheSameGrids() {
        check(xls(filled(HSSFWorkbook::new)));
    }

    private static void check(SourceDocument doc) {
        List<FormGrid> grids = doc.grids();
        assertEquals(List.of("项目 1", "Sheet2"), grids.stream().map(g -> g.sheetName().orElseThrow()).toList(),
                "visible sheets only, in order; 数据 and the hidden ones left out");
        FormGrid g = grids.get(0);
        assertEquals("项目支出绩效自评表", g.text(0, 5), "a merged region shows its first cell everywhere");
        assertEquals(Optional.of(new FormGrid.Region(0, 0, 0, 7)), g.regionAt(0, 3));
        assertEquals("'项目 1'!A1", g.location(0, 6).toString(), "a merged cell is where the value was typed");
        assertEquals("项目资金（万元）", g.text(5, 0));
        assertEquals("'项目 1'!C4", g.location(3, 2).toString());
        FormGrid.Cell money = g.cell(3, 2);
        assertEquals("2,819.17", money.text());
        assertEquals(Optional.of(new BigDecimal("2819.17")), money.number());
        assertFalse(money.percent());
        FormGrid.Cell rate = g.cell(3, 3);
        assertEquals("86.20%", rate.text());
        assertEquals(Optional.of(new BigDecimal("0.862")), rate.number());
        assertTrue(rate.percent());
        assertEquals(Optional.of(new BigDecimal("5638.34")), g.cell(3, 4).number(), "a formula by its saved value");
        assertEquals("TRUE", g.text(3, 5));
        assertEquals("#N/A", g.text(3, 6));
        assertTrue(g.cell(4, 2).isBlank() && g.cell(4, 3).isBlank(), "white space and blank cells are blank");
        assertEquals(Optional.of(new BigDecimal("86.2")), g.cell(6, 1).number(), "the double Excel holds, shortest");
        assertEquals(Optional.of(new BigDecimal("0.30000000000000004")), g.cell(6, 2).number());
        assertEquals("第二页", grids.get(1).text(1, 1));
        assertEquals("Sheet2!B2", grids.get(1).location(1, 1).toString());
    }

    @Test
    void aFormulaWithoutASavedValueIsEvaluated() throws IOException {
        byte[] bytes;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Row r = wb.createSheet("Sheet1").createRow(0);
            r.createCell(0).setCellValue(215457.6);
            r.createCell(1).setCellValue(250000);
            Cell rate = r.createCell(2);
            rate.setCellFormula("ROUND(A1/B1*100,2)");
            Cell pct = r.createCell(3);
            pct.setCellFormula("A1/B1");
            pct.setCellStyle(style(wb, "0.00%"));
            r.createCell(4).setCellFormula("\"执行率：\"&C1");
            wb.write(out); // no evaluation: the formulas have no saved values
            bytes = out.toByteArray();
        }
        assertFalse(Workbooks.entry(bytes, "xl/worksheets/sheet1.xml").contains("<v>86.18</v>"), "no saved value");
        FormGrid g = xlsx(bytes).grids().get(0);
        assertEquals(Optional.of(new BigDecimal("86.18")), g.cell(0, 2).number());
        assertEquals("86.18", g.text(0, 2));
        assertEquals("86.18%", g.text(0, 3));
        assertTrue(g.cell(0, 3).percent());
        assertEquals("执行率：86.18", g.text(0, 4));
    }

    @Test
    void bothReadersPassTheGridsToTheLabelReader() {
        // A workbook with no form's labels: the label reader finds no form, and says so.
        byte[] xlsx = HostileWorkbooks.personsWorkbook();
        ReportReaders readers = ReportReaders.load();
        for (byte[] file : List.of(xlsx, HostileWorkbooks.xls())) {
            ReportReader r = readers.choose(null, head(file)).orElseThrow();
            ReadException e = assertThrows(ReadException.class,
                    () -> r.read(new ByteArrayInputStream(file), DEFAULTS));
            assertEquals(ReadException.NO_FORM, e.code(), e.getMessage());
        }
    }

    @Test
    void selfevalsOwnWorkbookIsReadAsAlways() {
        byte[] own = Workbooks.export(Workbooks.seedCard());
        var reports = ReportReaders.load().find("xlsx").orElseThrow().read(new ByteArrayInputStream(own), DEFAULTS);
        assertEquals(1, reports.size());
        assertEquals(XlsxReportReader.read(new ByteArrayInputStream(own)), reports.get(0).report());
        assertEquals("hebei-department", reports.get(0).formId());
    }

    @Test
    void contentDecidesWhichReaderReads() throws IOException {
        ReportReaders readers = ReportReaders.load();
        ReportReader xlsx = readers.find("xlsx").orElseThrow();
        ReportReader xls = readers.find("xls").orElseThrow();
        byte[] x = HostileWorkbooks.personsWorkbook();
        assertTrue(xlsx.recognises(head(x)));
        assertFalse(xls.recognises(head(x)));
        assertTrue(xlsx.recognises(head(HostileWorkbooks.zip64())), "data descriptors: sizes 0 in the header");
        assertFalse(xlsx.recognises(head(HostileWorkbooks.docx())), "a Word document is not a workbook");
        byte[] old = HostileWorkbooks.xls();
        assertTrue(xls.recognises(head(old)));
        assertFalse(xlsx.recognises(head(old)));
        assertTrue(xls.recognises(head(HostileWorkbooks.encrypted())), "an encrypted .xlsx is OLE2: the xls reader"
                + " says it is password-protected");
        assertEquals(List.of("xlsx", "xlsm"), xlsx.fileExtensions());
        assertEquals(List.of("xls"), xls.fileExtensions());
    }

    @Test
    void bothRegistrationsNameBothReaders() throws IOException {
        Set<String> services = new TreeSet<>();
        try (InputStream in = XlsxReportReader.class.getResourceAsStream(
                "/META-INF/services/io.github.selfeval.export.ReportReader")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    services.add(line.strip());
                }
            }
        }
        ModuleDescriptor md;
        try (InputStream in = java.nio.file.Files.newInputStream(java.nio.file.Path.of("target/classes/module-info.class"))) {
            md = ModuleDescriptor.read(in);
        }
        Set<String> provided = new TreeSet<>();
        md.provides().stream().filter(p -> p.service().equals("io.github.selfeval.export.ReportReader"))
                .forEach(p -> provided.addAll(p.providers()));
        assertEquals(services, provided);
        assertEquals(Set.of("io.github.selfeval.export.xlsx.internal.XlsxWorkbookReader",
                "io.github.selfeval.export.xlsx.internal.XlsWorkbookReader"), services);
        assertTrue(ReportReaders.load().loadFailures().isEmpty(), ReportReaders.load().loadFailures().toString());
    }

    static byte[] head(byte[] file) {
        return Arrays.copyOf(file, Math.min(file.length, ReportReaders.HEAD_BYTES));
    }
}
