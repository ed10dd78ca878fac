package io.github.selfeval.export.docx;

import io.github.selfeval.testsupport.Tools;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.selfeval.export.ExportOptions;
import io.github.selfeval.export.ReportExporters;
import io.github.selfeval.model.Section;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.SelfEvaluationJson;
import io.github.selfeval.scoring.IndicatorScore;
import io.github.selfeval.scoring.RulePacks;
import io.github.selfeval.scoring.ScoreCard;
import io.github.selfeval.scoring.Scorer;
import io.github.selfeval.testsupport.Seed;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed's .docx read by LibreOffice, a reader no one here wrote: {@code soffice --headless
 * --convert-to pdf} converts it without a repair prompt, poppler's {@code pdftotext} finds the cover,
 * every heading, every indicator and the totals in the result, its page count is selfeval's own PDF's
 * ±1, and the 自评表's page is rendered to {@code target/libreoffice/seed-table.png} for a person to
 * look at. Skipped, saying so on the console (selfeval-test-support's SkipReasons prints the reason), where LibreOffice or poppler-utils is not installed; CI
 * installs them and fails if this test was skipped.
 */
class LibreOfficeDocxTest {

    @TempDir
    static Path dir;

    private static Path out;
    private static String conversionLog;
    private static Path seedPdf;
    private static Path declaredPdf;
    private static Path projectPdf;

    @BeforeAll
    static void convertWithLibreOffice() throws Exception {
        List<String> missing = new ArrayList<>();
        for (String tool : new String[] {"soffice", "pdftotext", "pdfinfo", "pdftoppm"}) {
            if (!Tools.onPath(tool)) {
                missing.add(tool);
            }
        }
        if (!missing.isEmpty()) {
            String why = "LibreOfficeDocxTest skipped: " + String.join(", ", missing) + " not on the PATH"
                    + " (install libreoffice-writer and poppler-utils)";
            assumeTrue(false, why);
        }
        out = Path.of("target", "libreoffice");
        Files.createDirectories(out);
        Path seed = out.resolve("seed.docx");
        Files.write(seed, SeedDocx.docx());
        Path declared = out.resolve("seed-declared.docx");
        Files.write(declared, SeedDocx.export(declaredCard(), ExportOptions.builder().deterministic(true).build()));
        Path project = out.resolve("project.docx");
        Files.write(project, SeedDocx.export(ProjectFormTest.card(), ExportOptions.builder().deterministic(true).build()));
        // A profile of its own: a second soffice on the machine (another build, a desktop) would lock the default one.
        String profile = dir.resolve("profile").toUri().toString();
        conversionLog = Tools.run(180, "soffice", "-env:UserInstallation=" + profile, "--headless", "--norestore",
                "--convert-to", "pdf", "--outdir", out.toString(), seed.toString(), declared.toString(),
                project.toString());
        seedPdf = out.resolve("seed.pdf");
        declaredPdf = out.resolve("seed-declared.pdf");
        projectPdf = out.resolve("project.pdf");
    }

    /** The seed with a declared total and a declared row score the computation does not confirm. */
    private static ScoreCard declaredCard() {
        String json = Seed.json().replace("\"declaredTotalScore\": 91", "\"declaredTotalScore\": 90")
                .replaceFirst("\"weightedScore\": 18", "\"weightedScore\": 17");
        return Scorer.of(RulePacks.standard().get("hebei")).score(SelfEvaluationJson.read(json));
    }

    @Test
    void convertsWithoutRepairOrError() {
        assertTrue(Files.isRegularFile(seedPdf) && Files.isRegularFile(declaredPdf) && Files.isRegularFile(projectPdf),
                "LibreOffice wrote no PDF: " + conversionLog);
        String log = conversionLog.toLowerCase(Locale.ROOT);
        for (String bad : new String[] {"repair", "recover", "corrupt", "error", "general input/output"}) {
            assertFalse(log.contains(bad), "LibreOffice said '" + bad + "': " + conversionLog);
        }
    }

    @Test
    void textHoldsCoverHeadingsIndicatorsAndTotals() throws Exception {
        String text = SeedDocx.squeeze(Tools.run(60, "pdftotext", "-enc", "UTF-8", seedPdf.toString(), "-"));
        SelfEvaluation r = SeedDocx.card().report();
        List<String> expected = new ArrayList<>(r.cover().titleLines());
        expected.addAll(List.of("编制单位（盖章）：姜各庄镇人民政府", "2024年4月15日",
                "2023年度姜各庄镇人民政府整体绩效自评工作报告", "一、部门整体概况", "二、部门整体绩效目标和绩效指标设定情况",
                "三、绩效实现情况分析", "2023年度部门整体绩效自评表", "一、基本情况", "二、预算执行情况", "三、目标完成情况",
                "四、年度绩效指标完成情况", "四、存在问题", "五、相关建议、改进措施及结果应用", "附件：审核意见",
                "填报人：樊琪", "联系电话：4800291", "3746.68", "75.24", "—1—"));
        List<Section> sections = r.narrative().performanceAnalysis();
        for (int i = 0; i < sections.size(); i++) {
            expected.add("（" + chinese(i + 1) + "）" + sections.get(i).title());
        }
        for (IndicatorScore s : SeedDocx.card().indicators()) {
            expected.add(s.indicator().name());
        }
        for (String e : expected) {
            assertTrue(text.contains(SeedDocx.squeeze(e)), "pdftotext of LibreOffice's PDF lacks " + e);
        }
        // The total row, read in layout: 自评得分 … 100 … 91.
        String layout = Tools.run(60, "pdftotext", "-enc", "UTF-8", "-layout", seedPdf.toString(), "-");
        assertTrue(layout.lines().anyMatch(l -> l.matches(".*自评得分\\s+100\\s+91\\s*")),
                "no line '自评得分 … 100 … 91' in pdftotext -layout output");
    }

    @Test
    void declaredAndComputedTotalsBothShow() throws Exception {
        String text = SeedDocx.squeeze(Tools.run(60, "pdftotext", "-enc", "UTF-8", declaredPdf.toString(), "-"));
        assertTrue(text.contains("91（填报：90）"), "the computed total with the declared one is not in the text");
        // The row score wraps in its narrow cell, and pdftotext may put a neighbour cell's line between the halves.
        assertTrue(Pattern.compile("18（填.{0,40}报：17）").matcher(text).find(),
                "the computed row score with the declared one is not in the text");
    }

    /** The central project form (a real published one): its title, funds block, 总分 and total as LibreOffice prints them. */
    @Test
    void projectFormShowsItsOwnLayout() throws Exception {
        String text = SeedDocx.squeeze(Tools.run(60, "pdftotext", "-enc", "UTF-8", projectPdf.toString(), "-"));
        ScoreCard card = ProjectFormTest.card();
        for (String e : new String[] {"项目支出绩效自评表", "（2022年度）", "项目资金（元）", "年度资金总额",
            "其中：当年财政拨款", "上年结转资金", "年度总体目标", "绩效指标", "年度指标值", "总分", "评价结论", "填报人：",
            io.github.selfeval.model.form.FormNumbers.plain(card.totalScore())}) {
            assertTrue(text.contains(SeedDocx.squeeze(e)), "pdftotext of the project form lacks " + e);
        }
        assertTrue(!text.contains("一、项目概况") && !text.contains("无。"), "a form-only report prints no empty sections");
        for (IndicatorScore s : card.indicators()) {
            assertTrue(text.contains(SeedDocx.squeeze(s.indicator().name()))
                    || Pattern.compile(String.join(".{0,30}", SeedDocx.squeeze(s.indicator().name()).split("(?<=\\G.{4})")))
                            .matcher(text).find(), "pdftotext of the project form lacks " + s.indicator().name());
        }
    }

    @Test
    void hasAsManyPagesAsSelfevalsOwnPdfPlusOrMinusOne() throws Exception {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        ReportExporters.load().get("pdf").export(SeedDocx.card(), pdf,
                ExportOptions.builder().deterministic(true).build());
        Path own = out.resolve("seed-selfeval.pdf");
        Files.write(own, pdf.toByteArray());
        int docx = pages(seedPdf);
        int ours = pages(own);
        System.out.println("LibreOfficeDocxTest: the seed's .docx converted by LibreOffice has " + docx
                + " pages, selfeval's PDF " + ours);
        assertTrue(Math.abs(docx - ours) <= 1, "LibreOffice: " + docx + " pages, selfeval's PDF: " + ours);
    }

    /** The page with the indicator table, rendered for a person to look at; it is landscape. */
    @Test
    void rendersTheTablePage() throws Exception {
        int pages = pages(seedPdf);
        int tablePage = -1;
        for (int p = 1; p <= pages && tablePage < 0; p++) {
            String t = Tools.run(60, "pdftotext", "-enc", "UTF-8", "-f", "" + p, "-l", "" + p, seedPdf.toString(), "-");
            if (SeedDocx.squeeze(t).contains("四、年度绩效指标完成情况")) {
                tablePage = p;
            }
        }
        assertTrue(tablePage > 0, "no page holds the indicator table");
        String info = Tools.run(60, "pdfinfo", "-f", "" + tablePage, "-l", "" + tablePage, seedPdf.toString());
        Matcher m = Pattern.compile("Page\\s+" + tablePage + " size:\\s+([\\d.]+) x ([\\d.]+)").matcher(info);
        assertTrue(m.find(), info);
        assertTrue(Double.parseDouble(m.group(1)) > Double.parseDouble(m.group(2)), "the table page is not landscape");
        Tools.run(60, "pdftoppm", "-r", "60", "-f", "" + tablePage, "-l", "" + tablePage, "-png", "-singlefile",
                seedPdf.toString(), out.resolve("seed-table").toString());
        Path png = out.resolve("seed-table.png");
        assertTrue(Files.size(png) > 10_000, "the rendered page is (nearly) empty: " + Files.size(png) + " bytes");
        System.out.println("LibreOfficeDocxTest: table page " + tablePage + " rendered to " + png.toAbsolutePath());
    }

    private static int pages(Path pdf) throws Exception {
        Matcher m = Pattern.compile("Pages:\\s+(\\d+)").matcher(Tools.run(60, "pdfinfo", pdf.toString()));
        assertTrue(m.find(), "pdfinfo gives no page count for " + pdf);
        return Integer.parseInt(m.group(1));
    }

    private static String chinese(int n) {
        String d = "零一二三四五六七八九";
        if (n < 10) {
            return "" + d.charAt(n);
        }
        return (n >= 20 ? "" + d.charAt(n / 10) : "") + "十" + (n % 10 == 0 ? "" : "" + d.charAt(n % 10));
    }
}
