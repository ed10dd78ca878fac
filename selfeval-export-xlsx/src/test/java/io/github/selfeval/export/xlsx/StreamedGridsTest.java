package io.github.selfeval.export.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.selfeval.export.ReadOptions;
import io.github.selfeval.export.read.FormGrid;
import io.github.selfeval.export.read.SourceDocument;
import io.github.selfeval.export.xlsx.internal.Grids;
import io.github.selfeval.export.xlsx.internal.StreamedGrids;
import io.github.selfeval.export.xlsx.internal.WorkbookInput;
import io.github.selfeval.export.xlsx.internal.WorkbookScan;
import io.github.selfeval.export.xlsx.internal.ZipGuard;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The grids read straight from a workbook's parts are the grids read through POI's model, cell for cell
 * (text shown, number, percent), region for region: for every real-form fixture in examples/files, and
 * for POI-written sheets of random numbers in the number formats filled forms use; and a workbook with
 * what only POI's model reads (a formula, selfeval's 数据 sheet) is left to POI.
 */
class StreamedGridsTest {
    private static final ReadOptions DEFAULTS = ReadOptions.defaults();

    /** Formats seen in filled forms (LibreOffice's and Excel's), built-in and custom. */
    private static final List<String> FORMATS = List.of("General", "0", "0.00", "#,##0", "#,##0.00", "#,##0.0",
            "0%", "0.00%", "0.0%", "#,##0.00_);(#,##0.00)", "0.00_ ", "#,##0.00;[Red]-#,##0.00", "@", "0.000",
            "\"¥\"#,##0.00", "0.00E+00");

