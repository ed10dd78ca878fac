package io.github.selfeval.it.faults;

import static io.github.selfeval.it.faults.Inputs.at;
import static io.github.selfeval.it.faults.Inputs.cell;
import static io.github.selfeval.it.faults.Inputs.resource;
import static io.github.selfeval.it.faults.Inputs.seedEdited;
import static io.github.selfeval.it.faults.Inputs.seedReplacing;
import static io.github.selfeval.it.faults.Inputs.seedText;
import static io.github.selfeval.it.faults.Inputs.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.selfeval.export.ExportException;
import io.github.selfeval.export.ExistingFile;
import io.github.selfeval.export.ExportOptions;
import io.github.selfeval.export.FontSource;
import io.github.selfeval.export.ReportExporter;
import io.github.selfeval.export.ReportExporters;
import io.github.selfeval.export.xlsx.XlsxReportReader;
import io.github.selfeval.model.ReportViolation;
import io.github.selfeval.model.SelfEvalException;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.SelfEvaluationJson;
import io.github.selfeval.model.SelfEvaluations;
import io.github.selfeval.scoring.ScoreCard;
import io.github.selfeval.scoring.ScoreCardJson;
import io.github.selfeval.scoring.Scorer;
import io.github.selfeval.testsupport.Seed;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalogue of faults and hostile input (issue 7): bad JSON files, bad and hostile workbooks, bad
 * command-line arguments and a hostile file-system environment, each driven through the command line
 * in-process ({@code SelfevalCli.run}, picocli underneath) with captured output; and streams that fail
 * halfway, through the library API.
 *
 * <p>The table is {@link #CATALOGUE}: one {@link Fault} per case with its id, the input, the expected exit
 * code, the library's error code for that input, where the message must point (file and JSON path,
 * {@code sheet!cell}, zip entry or option) and why. Every case asserts:
 * <ul>
 *   <li>the exit code;</li>
 *   <li>the library's code for the same input (asked directly: {@code SelfEvaluationJson.read},
 *       {@code SelfEvaluations.violations}, {@code XlsxReportReader.read}, the exporter), where there is one;</li>
 *   <li>one line of output that names the where and the why;</li>
 *   <li>no stack trace anywhere in the output ({@code \tat }, {@code Exception in thread}, {@code java.lang.}
 *       class names, the CLI's "internal error");</li>
 *   <li>no file appears, disappears or changes in the output directory or beside the input (no output, no
 *       temporary file), pre-existing files included.</li>
 * </ul>
 * Fixtures are in {@code src/test/resources/faults/} where a small file shows the fault best; the rest are
 * derived from the seed report or its exported workbook at test time (the 200 MB inputs sparse or streamed,
 * so the whole catalogue runs in seconds).
 */
class FaultCatalogueTest {

    /** What kind of input a case breaks. */
    enum Category { JSON, XLSX, CLI, ENVIRONMENT, STREAM }

    /** Makes and runs one case in its own input and output directories. */
    @FunctionalInterface
    interface Scenario {
        Run run(Path in, Path out) throws Exception;
    }

    /**
     * One row of the catalogue.
     *
     * @param id a unique name for the case
     * @param category the kind of input
     * @param input what the input is, in a few words
     * @param exit the expected exit code; null for a library call
     * @param code the library's error code for the input, or null when only the command line judges it
     * @param where what the message must name besides the file: JSON path, sheet!cell, zip entry or option
     * @param why what the message must say about the rule
     * @param scenario makes the input and runs it
     */
    record Fault(String id, Category category, String input, Integer exit, String code, String where, String why,
            Scenario scenario) {
    }

    private static final Path SEED = Path.of(System.getProperty("selfeval.it.seed", "../examples/2023-jiangezhuang.json"));
    private static final String FORMATS = "xlsx,pdf,markdown";

    @TempDir
    static Path shared;

    static final List<Fault> CATALOGUE = catalogue();

    private static final Map<String, Long> TIMES = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<String, String> MESSAGES = new java.util.concurrent.ConcurrentHashMap<>();

    // ================================================================== the table

    private static List<Fault> catalogue() {
        List<Fault> c = new ArrayList<>();

        // ---------------------------------------------------------------- JSON: not JSON at all
        c.add(json("json-empty", "an empty file", 2, "JSON_EMPTY", "", "empty", w -> new byte[0]));
        c.add(json("json-whitespace-only", "only blanks and line breaks", 2, "JSON_EMPTY", "", "empty",
                w -> resource("json/whitespace-only.json")));
        c.add(json("json-truncated-half", "the seed cut in half (between characters)", 2, "JSON_SYNTAX", "line ",
                "truncated", w -> utf8(seedText().substring(0, seedText().length() / 2))));
        c.add(json("json-truncated-mid-character", "the seed cut inside a UTF-8 sequence", 2, "JSON_ENCODING", "line ",
                "truncated", w -> cutInsideACharacter()));
        c.add(json("json-truncated-in-a-string", "ends inside a string value", 2, "JSON_SYNTAX", "cover.department",
                "truncated", w -> resource("json/truncated-in-a-string.json")));
        c.add(json("json-missing-comma", "two members without a comma", 2, "JSON_SYNTAX", "line 3", "",
                w -> resource("json/missing-comma.json")));
        c.add(json("json-single-quotes", "a string in single quotes", 2, "JSON_SYNTAX", "line 2", "",
                w -> resource("json/single-quotes.json")));
        c.add(json("json-comment", "a // comment", 2, "JSON_SYNTAX", "line 2", "",
                w -> resource("json/comment.json")));
        c.add(json("json-trailing-comma", "a comma before }", 2, "JSON_SYNTAX", "line 4", "",
                w -> resource("json/trailing-comma.json")));
        c.add(json("json-raw-control-character", "a raw U+0001 inside a string", 2, "JSON_SYNTAX", "line 3", "",
                w -> resource("json/raw-control-character.json")));
        c.add(json("json-content-after-document", "a second document after the report", 2, "JSON_SYNTAX", "", "",
                w -> utf8(seedText() + "\n{\"kind\": \"project\"}\n")));
        c.add(json("json-nan", "NaN as a score", 2, "JSON_SYNTAX", "indicators[0].score", "NaN",
                w -> seedReplacing("\"score\": 90", "\"score\": NaN")));
        c.add(json("json-infinity", "Infinity as a weight", 2, "JSON_SYNTAX", "indicators[0].weight", "Infinity",
                w -> seedReplacing("\"weight\": 20", "\"weight\": Infinity")));
        c.add(json("json-root-array", "an array at the root", 2, "JSON_TYPE", "line 1", "object",
                w -> resource("json/root-array.json")));
        c.add(json("json-root-string", "a string at the root", 2, "JSON_TYPE", "line 1", "object",
                w -> resource("json/root-string.json")));

        // ---------------------------------------------------------------- JSON: encoding
        c.add(json("json-invalid-utf8", "a byte sequence that is not UTF-8 in a name", 2, "JSON_ENCODING", "line 7", "UTF-8",
                w -> invalidUtf8()));
        c.add(json("json-gbk", "the department name in GBK, not UTF-8", 2, "JSON_ENCODING", "line 7", "UTF-8",
                w -> gbkDepartment()));
        c.add(json("json-utf16-bom", "the seed in UTF-16 with a byte-order mark", 2, "JSON_ENCODING", "", "UTF-16",
                w -> withBom(new byte[] {(byte) 0xFE, (byte) 0xFF}, seedText().getBytes(StandardCharsets.UTF_16BE))));
        c.add(json("json-utf16le-no-bom", "the seed in UTF-16LE without a byte-order mark", 2, "JSON_ENCODING", "",
                "UTF-16", w -> seedText().getBytes(StandardCharsets.UTF_16LE)));
        // issue 16: the little-endian UTF-32 mark (FF FE 00 00) begins with the UTF-16 one and was called UTF-16
        c.add(json("json-utf32le-bom", "the seed in UTF-32LE with a byte-order mark", 2, "JSON_ENCODING", "", "UTF-32",
                w -> withBom(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, seedText().getBytes(java.nio.charset.Charset
                        .forName("UTF-32LE")))));
        c.add(json("json-utf32be-bom", "the seed in UTF-32BE with a byte-order mark", 2, "JSON_ENCODING", "", "UTF-32",
                w -> withBom(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, seedText().getBytes(java.nio.charset.Charset
                        .forName("UTF-32BE")))));
        c.add(json("json-utf8-bom-then-garbage", "a UTF-8 byte-order mark, then not JSON", 2, "JSON_SYNTAX", "line 1", "",
                w -> withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8("kind: department"))));

        // ---------------------------------------------------------------- JSON: structure and types
        c.add(json("json-duplicate-key", "\"pack\" twice in one object", 2, "JSON_DUPLICATE_KEY", "pack", "",
                w -> resource("json/duplicate-key.json")));
        c.add(json("json-duplicate-key-nested", "\"score\" twice in an indicator", 2, "JSON_DUPLICATE_KEY",
                "indicators[0].score", "", w -> seedReplacing("\"score\": 90,", "\"score\": 90, \"score\": 10,")));
        c.add(json("json-unknown-property", "a property the format does not define", 2, "JSON_UNKNOWN_PROPERTY",
                "indicators[0].points", "", w -> seedEdited(r -> at(r, "indicators", 0).put("points", 5))));
        c.add(json("json-deep-nesting", "10,000 nested arrays in an unknown-to-the-reader place", 2, "JSON_LIMIT", "",
                "nesting", w -> deepNesting(10_000)));
        c.add(json("json-exponent-too-large", "a score of 1e99999", 2, "JSON_LIMIT", "indicators[0].score", "",
                w -> seedReplacing("\"score\": 90", "\"score\": 1e99999")));
        c.add(json("json-number-literal-too-long", "a weight written with 400 digits", 2, "JSON_LIMIT",
                "indicators[0].weight", "", w -> seedReplacing("\"weight\": 20", "\"weight\": 2" + "0".repeat(400))));
        c.add(json("json-string-too-long", "a 1,200,000-character problem text", 2, "JSON_LIMIT", "narrative.problems[0]",
                "", w -> seedEdited(r -> at(r, "narrative").withArray("problems").set(0, "问".repeat(1_200_000)))));
        c.add(json("json-document-too-large", "a 17 MiB document (padded with blanks)", 2, "JSON_LIMIT", "", "16",
                w -> utf8(" ".repeat(17 << 20) + seedText())));
        c.add(json("json-string-for-number", "a score written as text 九十", 2, "JSON_TYPE", "indicators[0].score", "",
                w -> seedReplacing("\"score\": 90", "\"score\": \"九十\"")));
        c.add(json("json-object-for-array", "indicators as an object", 2, "JSON_TYPE", "indicators", "",
                w -> seedEdited(r -> r.set("indicators", JsonNodeFactory.instance.objectNode()))));
        c.add(json("json-fraction-for-integer", "year 2023.5", 2, "JSON_TYPE", "cover.year", "",
                w -> seedReplacing("\"year\": 2023", "\"year\": 2023.5")));
        c.add(json("json-integer-overflow", "year 99999999999999999999", 2, "JSON_TYPE", "cover.year", "",
                w -> seedReplacing("\"year\": 2023", "\"year\": 99999999999999999999")));
        c.add(json("json-unknown-grade", "grade 甲", 2, "JSON_VALUE", "indicators[0].grade", "优",
                w -> seedReplacing("\"grade\": \"优\"", "\"grade\": \"甲\"")));
        c.add(json("json-unknown-kind", "kind 'company'", 2, "JSON_VALUE", "kind", "department",
                w -> seedReplacing("\"kind\": \"department\"", "\"kind\": \"company\"")));
        c.add(json("json-unknown-money-unit", "money unit 美元", 2, "JSON_VALUE", "moneyUnit", "万元",
                w -> seedEdited(r -> r.put("moneyUnit", "美元"))));
        c.add(json("json-impossible-date", "date 2024-02-30", 2, "JSON_VALUE", "cover.date", "",
                w -> seedReplacing("\"date\": \"2024-04-15\"", "\"date\": \"2024-02-30\"")));
        c.add(json("json-percent-not-a-number", "budget execution rate 'high'", 2, "JSON_VALUE",
                "narrative.overview.budgetExecutionRate", "", w -> seedEdited(r -> at(r, "narrative", "overview")
                        .put("budgetExecutionRate", "high"))));
        c.add(json("json-missing-field", "no cover", 2, "JSON_MISSING_FIELD", "cover", "",
                w -> seedEdited(r -> r.remove("cover"))));
        c.add(json("json-null-field", "level1 null", 2, "JSON_MISSING_FIELD", "indicators[0].level1", "",
                w -> seedEdited(r -> at(r, "indicators", 0).putNull("level1"))));
        c.add(json("json-null-list-element", "a null among the indicators", 2, "JSON_MISSING_FIELD", "indicators[1]", "",
                w -> seedEdited(r -> r.withArray("indicators").insertNull(1))));

        // ---------------------------------------------------------------- issue 16, defects 5 and 6: characters
        // Defect 5: NUL, control characters and lone surrogates were read, then the XLSX writer made them "?"
        // (姜各庄?镇 after a round trip) and Markdown kept the raw bytes. Now refused where read, with the path.
        c.add(json("defect5-json-nul-character", "a NUL character in 单位名称", 2, "JSON_VALUE", "cover.department",
                "U+0000", w -> seedReplacing("\"department\": \"姜各庄镇人民政府\"", "\"department\": \"姜各庄\\u0000镇人民政府\"")));
        c.add(json("defect5-json-lone-surrogate", "a lone surrogate in 单位名称", 2, "JSON_VALUE", "cover.department",
                "lone surrogate", w -> seedReplacing("\"department\": \"姜各庄镇人民政府\"", "\"department\": \"姜各庄\\ud800镇\"")));
        c.add(json("defect5-json-escape-sequence", "an ANSI escape sequence in 单位名称", 2, "JSON_VALUE", "cover.department",
                "U+001B", w -> seedReplacing("\"department\": \"姜各庄镇人民政府\"", "\"department\": \"姜各庄\\u001b[31m镇\"")));
        // Defect 6: a 群众满意度 row repeated with a trailing zero-width space validated as a second indicator.
        c.add(json("defect6-json-zero-width-space-duplicate", "an indicator repeated with a trailing zero-width space",
                1, "INDICATOR_DUPLICATE", "indicators[8].name", "", w -> seedEdited(r -> {
                    com.fasterxml.jackson.databind.node.ArrayNode rows = (com.fasterxml.jackson.databind.node.ArrayNode) r.get("indicators");
                    com.fasterxml.jackson.databind.node.ObjectNode copy = rows.get(7).deepCopy();
                    copy.put("name", copy.get("name").asText() + "\u200B").put("weight", 0);
                    copy.remove("weightedScore");
                    rows.insert(8, copy);
                })));

        // ---------------------------------------------------------------- JSON: absurd numbers (valid JSON, broken rules)
        c.add(json("json-score-1e400", "a score of 1e400", 1, "TOO_LARGE", "indicators[0].score", "",
                w -> seedReplacing("\"score\": 90", "\"score\": 1e400")));
        c.add(json("json-score-1e9999", "a score of 1e9999, the largest exponent read", 1, "TOO_LARGE",
                "indicators[0].score", "", w -> seedReplacing("\"score\": 90", "\"score\": 1e9999")));
        c.add(json("json-money-1e-9999", "an amount of 1e-9999", 1, "OUT_OF_RANGE", "budget.received.total", "",
                w -> seedEdited(r -> at(r, "budget", "received").put("total", new java.math.BigDecimal("1e-9999")))));
        c.add(json("json-money-10e30", "a budget of 10^30", 1, "OUT_OF_RANGE", "budget.budget.total", "",
                w -> seedReplacing("\"total\": 3746.68", "\"total\": 1000000000000000000000000000000")));
        c.add(json("json-money-negative", "a negative amount spent", 1, "NEGATIVE", "budget.spent.total", "",
                w -> seedEdited(r -> at(r, "budget", "spent").put("total", -2819.17))));
        c.add(json("json-money-tiny-fraction", "an amount with 30 decimals", 1, "OUT_OF_RANGE", "budget.received.total", "",
                w -> seedEdited(r -> at(r, "budget", "received").put("total",
                        new java.math.BigDecimal("2819.170000000000000000000000000001")))));
        c.add(json("json-weight-over-100", "a weight of 150", 1, "TOO_LARGE", "indicators[0].weight", "",
                w -> seedReplacing("\"weight\": 20", "\"weight\": 150")));
        c.add(json("json-score-negative", "a score of -5", 1, "TOO_SMALL", "indicators[0].score", "",
                w -> seedReplacing("\"score\": 90", "\"score\": -5")));
        c.add(json("json-year-1900", "year 1900", 1, "TOO_SMALL", "cover.year", "",
                w -> seedReplacing("\"year\": 2023", "\"year\": 1900")));
        c.add(json("json-blank-department", "a blank department", 1, "NOT_BLANK", "cover.department", "",
                w -> seedEdited(r -> at(r, "cover").put("department", "   "))));
        c.add(json("json-no-indicators", "an empty indicator list", 1, "SIZE", "indicators", "",
                w -> seedEdited(r -> r.putArray("indicators"))));
        c.add(json("json-no-budget-row", "no 预算执行率 row", 1, "BUDGET_EXECUTION_RATE_ROW_MISSING", "indicators", "",
                w -> seedEdited(r -> r.withArray("indicators").remove(8))));
        c.add(json("json-duplicate-indicator", "the same 三级 name twice", 1, "INDICATOR_DUPLICATE", "indicators[", "",
                w -> seedEdited(r -> r.withArray("indicators").insert(1, r.withArray("indicators").get(0).deepCopy()))));
        c.add(json("json-project-without-header", "a project form without its project header", 1, "PROJECT_MISSING",
                "project", "", w -> seedEdited(r -> r.put("kind", "project"))));
        c.add(json("json-bad-pack-id", "pack 'Hebei Province!'", 1, "PATTERN", "pack", "",
                w -> seedEdited(r -> r.put("pack", "Hebei Province!"))));
        c.add(json("json-unknown-pack", "a report naming pack 'atlantis'", 1, null, "pack", "atlantis",
                w -> seedEdited(r -> r.put("pack", "atlantis"))));

        // ---------------------------------------------------------------- JSON: files that are not report files
        c.add(fault("file-missing", Category.JSON, "a FILE that does not exist", 2, "JSON_IO", "nope.json", "no such file",
                (in, out) -> export(in.resolve("nope.json"), out).withCode(jsonCode(in.resolve("nope.json")))));
        c.add(fault("file-is-directory", Category.JSON, "a directory as FILE", 2, null, "reports.json", "directory",
                (in, out) -> {
                    Files.createDirectory(in.resolve("reports.json"));
                    return export(in.resolve("reports.json"), out);
                }));
        c.add(fault("file-xls-as-report", Category.JSON, "an old binary .xls given to export", 2, "JSON_ENCODING",
                "old-form.xls", "", (in, out) -> {
                    Path f = Files.write(in.resolve("old-form.xls"), ole2());
                    return export(f, out).withCode(jsonCode(f));
                }));

        // ---------------------------------------------------------------- XLSX import: not a workbook, hostile archives
        c.add(xlsx("xlsx-empty", "an empty .xlsx", 2, "XLSX_NOT_A_WORKBOOK", "", "", w -> new byte[0]));
        c.add(xlsx("xlsx-json-renamed", "a JSON report renamed .xlsx", 2, "XLSX_NOT_A_WORKBOOK", "", "not an .xlsx",
                w -> utf8(seedText())));
        c.add(xlsx("xlsx-truncated", "the seed workbook cut in half", 2, "XLSX_NOT_A_WORKBOOK", "", "",
                w -> Arrays.copyOf(Inputs.seedWorkbook(), Inputs.seedWorkbook().length / 2)));
        c.add(xlsx("xlsx-is-xls", "an old binary .xls renamed .xlsx", 2, "XLSX_NOT_A_WORKBOOK", "", ".xls", w -> ole2()));
        c.add(xlsx("xlsx-zip-not-office", "a zip with a text file", 2, "XLSX_NOT_A_WORKBOOK", "", "[Content_Types].xml",
                w -> Inputs.rewriteZip(zipOf("readme.txt", utf8("你好")), (n, d) -> d)));
        c.add(xlsx("xlsx-zip-bomb", "50 MiB of zeros as the sheet, deflated to 50 KiB", 2, "XLSX_ZIP_BOMB",
                "xl/worksheets/sheet1.xml", "ratio", w -> Inputs.rewriteZip(Inputs.seedWorkbook(),
                        (n, d) -> n.equals("xl/worksheets/sheet1.xml") ? new byte[50 << 20] : d)));
        c.add(xlsx("xlsx-billion-laughs-sheet", "nested entities (billion laughs) in the sheet", 2, "XLSX_UNSAFE_XML",
                "xl/worksheets/sheet1.xml", "DTD", w -> Inputs.billionLaughs("xl/worksheets/sheet1.xml")));
        c.add(xlsx("xlsx-billion-laughs-strings", "nested entities in the shared strings", 2, "XLSX_UNSAFE_XML",
                "xl/sharedStrings.xml", "DTD", w -> Inputs.billionLaughs("xl/sharedStrings.xml")));
        c.add(xlsx("xlsx-billion-laughs-content-types", "nested entities in [Content_Types].xml", 2, "XLSX_UNSAFE_XML",
                "[Content_Types].xml", "DTD", w -> Inputs.billionLaughs("[Content_Types].xml")));
        c.add(fault("xlsx-200mb-file", Category.XLSX, "a 200 MB workbook (sparse file: the seed, then zeros)", 2,
                "XLSX_TOO_LARGE", "", "at most", (in, out) -> {
                    Path f = in.resolve("xlsx-200mb-file.xlsx");
                    Files.write(f, Inputs.seedWorkbook());
                    try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
                        raf.setLength(200L << 20);
                    }
                    return importXlsx(f, out).withCode(xlsxCode(f));
                }));
        c.add(fault("xlsx-200mb-sheet", Category.XLSX, "a 7 MB workbook whose sheet inflates to 200 MB of rows", 2,
                "XLSX_ZIP_BOMB", "xl/worksheets/sheet1.xml", "", (in, out) -> {
                    Path f = in.resolve("xlsx-200mb-sheet.xlsx");
                    try (OutputStream o = Files.newOutputStream(f)) {
                        Inputs.writeHugeSheetWorkbook(o, 1_100_000);
                    }
                    return importXlsx(f, out).withCode(xlsxCode(f));
                }));

        // ---------------------------------------------------------------- XLSX import: another template, bad cells
        c.add(xlsx("xlsx-other-template", "a workbook of another template (预算表)", 2, "XLSX_WRONG_TEMPLATE", "", "自评表",
                w -> Inputs.otherWorkbook()));
        c.add(xlsx("xlsx-section-label-changed", "二、预算执行情况 overwritten", 2, "XLSX_WRONG_TEMPLATE", "自评表!A3",
                "二、预算执行情况", w -> Inputs.seedWorkbookEdited(s -> cell(s, "A3").setCellValue("预算"))));
        c.add(xlsx("xlsx-header-moved", "the 单项指标得分 header replaced", 2, "XLSX_WRONG_TEMPLATE", "自评表!K16",
                "单项指标得分", w -> Inputs.seedWorkbookEdited(s -> cell(s, "K16").setCellValue("得分?"))));
        c.add(xlsx("xlsx-data-sheet-version", "数据 sheet of format version 99", 2, "XLSX_WRONG_TEMPLATE", "数据!B2", "99",
                w -> Inputs.seedWorkbookEditedWhole(wb -> wb.getSheet("数据").getRow(1).getCell(1).setCellValue("99"))));
        c.add(xlsx("xlsx-text-in-score", "text 九十 in a score cell", 2, "XLSX_BAD_CELL", "自评表!K17", "九十",
                w -> Inputs.seedWorkbookEdited(s -> cell(s, "K17").setCellValue("九十"))));
        c.add(xlsx("xlsx-formula-text-in-score", "a formula giving text where a number belongs", 2, "XLSX_BAD_CELL",
                "自评表!K17", "number", w -> Inputs.seedWorkbookEdited(s -> {
                    var k = cell(s, "K17");
                    k.setCellFormula("\"九\"&\"十\"");
                    k.setCellValue("九十");
                })));
        c.add(xlsx("xlsx-formula-error-in-total", "#DIV/0! in the total", 2, "XLSX_BAD_CELL", "自评表!M26", "#DIV/0!",
                w -> Inputs.seedWorkbookEdited(s -> {
                    var m = cell(s, "M26");
                    m.setCellFormula("1/0");
                    m.setCellErrorValue(FormulaError.DIV0);
                })));
        c.add(xlsx("xlsx-formula-ref-error-in-weight", "#REF! in a weight", 2, "XLSX_BAD_CELL", "自评表!L18", "#REF!",
                w -> Inputs.seedWorkbookEdited(s -> {
                    var l = cell(s, "L18");
                    l.setCellFormula("#REF!+1");
                    l.setCellErrorValue(FormulaError.REF);
                })));
        // A blank weight is allowed since 0.2 (a form may print only 得分): a weight that is not a number is not.
        c.add(xlsx("xlsx-text-weight", "a weight written 十", 2, "XLSX_BAD_CELL", "自评表!L18", "权重",
                w -> Inputs.seedWorkbookEdited(s -> cell(s, "L18").setCellValue("十"))));
        c.add(xlsx("xlsx-unknown-grade", "grade 甲", 2, "XLSX_BAD_CELL", "自评表!J17", "甲",
                w -> Inputs.seedWorkbookEdited(s -> cell(s, "J17").setCellValue("甲"))));
        c.add(xlsx("xlsx-unknown-unit", "money unit 美元", 2, "XLSX_BAD_CELL", "自评表!K2", "万元",
                w -> Inputs.seedWorkbookEdited(s -> cell(s, "K2").setCellValue("美元"))));
        c.add(xlsx("xlsx-score-1e300", "a score of 1e300 in the sheet", 1, "TOO_LARGE", "indicators[0].score", "",
                w -> Inputs.seedWorkbookEdited(s -> cell(s, "K17").setCellValue(1e300))));
        c.add(xlsx("xlsx-money-negative", "a negative 执行数", 1, "NEGATIVE", "budget.spent.total", "",
                w -> Inputs.seedWorkbookEdited(s -> cell(s, "I4").setCellValue(-100))));
        c.add(fault("xlsx-missing", Category.XLSX, "an .xlsx that does not exist", 2, "XLSX_NOT_A_WORKBOOK", "gone.xlsx",
                "no such file", (in, out) -> importXlsx(in.resolve("gone.xlsx"), out)
                        .withCode(xlsxCode(in.resolve("gone.xlsx")))));
        // .xls is a kind selfeval reads now (the xls reader): a bare OLE2 header is a damaged one.
        c.add(fault("xlsx-xls-to-import", Category.XLSX, "a damaged .xls (a bare OLE2 header) given to import", 2, null,
                "old-form.xls", "[READ_CORRUPT]", (in, out) -> importXlsx(Files.write(in.resolve("old-form.xls"), ole2()), out)));
        c.add(fault("xlsx-json-to-import", Category.XLSX, "a JSON report given to import", 2, null, "report.json",
                ".xlsx", (in, out) -> importXlsx(Files.write(in.resolve("report.json"), utf8(seedText())), out)));
        c.add(fault("xlsx-zip-bomb-to-export", Category.XLSX, "the zip bomb given to export instead of import", 2,
                "XLSX_ZIP_BOMB", "xl/worksheets/sheet1.xml", "", (in, out) -> {
                    Path f = Files.write(in.resolve("bomb.xlsx"), Inputs.rewriteZip(Inputs.seedWorkbook(),
                            (n, d) -> n.equals("xl/worksheets/sheet1.xml") ? new byte[50 << 20] : d));
                    return export(f, out).withCode(xlsxCode(f));
                }));

        // ---------------------------------------------------------------- CLI arguments
        c.add(cli("cli-unknown-format", "--format odt", 2, "--format odt", "unknown format", "--format", "odt"));
        c.add(cli("cli-empty-format", "--format ','", 2, "--format", "no format", "--format", ","));
        c.add(cli("cli-unknown-pack", "--pack atlantis", 2, "--pack atlantis", "", "--format", "pdf", "--pack", "atlantis"));
        c.add(fault("cli-pack-not-json", Category.CLI, "--pack naming a file that is not JSON", 2, null, "--pack", "JSON",
                (in, out) -> exportSeed(out, "--format", "pdf", "--pack",
                        Files.write(in.resolve("pack.json"), utf8("id = hebei")).toString())));
        c.add(fault("cli-pack-bad-field", Category.CLI, "--pack file with bands given as a number", 2, null,
                "scheme.indicatorBands", "", (in, out) -> exportSeed(out, "--format", "pdf", "--pack",
                        Files.write(in.resolve("mine.json"), utf8("{\"id\": \"mine\", \"name\": \"x\", \"catalogue\": \"2020\","
                                + " \"rounding\": \"default\", \"scheme\": {\"presentation\": \"weighted\","
                                + " \"indicatorBands\": 5}}")).toString())));
        c.add(cli("cli-bad-rounding", "--rounding sometimes", 2, "--rounding sometimes", "default", "--format", "pdf",
                "--rounding", "sometimes"));
        c.add(cli("cli-bad-scheme", "--scheme circular", 2, "--scheme", "circular", "--format", "pdf", "--scheme", "circular"));
        c.add(cli("cli-bad-lang", "--lang fr", 2, "--lang", "fr", "--format", "pdf", "--lang", "fr"));
        c.add(cli("cli-missing-format", "export without --format", 2, "--format", "Missing"));
        c.add(fault("cli-missing-file", Category.CLI, "export without FILE", 2, null, "FILE", "Missing",
                (in, out) -> Run.cli("export", "--format", "pdf", "-o", out.toString())));
        c.add(fault("cli-unknown-option", Category.CLI, "export --colour", 2, null, "--colour", "Unknown option",
                (in, out) -> exportSeed(out, "--format", "pdf", "--colour")));
        c.add(fault("cli-unknown-command", Category.CLI, "selfeval convert", 2, null, "convert", "Unmatched argument",
                (in, out) -> Run.cli("convert", SEED.toString())));
        c.add(fault("cli-bad-fail-on", Category.CLI, "score --fail-on never", 2, null, "--fail-on", "never",
                (in, out) -> Run.cli("score", SEED.toString(), "--fail-on", "never")));
        c.add(fault("cli-fail-on-warning", Category.CLI, "score the seed with --fail-on warning (it has warnings)", 4,
                null, "--fail-on", "warning", (in, out) -> Run.cli("score", SEED.toString(), "--fail-on", "warning")));
        c.add(batch("cli-jobs-zero", "batch --jobs 0", 2, "--jobs 0", "at least 1", "--jobs", "0"));
        c.add(batch("cli-jobs-negative", "batch --jobs -3", 2, "--jobs -3", "at least 1", "--jobs", "-3"));
        c.add(batch("cli-jobs-not-a-number", "batch --jobs many", 2, "--jobs", "many", "--jobs", "many"));
        c.add(batch("cli-jobs-overflow", "batch --jobs 99999999999", 2, "--jobs", "99999999999", "--jobs", "99999999999"));
        c.add(batch("cli-bad-progress", "batch --progress loud", 2, "--progress", "loud", "--progress", "loud"));
        c.add(fault("cli-batch-nothing-to-do", Category.CLI, "batch over a directory without reports", 2, null,
                "empty-dir", "no report files", (in, out) -> {
                    Path empty = Files.createDirectory(in.resolve("empty-dir"));
                    return Run.cli("batch", empty.toString(), "--out", out.toString());
                }));
        c.add(fault("cli-font-not-a-font", Category.CLI, "--font-body naming a text file called .ttf", 3,
                "FONT_UNREADABLE", "body font", "not a TrueType font", (in, out) -> {
                    Path font = Files.write(in.resolve("fangsong.ttf"), utf8("这不是字体文件\n"));
                    return exportSeed(out, "--format", "pdf", "--font-body", font.toString())
                            .withCode(fontCode(FontSource.of(font)));
                }));
        c.add(fault("cli-font-truncated", Category.CLI, "--font-title naming the first 4 KiB of a real TrueType font", 3,
                "FONT_UNREADABLE", "title font", "truncated", (in, out) -> {
                    Path font = Files.write(in.resolve("cut.ttf"), Arrays.copyOf(bundledFont(), 4096));
                    return exportSeed(out, "--format", "pdf", "--font-title", font.toString())
                            .withCode(fontCode(FontSource.of(font)));
                }));
        c.add(fault("cli-font-missing", Category.CLI, "--font-body naming no file", 2, null, "--font-body", "no such font",
                (in, out) -> exportSeed(out, "--format", "pdf", "--font-body", in.resolve("simfang.ttf").toString())));
        c.add(fault("cli-font-directory", Category.CLI, "--font-heading naming a directory", 2, null, "--font-heading",
                "font", (in, out) -> exportSeed(out, "--format", "pdf", "--font-heading", in.toString())));
        c.add(fault("cli-font-missing-glyph", Category.CLI, "a report using 𠮷, which the bundled font lacks", 3,
                "FONT_MISSING_GLYPH", "narrative.problems[0]", "U+20BB7", (in, out) -> {
                    Path f = Files.write(in.resolve("jiguang.json"), seedEdited(r -> at(r, "narrative")
                            .withArray("problems").set(0, "𠮷祥村道路未硬化")));
                    return export(f, out, "--format", "pdf").withCode(exportCode(f, "pdf", ExportOptions.defaults()));
                }));

        // ---------------------------------------------------------------- environment: the output side
        c.add(fault("env-output-exists", Category.ENVIRONMENT, "the PDF exists already, no --force", 3, null,
                "2023-jiangezhuang.pdf", "--force", (in, out) -> {
                    Files.writeString(out.resolve("2023-jiangezhuang.pdf"), "an older report");
                    return exportSeed(out, "--format", FORMATS);
                }));
        c.add(fault("env-output-is-directory", Category.ENVIRONMENT, "a directory where the .xlsx goes", 3, null,
                "2023-jiangezhuang.xlsx", "directory", (in, out) -> {
                    Files.createDirectory(out.resolve("2023-jiangezhuang.xlsx"));
                    return exportSeed(out, "--format", FORMATS);
                }));
        c.add(fault("env-output-dir-is-file", Category.ENVIRONMENT, "-o naming a regular file, three formats", 2, null,
                "-o", "directory", (in, out) -> {
                    Path file = Files.writeString(out.resolve("notes.txt"), "not a directory");
                    return exportSeed(file, "--format", FORMATS);
                }));
        c.add(fault("env-output-parent-is-file", Category.ENVIRONMENT, "-o under a regular file (notes.txt/report.pdf)", 3,
                "OUTPUT_NOT_WRITABLE", "notes.txt", "", (in, out) -> {
                    Path file = Files.writeString(out.resolve("notes.txt"), "not a directory");
                    return exportSeed(file.resolve("report.pdf"), "--format", "pdf")
                            .withCode(fileExportCode(file.resolve("report.pdf")));
                }));
        c.add(fault("env-output-dir-missing", Category.ENVIRONMENT, "-o into a directory that does not exist", 3,
                "OUTPUT_NOT_WRITABLE", "no-such-dir", "does not exist", (in, out) -> exportSeed(out.resolve("no-such-dir")
                        .resolve("report.pdf"), "--format", "pdf").withCode(fileExportCode(out.resolve("no-such-dir")
                        .resolve("report.pdf")))));
        c.add(fault("env-output-not-writable", Category.ENVIRONMENT, "an output directory nobody may write", 3,
                "OUTPUT_NOT_WRITABLE", "report.pdf", "", FaultCatalogueTest::notWritable));
        c.add(fault("env-import-output-exists", Category.ENVIRONMENT, "import onto an existing JSON, no --force", 3, null,
                "seed.json", "--force", (in, out) -> {
                    Path wb = Files.write(in.resolve("seed.xlsx"), Inputs.seedWorkbook());
                    Files.writeString(out.resolve("seed.json"), "{}");
                    return importXlsx(wb, out);
                }));
        c.add(fault("env-batch-out-is-file", Category.ENVIRONMENT, "batch --out naming a regular file", 3, null,
                "listing.txt", "output directory", (in, out) -> {
                    Path file = Files.writeString(out.resolve("listing.txt"), "not a directory");
                    return Run.cli("batch", SEED.toString(), "--out", file.toString());
                }));
        c.add(fault("env-batch-rollup-exists", Category.ENVIRONMENT, "batch onto an existing 汇总.xlsx, no --force", 3, null,
                "汇总.xlsx", "--force", (in, out) -> {
                    Files.writeString(out.resolve("汇总.xlsx"), "last year's");
                    return Run.cli("batch", SEED.toString(), "--out", out.toString());
                }));
        c.add(fault("env-input-dev-null", Category.ENVIRONMENT, "/dev/null as FILE", 2, "JSON_EMPTY", "/dev/null", "empty",
                (in, out) -> export(Path.of("/dev/null"), out).withCode(jsonCode(Path.of("/dev/null")))));
        c.add(fault("env-input-symlink-loop", Category.ENVIRONMENT, "FILE is a symbolic link to itself", 2, null,
                "loop.json", "", (in, out) -> {
                    Path loop = in.resolve("loop.json");
                    Files.createSymbolicLink(loop, loop.getFileName());
                    return export(loop, out);
                }));

        // ---------------------------------------------------------------- issue 16: what selfeval does itself
        // Defect 1: a Java Error in the workbook reader (POI evaluating 5,000 chained uncached formulas runs out
        // of stack) was a 1,025-line StackOverflowError; now the reader's typed error with a code.
        c.add(xlsx("xlsx-formula-chain-stack-overflow", "a chain of 5,000 uncached formulas behind a score", 2,
                "XLSX_TOO_COMPLEX", "", "too complex", w -> Inputs.formulaChainWorkbook(5_000)));
        c.add(fault("xlsx-formula-chain-to-validate", Category.XLSX, "the 5,000-formula chain given to validate", 2,
                "XLSX_TOO_COMPLEX", "chain.xlsx", "chains too deep", (in, out) -> {
                    Path f = Files.write(in.resolve("chain.xlsx"), Inputs.formulaChainWorkbook(5_000));
                    return Run.cli("validate", f.toString()).withCode(xlsxCode(f));
                }));
        // Defect 8: numbers in a rule pack without the report reader's limits: 1e999999999 was "internal error:
        // ArithmeticException", 1e99999999 made score hang expanding every digit.
        c.add(fault("pack-exponent-1e999999999", Category.CLI, "--pack with a budget execution weight of 1e999999999",
                2, "PACK_INVALID", "scheme.budgetExecution.weight", "exponent", (in, out) -> {
                    Path pack = packWith(in, "\"weight\": 10", "\"weight\": 1e999999999");
                    return exportSeed(out, "--format", "pdf", "--pack", pack.toString()).withCode(packCode(pack));
                }));
        c.add(fault("pack-exponent-1e99999999-score", Category.CLI, "score with a pack whose cap is 1e99999999", 2,
                "PACK_INVALID", "scheme.budgetExecution.cap", "exponent", (in, out) -> {
                    Path pack = packWith(in, "\"cap\": 100", "\"cap\": 1e99999999");
                    return org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                            () -> Run.cli("score", SEED.toString(), "--pack", pack.toString())).withCode(packCode(pack));
                }));
        c.add(fault("pack-number-literal-too-long", Category.CLI, "--pack with a weight written with 400 digits", 2,
                "PACK_INVALID", "pack.json", "", (in, out) -> {
                    Path pack = packWith(in, "\"weight\": 10", "\"weight\": 1" + "0".repeat(400));
                    return exportSeed(out, "--format", "pdf", "--pack", pack.toString()).withCode(packCode(pack));
                }));
        // Defect 9: fonts read whole before they were checked: a 3 GB (sparse) file was an OutOfMemoryError
        // trace, a FIFO blocked for ever.
        c.add(fault("font-3gb-sparse", Category.CLI, "--font-body naming a 3 GB sparse file called .ttf", 3,
                "FONT_UNREADABLE", "body font", "at most", (in, out) -> {
                    Path font = in.resolve("huge.ttf");
                    try (RandomAccessFile raf = new RandomAccessFile(font.toFile(), "rw")) {
                        raf.write(Arrays.copyOf(bundledFont(), 12));
                        raf.setLength(3L << 30);
                    }
                    Run run = exportSeed(out, "--format", "pdf", "--font-body", font.toString())
                            .withCode(fontCode(FontSource.of(font)));
                    Files.delete(font); // the check below reads every file beside the input
                    return run;
                }));
        c.add(fault("font-fifo", Category.CLI, "--font-title naming a FIFO (named pipe) nobody writes to", 2,
                "FONT_UNREADABLE", "--font-title", "not a regular file", (in, out) -> {
                    Path fifo = mkfifo(in.resolve("pipe.ttf"));
                    Run run = exportSeed(out, "--format", "pdf", "--font-title", fifo.toString());
                    run = run.withCode(org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                            java.time.Duration.ofSeconds(30), () -> fontCode(FontSource.of(fifo))));
                    Files.delete(fifo); // the check below reads every file beside the input
                    return run;
                }));
        c.add(fault("font-fifo-library", Category.STREAM, "the PDF exporter given a FIFO as its body font", null,
                "FONT_UNREADABLE", "body font", "not a regular file", (in, out) -> {
                    Path fifo = mkfifo(in.resolve("pipe.ttf"));
                    Run run = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
                            () -> library(() -> ReportExporters.load().get("pdf").export(seedCard(),
                                    OutputStream.nullOutputStream(), ExportOptions.builder().bodyFont(FontSource.of(fifo))
                                            .build())));
                    Files.delete(fifo);
                    return run;
                }));
        c.add(fault("font-not-a-font-header-first", Category.CLI, "--font-body naming 20 MB of text called .ttf", 3,
                "FONT_UNREADABLE", "body font", "not a TrueType font", (in, out) -> {
                    Path font = Files.write(in.resolve("notes.ttf"), utf8("这不是字体".repeat(1_400_000)));
                    return exportSeed(out, "--format", "pdf", "--font-body", font.toString())
                            .withCode(fontCode(FontSource.of(font)));
                }));

        // ---------------------------------------------------------------- issue 16: rows the module tests had alone
        // Defect 1: an uncached REPT(REPT("A",30000),30000) behind a score (17 KB) made POI build a 900-million-
        // character string: a raw OutOfMemoryError. Now the reader's typed error.
        c.add(xlsx("defect1-xlsx-rept-heap", "an uncached REPT(REPT(\"A\",30000),30000) behind a score", 2,
                "XLSX_TOO_COMPLEX", "", "", w -> Inputs.seedWorkbookEdited(s -> {
                    XSSFCell k = cell(s, "K17");
                    k.setCellFormula("LEN(REPT(REPT(\"A\",30000),30000))");
                    if (k.getCTCell().isSetV()) {
                        k.getCTCell().unsetV();
                    }
                })));
        // Defect 4: 50 paragraphs of 100,000 × 啊 validated, and the docx selfeval wrote for them was refused as a
        // zip bomb. The report's texts together are bounded now (Limits.MAX_TEXT_CHARACTERS, 4,000,000).
        c.add(json("defect4-json-texts-too-long", "50 paragraphs of 100,000 characters (5,000,000 in all)", 1,
                "TEXTS_TOO_LONG", "narrative.problems[", "", w -> seedEdited(r -> {
                    var problems = at(r, "narrative").putArray("problems");
                    for (int i = 0; i < 50; i++) {
                        problems.add("啊".repeat(100_000));
                    }
                })));
        // Weak spot: an encrypted (password-protected) .xlsx is an OLE2 file, and was called "an old .xls".
        c.add(xlsx("weakspot-xlsx-encrypted", "a password-protected .xlsx", 2, "XLSX_NOT_A_WORKBOOK", "", "password",
                w -> Inputs.encrypted(Inputs.seedWorkbook())));
        // Weak spot: validate read an .xlsm (a workbook with macros) as JSON (JSON_SYNTAX at line 1). A bad
        // cell in it now names its sheet and cell: it was read as the workbook it is.
        c.add(fault("weakspot-validate-xlsm", Category.XLSX, "validate on an .xlsm whose score cell says 九十", 2,
                "XLSX_BAD_CELL", "自评表!K17", "九十", (in, out) -> {
                    Path f = Files.write(in.resolve("report.xlsm"), Inputs.seedWorkbookEdited(s -> cell(s, "K17")
                            .setCellValue("九十")));
                    Path asXlsx = Files.write(out.resolve("copy.xlsx"), Files.readAllBytes(f));
                    String code = xlsxCode(asXlsx);
                    Files.delete(asXlsx);
                    return Run.cli("validate", f.toString()).withCode(code);
                }));
        // Weak spot: escape sequences in an indicator name read from a workbook reached the terminal raw (an
        // OSC title change, colours). Every row of this catalogue now checks that no raw ESC/BEL is printed.
        c.add(fault("weakspot-escape-in-indicator-name", Category.XLSX,
                "an indicator name with an OSC title sequence and a colour, and a bad score beside it", 2, "XLSX_BAD_CELL",
                "自评表!K17", "九十", (in, out) -> {
                    Path f = Files.write(in.resolve("escapes.xlsx"), Inputs.seedWorkbookEdited(s -> {
                        cell(s, "I17").setCellValue("\u001b]0;pwned\u0007\u001b[31m项目支出钱数");
                        cell(s, "K17").setCellValue("九十");
                    }));
                    return Run.cli("validate", f.toString()).withCode(xlsxCode(f));
                }));
        // Weak spot: a weight of 1e-9999 printed its 10,000 digits. Every row now checks no 200-digit run is printed.
        c.add(json("weakspot-weight-1e-9999", "a weight of 1e-9999", 1, "OUT_OF_RANGE", "indicators[0].weight", "",
                w -> seedReplacing("\"weight\": 20", "\"weight\": 1e-9999")));
        // Weak spot: a workbook with ZIP64 data descriptors (POI's own streaming writer makes them: selfeval's
        // 汇总.xlsx) was refused as a damaged zip. Read now: the roll-up is simply not a 自评表.
        c.add(fault("weakspot-zip64-rollup-read-back", Category.XLSX, "selfeval's own 汇总.xlsx (ZIP64 data descriptors)"
                + " given to import", 2, null, "汇总.xlsx", "自评表", (in, out) -> {
                    Path reports = Files.createDirectory(in.resolve("reports"));
                    Files.writeString(reports.resolve("r.json"), seedText());
                    Path batchOut = in.resolve("batch");
                    Run batch = Run.cli("batch", reports.toString(), "--out", batchOut.toString(), "--format", "pdf");
                    assertEquals(0, batch.exit(), batch.toString());
                    Path rollup = batchOut.resolve("汇总.xlsx");
                    assertTrue(Inputs.hasZip64DataDescriptor(Files.readAllBytes(rollup)), "汇总.xlsx has ZIP64 data descriptors");
                    Run run = importXlsx(rollup, out);
                    try (Stream<Path> walk = Files.walk(batchOut)) {
                        for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                            Files.delete(p); // the check below reads every file beside the input
                        }
                    }
                    return run;
                }));

        // ---------------------------------------------------------------- streams that fail halfway (library API)
        for (String format : List.of("xlsx", "pdf", "markdown")) {
            c.add(fault("stream-" + format + "-fails-halfway", Category.STREAM,
                    "exporting the seed to " + format + " into a stream that fails after 1 KiB", null, "EXPORT_FAILED",
                    "export to " + format, "disk full", (in, out) -> failingStream(format)));
        }
        c.add(fault("stream-file-export-fails-halfway", Category.STREAM,
                "an exporter that writes half a document to a file target, then fails", null, "EXPORT_FAILED",
                "export to half", "gave up", FaultCatalogueTest::halfWrittenFile));
        c.add(fault("stream-report-json-fails-halfway", Category.STREAM, "writing the report JSON into a failing stream",
                null, "JSON_WRITE", "", "disk full", (in, out) -> library(() ->
                        SelfEvaluationJson.write(Seed.report(), new FailingStream(1024)))));
        c.add(fault("stream-scorecard-json-fails-halfway", Category.STREAM,
                "writing the score card JSON into a failing stream", null, "SCORECARD_WRITE", "score card", "disk full",
                (in, out) -> library(() -> ScoreCardJson.write(seedCard(), new FailingStream(512), Locale.CHINESE))));
        return List.copyOf(c);
    }

    // ================================================================== the tests

    @TestFactory
    Stream<DynamicTest> everyFaultIsReportedClearlyAndLeavesNothingBehind() {
        return CATALOGUE.stream().map(f -> DynamicTest.dynamicTest(f.id() + ": " + f.input(), () -> check(f)));
    }

    @Test
    void theCatalogueIsLargeEnoughAndItsIdsAreUnique() {
        assertTrue(CATALOGUE.size() >= 60, "only " + CATALOGUE.size() + " cases");
        assertEquals(CATALOGUE.size(), CATALOGUE.stream().map(Fault::id).distinct().count(), "duplicate ids");
        Map<Category, Long> perCategory = CATALOGUE.stream()
                .collect(Collectors.groupingBy(Fault::category, () -> new java.util.EnumMap<>(Category.class),
                        Collectors.counting()));
        for (Category cat : Category.values()) {
            assertTrue(perCategory.getOrDefault(cat, 0L) >= 3, cat + " has too few cases: " + perCategory);
        }
    }

    @AfterAll
    static void writeTable() throws IOException {
        // The catalogue as a table beside the test reports, with each case's time: what the report quotes.
        StringBuilder sb = new StringBuilder("id,category,input,exit,code,where,why,millis,message\n");
        for (Fault f : CATALOGUE) {
            sb.append(String.join(",", csv(f.id()), f.category().name(), csv(f.input()), String.valueOf(f.exit()),
                    csv(f.code()), csv(f.where()), csv(f.why()), String.valueOf(TIMES.get(f.id())),
                    csv(MESSAGES.get(f.id())))).append('\n');
        }
        Path target = Path.of("target", "fault-catalogue.csv");
        if (Files.isDirectory(target.getParent())) {
            Files.writeString(target, sb.toString());
        }
    }

    private static String csv(String s) {
        return s == null ? "" : '"' + s.replace("\"", "\"\"") + '"';
    }

    private void check(Fault f) throws Exception {
        Path root = Files.createTempDirectory(shared, f.id());
        Path in = Files.createDirectory(root.resolve("in"));
        Path out = Files.createDirectory(root.resolve("out"));
        long start = System.nanoTime();
        Run run = f.scenario().run(in, out);
        TIMES.put(f.id(), (System.nanoTime() - start) / 1_000_000);
        assertNotNull(run, f.id());
        MESSAGES.put(f.id(), run.err().lines().findFirst().orElse("").replace(root.toString(), "…"));
        String why = "\n" + f + "\n" + run;

        if (f.exit() != null) {
            assertEquals(f.exit(), run.exit(), "exit code" + why);
        }
        if (f.code() != null) {
            // A report breaking several rules has several violation codes; the case names the one it shows.
            assertTrue(run.code() != null && List.of(run.code().split(",")).contains(f.code()),
                    "library code: expected " + f.code() + why);
        }
        // One line names the where and the why.
        String all = run.all();
        List<String> lines = all.lines().filter(l -> l.contains(f.where()) && l.contains(f.why())).toList();
        assertFalse(lines.isEmpty(), "no line names both '" + f.where() + "' and '" + f.why() + "'" + why);
        if (f.category() != Category.STREAM) {
            assertTrue(run.err().startsWith("selfeval: ") || run.exit() == 1 || run.exit() == 4,
                    "the error does not lead standard error" + why);
        }
        assertNoStackTrace(all, why);
        // issue 16: nothing the input holds drives the terminal, and no number prints thousands of digits
        assertFalse(all.contains("\u001b") || all.contains("\u0007") || all.contains("\u009b"),
                "raw terminal control characters (ESC, BEL, CSI) in the output" + why);
        assertFalse(java.util.regex.Pattern.compile("\\d{200}").matcher(all).find(), "a 200-digit number in the output" + why);
        assertNothingWritten(in, out, why);
    }

    static void assertNoStackTrace(String text, String why) {
        for (String bad : List.of("\tat ", "Exception in thread", "java.lang.", "java.io.", "java.nio.",
                "internal error", "NullPointerException", "Caused by:", "org.apache.", "com.fasterxml.")) {
            assertFalse(text.contains(bad), "output contains '" + bad + "'" + why);
        }
    }

    /** The output directory holds exactly what the scenario put there before running, unchanged. */
    private static void assertNothingWritten(Path in, Path out, String why) throws IOException {
        Map<String, String> outNow = listing(out);
        Map<String, String> expected = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : outNow.entrySet()) {
            if (PRE_EXISTING.containsKey(e.getKey())) {
                expected.put(e.getKey(), PRE_EXISTING.get(e.getKey()));
            }
        }
        assertEquals(expected, outNow, "the output directory changed: only files the case made itself may be there" + why);
        for (String name : listing(in).keySet()) {
            assertFalse(name.endsWith(".tmp") || name.startsWith("."), "a temporary file beside the input: " + name + why);
            for (String ext : List.of(".pdf", ".md")) {
                assertFalse(name.endsWith(ext), "an output beside the input: " + name + why);
            }
        }
    }

    /** Files the scenarios create in the output directory on purpose, with their content's hash. */
    private static final Map<String, String> PRE_EXISTING = Map.of(
            "2023-jiangezhuang.pdf", sha256(utf8("an older report")),
            "2023-jiangezhuang.xlsx", "<dir>",
            "notes.txt", sha256(utf8("not a directory")),
            "listing.txt", sha256(utf8("not a directory")),
            "seed.json", sha256(utf8("{}")),
            "汇总.xlsx", sha256(utf8("last year's")),
            "locked", "<dir>");

    private static Map<String, String> listing(Path dir) throws IOException {
        Map<String, String> m = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return m;
        }
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                m.put(p.getFileName().toString(), Files.isDirectory(p) ? "<dir>"
                        : Files.isSymbolicLink(p) ? "<link>" : sha256(Files.readAllBytes(p)));
            }
        }
        return m;
    }

    // ================================================================== scenario builders

    /** A JSON file given to {@code export} with all three formats into the output directory. */
    private static Fault json(String id, String input, int exit, String code, String where, String why,
            Maker bytes) {
        return fault(id, Category.JSON, input, exit, code, where, why, (in, out) -> {
            Path file = Files.write(in.resolve(id + ".json"), bytes.make(in));
            return export(file, out).withCode(jsonCode(file));
        });
    }

    /** A workbook given to {@code import} with the output directory as {@code -o}. */
    private static Fault xlsx(String id, String input, int exit, String code, String where, String why, Maker bytes) {
        return fault(id, Category.XLSX, input, exit, code, where, why, (in, out) -> {
            Path file = Files.write(in.resolve(id + ".xlsx"), bytes.make(in));
            // A workbook that reads but breaks a rule is converted by import (so that it can be fixed): such
            // workbooks go through export instead, which writes nothing for an invalid report.
            Run run = exit == 1 ? export(file, out) : importXlsx(file, out);
            return run.withCode(xlsxCode(file));
        });
    }

    /** {@code export SEED -o OUT} with the given options. */
    private static Fault cli(String id, String input, int exit, String where, String why, String... options) {
        return fault(id, Category.CLI, input, exit, null, where, why, (in, out) -> exportSeed(out, options));
    }

    /** {@code batch SEED --out OUT} with the given options. */
    private static Fault batch(String id, String input, int exit, String where, String why, String... options) {
        return fault(id, Category.CLI, input, exit, null, where, why, (in, out) -> {
            List<String> args = new ArrayList<>(List.of("batch", SEED.toString(), "--out", out.toString()));
            args.addAll(List.of(options));
            return Run.cli(args.toArray(String[]::new));
        });
    }

    private static Fault fault(String id, Category category, String input, Integer exit, String code, String where,
            String why, Scenario scenario) {
        return new Fault(id, category, input, exit, code, where, why, scenario);
    }

    /** Makes the bytes of an input. */
    @FunctionalInterface
    interface Maker {
        byte[] make(Path in) throws Exception;
    }

    private static Run export(Path file, Path out, String... options) {
        List<String> args = new ArrayList<>(List.of("export", file.toString(), "-o", out.toString()));
        if (options.length == 0) {
            args.addAll(List.of("--format", FORMATS));
        }
        args.addAll(List.of(options));
        return Run.cli(args.toArray(String[]::new));
    }

    private static Run exportSeed(Path out, String... options) {
        List<String> args = new ArrayList<>(List.of("export", SEED.toString(), "-o", out.toString()));
        args.addAll(List.of(options));
        return Run.cli(args.toArray(String[]::new));
    }

    private static Run importXlsx(Path file, Path out) {
        return Run.cli("import", file.toString(), "-o", out.toString());
    }

    // ================================================================== the library's codes for an input

    /** The code the model gives a JSON file: a read error's, else the first violation's, else null. */
    private static String jsonCode(Path file) {
        SelfEvaluation report;
        try {
            report = SelfEvaluationJson.read(file);
        } catch (SelfEvalException e) {
            return e.code();
        }
        return firstViolation(report);
    }

    private static String xlsxCode(Path file) {
        SelfEvaluation report;
        try {
            report = XlsxReportReader.read(file);
        } catch (SelfEvalException e) {
            return e.code();
        }
        return firstViolation(report);
    }

    /** Every violation's code, comma-separated; null for a valid report. */
    private static String firstViolation(SelfEvaluation report) {
        List<ReportViolation> v = SelfEvaluations.violations(report, Locale.ENGLISH);
        return v.isEmpty() ? null : v.stream().map(ReportViolation::code).collect(Collectors.joining(","));
    }

    /** The code the registry gives exporting the seed to a PDF file at {@code target}. */
    private static String fileExportCode(Path target) {
        try {
            ReportExporters.load().export(seedCard(), "pdf", target, ExportOptions.defaults(), ExistingFile.REFUSE);
            return null;
        } catch (SelfEvalException e) {
            return e.code();
        }
    }

    private static String fontCode(FontSource font) {
        try {
            ReportExporters.load().get("pdf").export(seedCard(), OutputStream.nullOutputStream(),
                    ExportOptions.builder().bodyFont(font).titleFont(font).build());
            return null;
        } catch (SelfEvalException e) {
            return e.code();
        }
    }

    private static String exportCode(Path json, String format, ExportOptions options) {
        try {
            SelfEvaluation r = SelfEvaluationJson.read(json);
            ReportExporters.load().get(format).export(Scorer.forReport(r).score(r), OutputStream.nullOutputStream(),
                    options);
            return null;
        } catch (SelfEvalException e) {
            return e.code();
        }
    }

    // ================================================================== scenarios of their own

    /** The standard hebei pack as {@code pack.json} with id {@code pack}, one piece of its text replaced. */
    private static Path packWith(Path in, String from, String to) throws IOException {
        String text;
        try (var s = io.github.selfeval.scoring.RulePack.class.getClassLoader()
                .getResourceAsStream("META-INF/selfeval/packs/hebei.json")) {
            assertNotNull(s, "the hebei pack is on the class path");
            text = new String(s.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(text.contains(from), "the hebei pack has " + from);
        text = text.replace("\"id\": \"hebei\"", "\"id\": \"pack\"").replace(from, to);
        return Files.writeString(in.resolve("pack.json"), text);
    }

    /** The code the rule packs give a pack file. */
    private static String packCode(Path pack) {
        try {
            io.github.selfeval.scoring.RulePacks.load(pack);
            return null;
        } catch (SelfEvalException e) {
            return e.code();
        }
    }

    /** A named pipe made with mkfifo (coreutils). */
    static Path mkfifo(Path path) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
        assertEquals(0, p.waitFor(), "mkfifo " + path + ": " + new String(p.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8));
        return path;
    }

    private static Run notWritable(Path in, Path out) throws IOException {
        Path target;
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root || !Files.getFileStore(out).supportsFileAttributeView("posix")) {
            // root may write anywhere a permission bit forbids; /proc takes no new files from anybody.
            target = Path.of("/proc", "report.pdf");
        } else {
            Path locked = Files.createDirectory(out.resolve("locked"));
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
            target = locked.resolve("report.pdf");
        }
        Run run = exportSeed(target, "--format", "pdf");
        try {
            ReportExporters.load().export(seedCard(), "pdf", target, ExportOptions.defaults(), ExistingFile.REFUSE);
            return run;
        } catch (SelfEvalException e) {
            return run.withCode(e.code());
        } finally {
            if (!root && Files.isDirectory(out.resolve("locked"))) {
                Files.setPosixFilePermissions(out.resolve("locked"), PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }

    private static Run failingStream(String format) {
        FailingStream sink = new FailingStream(1024);
        Run run = library(() -> ReportExporters.load().get(format).export(seedCard(), sink, ExportOptions.defaults()));
        assertTrue(sink.written > 0, "the exporter never wrote before failing: " + format);
        return run;
    }

    /** A real registry exporting through an exporter that gives up halfway: the target must not appear. */
    private static Run halfWrittenFile(Path in, Path out) {
        ReportExporter half = new ReportExporter() {
            @Override
            public String id() {
                return "half";
            }

            @Override
            public String mediaType() {
                return "text/plain";
            }

            @Override
            public String fileExtension() {
                return "txt";
            }

            @Override
            public String description() {
                return "writes half a document";
            }

            @Override
            public void export(ScoreCard card, OutputStream o, ExportOptions options) {
                try {
                    o.write(new byte[100_000]);
                    o.flush();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                throw new ExportException(id(), getClass().getName(), "gave up after 100,000 bytes", null);
            }
        };
        return library(() -> ReportExporters.of(half).export(seedCard(), "half", out.resolve("report.txt"),
                ExportOptions.defaults(), ExistingFile.REFUSE));
    }

    /** Runs a library call that must fail, as a {@link Run} holding its message and code. */
    private static Run library(Runnable call) {
        try {
            call.run();
        } catch (SelfEvalException e) {
            return new Run(null, "", e.getMessage(), e.code());
        }
        fail("the call did not fail");
        return null;
    }

    /** An output stream that fails with "disk full" once it has taken {@code limit} bytes. */
    static final class FailingStream extends OutputStream {
        private final int limit;
        int written;

        FailingStream(int limit) {
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (written + len > limit) {
                written = limit;
                throw new IOException("disk full");
            }
            written += len;
        }
    }

    // ================================================================== inputs

    private static ScoreCard seedCard() {
        SelfEvaluation r = Seed.report();
        return Scorer.forReport(r).score(r);
    }

    private static byte[] invalidUtf8() {
        byte[] seed = utf8(seedText());
        String s = seedText();
        int at = s.indexOf("姜各庄");
        int byteAt = s.substring(0, at).getBytes(StandardCharsets.UTF_8).length;
        byte[] copy = seed.clone();
        copy[byteAt] = (byte) 0xC3;
        copy[byteAt + 1] = (byte) 0x28;
        return copy;
    }

    private static byte[] gbkDepartment() {
        String s = seedText();
        int at = s.indexOf("姜各庄镇人民政府");
        byte[] before = utf8(s.substring(0, at));
        byte[] gbk = "姜各庄镇人民政府".getBytes(java.nio.charset.Charset.forName("GBK"));
        byte[] after = utf8(s.substring(at + "姜各庄镇人民政府".length()));
        byte[] all = new byte[before.length + gbk.length + after.length];
        System.arraycopy(before, 0, all, 0, before.length);
        System.arraycopy(gbk, 0, all, before.length, gbk.length);
        System.arraycopy(after, 0, all, before.length + gbk.length, after.length);
        return all;
    }

    private static byte[] cutInsideACharacter() {
        String s = seedText();
        int at = s.indexOf("姜各庄");
        return Arrays.copyOf(utf8(s), utf8(s.substring(0, at)).length + 1);
    }

    private static byte[] withBom(byte[] bom, byte[] body) {
        byte[] all = Arrays.copyOf(bom, bom.length + body.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        return all;
    }

    private static byte[] deepNesting(int depth) {
        String s = seedText();
        int at = s.indexOf("\"kind\"");
        return utf8(s.substring(0, at) + "\"extra\": " + "[".repeat(depth) + "]".repeat(depth) + ",\n  "
                + s.substring(at));
    }

    /** The start of an OLE2 compound document, as an old .xls begins. */
    private static byte[] ole2() {
        byte[] b = new byte[4096];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, b, 0, magic.length);
        return b;
    }

    private static byte[] zipOf(String name, byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(bytes)) {
            z.putNextEntry(new java.util.zip.ZipEntry(name));
            z.write(data);
            z.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static byte[] bundledFont() throws IOException {
        try (var in = ReportExporter.class.getClassLoader()
                .getResourceAsStream("io/github/selfeval/export/pdf/internal/fonts/wqy-microhei-gbk.ttf")) {
            if (in != null) {
                return in.readAllBytes();
            }
        }
        // On the module path the resource is encapsulated; any TrueType header will do for a truncated font.
        byte[] b = new byte[8192];
        b[1] = 1;
        b[5] = 16;
        return b;
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
