package io.github.selfeval.export.pdf;

import io.github.selfeval.testsupport.Tools;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed's PDF read by poppler, the tools a finance bureau's clerk (or its document system) uses:
 * {@code pdffonts} lists only embedded subset fonts, {@code pdftotext} gives the Chinese text, 75.24
 * and the total. Skipped, saying so, where poppler-utils is not installed; CI installs it and fails
 * if this test was skipped.
 */
class PopplerToolsTest {

    @TempDir
    static Path dir;

    private static Path pdf;

    @BeforeAll
    static void writeTheSeedsPdf() throws IOException {
        assumeTrue(Tools.onPath("pdffonts") && Tools.onPath("pdftotext"),
                "poppler-utils (pdffonts, pdftotext) is not on the PATH: PopplerToolsTest skipped");
        pdf = dir.resolve("seed.pdf");
        Files.write(pdf, SeedPdf.pdf());
    }

    @Test
    void pdffontsListsOnlyEmbeddedSubsetFonts() throws Exception {
        String out = Tools.run(60, "pdffonts", pdf.toString());
        List<String> rows = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (line.isBlank() || line.startsWith("name ") || line.startsWith("-----")) {
                continue;
            }
            rows.add(line);
        }
        assertTrue(!rows.isEmpty(), "pdffonts lists no font:\n" + out);
        for (String row : rows) {
            // name  type  encoding  emb sub uni  object ID
            String[] f = row.trim().split("\\s+");
            assertTrue(f[0].matches("[A-Z]{6}\\+.+"), "not a subset: " + row);
            int n = f.length;
            assertEquals("yes", f[n - 5], "not embedded: " + row);
            assertEquals("yes", f[n - 4], "not a subset: " + row);
            assertEquals("yes", f[n - 3], "no ToUnicode map: " + row);
            assertTrue(row.contains("CID TrueType") && row.contains("Identity-H"), row);
        }
    }

    @Test
    void pdftotextGivesTheChineseTextTheRateAndTheTotal() throws Exception {
        Path txt = dir.resolve("seed.txt");
        Tools.run(60, "pdftotext", "-enc", "UTF-8", pdf.toString(), txt.toString());
        String text = Files.readString(txt, StandardCharsets.UTF_8);
        String squeezed = SeedPdf.squeeze(text.replaceAll("—\\s*\\d+\\s*—", ""));
        for (String expected : new String[] {"姜各庄镇人民政府", "一、部门整体概况", "三、绩效实现情况分析",
            "部门整体绩效自评表", "预算执行率", "75.24", "3746.68", "2819.17", "自评得分", "填报人：樊琪",
            "四、存在问题", "五、相关建议、改进措施及结果应用",
            SeedPdf.squeeze(SeedPdf.report().narrative().problems().get(0))}) {
            assertTrue(squeezed.contains(expected), "pdftotext output lacks " + expected);
        }
        // The total row of the form: 自评得分, the weights' sum 100, the total 91.
        String layout = Tools.run(60, "pdftotext", "-enc", "UTF-8", "-layout", pdf.toString(), "-");
        assertTrue(layout.lines().anyMatch(l -> l.matches(".*自评得分\\s+100\\s+91\\s*")),
                "no line '自评得分 … 100 … 91' in pdftotext -layout output");
        // The seed's page numbers: a dash on each side ("— 1 —"); pdftotext may drop the thin spaces.
        assertTrue(layout.lines().anyMatch(l -> l.strip().matches("—\\s*1\\s*—")), "no page number '— 1 —'");
    }

    /**
     * The central project form as poppler reads it: the 项目资金 block's six columns and 总分, and the
     * 年度资金总额 row on one line with the computed 执行率 and 得分 beside the declared ones.
     */
    @Test
    void pdftotextGivesTheCentralProjectFormsLabelsAndItsBudgetScore() throws Exception {
        for (String example : new String[] {"2019-hebei-langfang-nuantong.json", "2022-shanghai-putuo-tiyu.json"}) {
            Path project = dir.resolve(example.replace(".json", ".pdf"));
            // The national pack (two places), under which Hebei's declared 86 and 9 differ from the card.
            Files.write(project, Examples.pdf(Examples.card(Examples.report(example), "national")));
            String text = SeedPdf.squeeze(Tools.run(60, "pdftotext", "-enc", "UTF-8", project.toString(), "-"));
            for (String label : new String[] {"项目支出绩效自评表", "项目名称", "主管部门", "实施单位", "年初预算数",
                "全年预算数", "全年执行数", "分值", "执行率", "得分", "年度资金总额", "其中：当年财政拨款", "上年结转资金",
                "其他资金", "年度总体目标", "预期目标", "实际完成情况", "绩效指标", "一级指标", "二级指标", "三级指标",
                "年度指标值", "实际完成值", "偏差原因分析及改进措施", "总分", "评价结论", "填报人："}) {
                assertTrue(text.contains(label), example + ": pdftotext output lacks " + label);
            }
            for (String seedOnly : new String[] {"预算执行进度", "单项指标完成情况", "得分系数", "自评得分（"}) {
                assertTrue(!text.substring(0, text.indexOf("附件：审核意见")).contains(seedOnly),
                        example + ": the seed's " + seedOnly + " on a project form");
            }
        }
        String layout = Tools.run(60, "pdftotext", "-enc", "UTF-8", "-layout",
                dir.resolve("2019-hebei-langfang-nuantong.pdf").toString(), "-");
        assertTrue(layout.lines().anyMatch(l -> l.matches(".*年度资金总额\\s+43\\.2\\s+43\\.2\\s+37\\.24\\s+10\\s+"
                + "86\\.2（填报：86）\\s+8\\.62（填报：9）\\s*")),
                "no line '年度资金总额 43.2 43.2 37.24 10 86.2（填报：86） 8.62（填报：9）':\n" + layout);
        assertTrue(layout.lines().anyMatch(l -> l.matches(".*总分\\s+100\\s+97\\.62（计算）\\s*")),
                "no line '总分 100 97.62（计算）'");
        String fonts = Tools.run(60, "pdffonts", dir.resolve("2019-hebei-langfang-nuantong.pdf").toString());
        assertTrue(fonts.lines().skip(2).allMatch(l -> l.isBlank() || l.contains("CID TrueType") && l.contains("yes")),
                "a project form's fonts are embedded subsets:\n" + fonts);
    }
}