    @Test
    void fixturesReadTheSameAsThroughPoi() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("..", "examples", "files"))) {
            files = s.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "the fixtures are in examples/files");
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            assertSame(f.toString(), bytes, streamed(bytes).orElseThrow(() -> new AssertionError(f
                    + ": a plain filled form is read without POI's model")));
        }
    }

    @Test
    void randomNumbersInFormsFormatsReadTheSameAsThroughPoi() {
        qt().withExamples(60).withShrinkCycles(20)
                .forAll(lists().of(doubles().between(-1e9, 1e9)).ofSizeBetween(1, 40),
                        integers().between(0, FORMATS.size() - 1))
                .checkAssert((values, first) -> {
                    byte[] bytes = workbook(values, first);
                    assertSame("formats from " + FORMATS.get(first), bytes, streamed(bytes)
                            .orElseThrow(() -> new AssertionError("numbers and texts are read without POI's model")));
                });
    }

    @Test
    void formulasAndOwnDataSheetAreLeftToPoi() {
        assertTrue(streamed(edited(wb -> wb.getSheetAt(0).getRow(0).createCell(5).setCellFormula("1+1"))).isEmpty(),
                "a formula's text and value are POI's");
        assertTrue(streamed(edited(wb -> wb.createSheet("数据"))).isEmpty(), "selfeval's own workbook is FormReader's");
        assertTrue(streamed(edited(wb -> wb.getSheetAt(0).getRow(0).createCell(6).setCellValue("_x0041_"))).isEmpty(),
                "an escape POI decodes");
    }

    @Test
    void inlineStringsRunsAndPhoneticTextsReadTheSameAsThroughPoi() {
        String styles = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"" + RawXlsx.MAIN_NS + "\">"
                + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"#,##0.00\"/></numFmts>"
                + "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/></cellXfs></styleSheet>";
        byte[] bytes = new RawXlsx().sheet("表 1", "<sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>项目名称</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><r><t>预算</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\">执行率 </t>"
                + "</r><rPh sb=\"0\" eb=\"1\"><t>ヨサン</t></rPh></is></c><c r=\"C1\"/><c r=\"D1\" t=\"b\"><v>1</v></c></row>"
                + "<row r=\"3\"><c r=\"A3\" s=\"1\"><v>1234.5</v></c><c r=\"B3\"><v>42</v></c>"
                + "<c r=\"C3\" t=\"str\"><v>文本</v></c><c r=\"E3\" t=\"inlineStr\"><is><t><![CDATA[a<b]]></t></is></c></row>"
                + "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"A1:A2\"/></mergeCells>")
                .part("xl/styles.xml", styles.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .workbookRels("<Relationship Id=\"rIdS\" Type=\"" + RawXlsx.REL_NS + "/styles\" Target=\"styles.xml\"/>")
                .contentTypes("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-"
                        + "officedocument.spreadsheetml.styles+xml\"/>")
                .bytes();
        assertSame("inline strings", bytes, streamed(bytes).orElseThrow(() -> new AssertionError("plain cells are read"
                + " without POI's model")));
    }

    private static byte[] edited(java.util.function.Consumer<XSSFWorkbook> edit) {
        byte[] base = workbook(List.of(1.5, 2.25), 2);
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(base));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            edit.accept(wb);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sheet as a person fills one: texts, rich text, merges, a hidden sheet, and the numbers in turn in each format. */
    private static byte[] workbook(List<Double> values, int first) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("表 1");
            Row title = s.createRow(0);
            title.createCell(0).setCellValue("项目支出绩效自评表");
            XSSFRichTextString rich = new XSSFRichTextString("预算执行率（%）");
            rich.applyFont(0, 2, wb.createFont());
            title.createCell(2).setCellValue(rich);
            title.createCell(3).setCellValue(true);
            s.addMergedRegion(new CellRangeAddress(0, 0, 0, 1));
            s.addMergedRegion(new CellRangeAddress(2, 4, 0, 0));
            for (int i = 0; i < values.size(); i++) {
                Row r = s.createRow(i + 2);
                r.createCell(0).setCellValue("指标 " + i);
                Cell c = r.createCell(1 + i % 3);
                c.setCellValue(values.get(i));
                CellStyle style = wb.createCellStyle();
                style.setDataFormat(wb.createDataFormat().getFormat(FORMATS.get((first + i) % FORMATS.size())));
                c.setCellStyle(style);
                r.createCell(5).setCellStyle(style); // blank, formatted
            }
            Sheet hidden = wb.createSheet("隐藏");
            hidden.createRow(0).createCell(0).setCellValue("不读");
            wb.setSheetHidden(1, true);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The document as the reader gets it (the sheets' cells read in the scan's pass over each part), checked
     * to be the one a second parse of the parts after the scan gives.
     */
    private static Optional<SourceDocument> streamed(byte[] bytes) {
        WorkbookScan.Result scan = WorkbookInput.checkXlsx(bytes, DEFAULTS.limits());
        Optional<SourceDocument> twoPasses = StreamedGrids.read(bytes, scan, "f.xlsx", DEFAULTS.limits());
        Optional<SourceDocument> onePass = StreamedGrids.checkAndRead(bytes, ZipGuard.check(bytes, DEFAULTS.limits(),
                WorkbookScan::isStructure), "f.xlsx", DEFAULTS.limits()).document();
        assertEquals(twoPasses.isPresent(), onePass.isPresent(), "read in the scan's pass as in a pass of its own");
        twoPasses.ifPresent(d -> assertGrids("the scan's pass", d, onePass.orElseThrow()));
        return onePass;
    }

    private static void assertSame(String what, byte[] bytes, SourceDocument streamed) {
        SourceDocument poi;
        try (XSSFWorkbook wb = WorkbookInput.openXlsx(bytes, DEFAULTS.limits())) {
            poi = Grids.document(wb, "f.xlsx", DEFAULTS.limits());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertGrids(what, poi, streamed);
    }

    private static void assertGrids(String what, SourceDocument poi, SourceDocument streamed) {
        assertEquals(poi.grids().size(), streamed.grids().size(), what + ": sheets");
        for (int g = 0; g < poi.grids().size(); g++) {
            FormGrid a = poi.grids().get(g);
            FormGrid b = streamed.grids().get(g);
            assertEquals(a.sheetName(), b.sheetName(), what);
            assertEquals(a.rows(), b.rows(), what + ": rows");
            assertEquals(a.columns(), b.columns(), what + ": columns");
            assertEquals(a.merges(), b.merges(), what + ": merged regions");
            assertEquals(a.filled(), b.filled(), what + ": filled cells");
            for (FormGrid.Position p : a.filled()) {
                assertEquals(a.cell(p.row(), p.column()), b.cell(p.row(), p.column()), what + " at " + p);
            }
        }
    }
}
