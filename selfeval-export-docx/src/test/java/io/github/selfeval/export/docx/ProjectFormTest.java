package io.github.selfeval.export.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.selfeval.export.ExportOptions;
import io.github.selfeval.export.testing.ContractFixtures;
import io.github.selfeval.model.SelfEvaluationJson;
import io.github.selfeval.model.form.FormNumbers;
import io.github.selfeval.scoring.ScoreCard;
import io.github.selfeval.testsupport.Seed;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/**
 * A real published 项目支出绩效自评表 (Shanghai 普陀 2022, {@code examples/2022-shanghai-putuo-tiyu.json}) laid out
 * from the central project form's description, read back with POI.
 */
class ProjectFormTest {

    static final String EXAMPLE = "2022-shanghai-putuo-tiyu.json";

    static ScoreCard card() {
        return ContractFixtures.score(SelfEvaluationJson.read(Seed.example(EXAMPLE)));
    }

    @Test
    void titleAndFundsBlockFollowTheCentralForm() throws Exception {
        ScoreCard card = card();
        try (XWPFDocument doc = SeedDocx.open(SeedDocx.export(card, ExportOptions.defaults()))) {
            List<String> titles = doc.getParagraphs().stream().filter(p -> "FormTitle".equals(p.getStyleID()))
                    .map(XWPFParagraph::getText).toList();
            assertEquals(List.of("项目支出绩效自评表", "（2022年度）"), titles);
            // The report is only its form: no empty sections 一 to 五 of 「无。」 around it (issue 10).
            assertTrue(doc.getParagraphs().stream().noneMatch(p -> "Heading1".equals(p.getStyleID())
                    && p.getText().matches("^[一二三四五]、.*")), "a report without narrative prints no sections 一 to 五");
            assertTrue(doc.getParagraphs().stream().noneMatch(p -> p.getText().equals("无。")), "no 「无。」 sections");

            XWPFTable t = DocxReading.tableStartingWith(doc, "项目名称");
            assertEquals(8, DocxReading.columns(t));
            assertEquals("普陀体育中心与委托运营方结算费用", DocxReading.gridText(t, 0, 1));
            assertEquals("上海市普陀区体育局", DocxReading.gridText(t, 0, 5));
            // 项目资金（元） merged down the header row and the four source rows.
            assertEquals("项目资金（元）", DocxReading.text(DocxReading.cellAt(t.getRow(2), 0)));
            assertTrue(DocxReading.startsMerge(DocxReading.cellAt(t.getRow(2), 0)));
            for (int r = 3; r <= 6; r++) {
                assertTrue(DocxReading.continuesMerge(DocxReading.cellAt(t.getRow(r), 0)), "row " + r);
            }
            assertEquals("年初预算数", DocxReading.gridText(t, 2, 2));
            assertEquals("分值", DocxReading.gridText(t, 2, 5));
            assertEquals("年度资金总额", DocxReading.gridText(t, 3, 1));
            assertEquals("250000", DocxReading.gridText(t, 3, 3));
            assertEquals("215457.6", DocxReading.gridText(t, 3, 4));
            assertEquals("10", DocxReading.gridText(t, 3, 5));
            var score = card.budgetScore().orElseThrow();
            assertEquals(FormNumbers.withDeclared(java.util.Optional.of(score.score()),
                    card.report().budget().declaredScore()), DocxReading.gridText(t, 3, 7));
            assertEquals("其中：当年财政拨款", DocxReading.gridText(t, 4, 1));
            for (int r = 4; r <= 6; r++) {
                assertEquals("—", DocxReading.gridText(t, r, 5), "分值 of a source row");
                assertEquals("—", DocxReading.gridText(t, r, 7), "得分 of a source row");
            }
        }
    }

    @Test
    void indicatorTableEndsWith总分AndTheTextBlocks() throws Exception {
        ScoreCard card = card();
        try (XWPFDocument doc = SeedDocx.open(SeedDocx.export(card, ExportOptions.defaults()))) {
            XWPFTable t = DocxReading.tableStartingWith(doc, "绩效指标");
            assertEquals(8, DocxReading.columns(t));
            assertEquals("年度指标值", DocxReading.gridText(t, 1, 3));
            assertEquals("=100%", DocxReading.gridText(t, 2, 3));
            int n = card.indicators().size();
            int total = 2 + n;
            assertEquals("总分", DocxReading.gridText(t, total, 0));
            assertEquals(FormNumbers.plain(card.weightSum()), DocxReading.gridText(t, total, 5));
            assertEquals("100", DocxReading.gridText(t, total, 5), "10 for the funds block and 90 for the rows");
            assertEquals(FormNumbers.withDeclared(java.util.Optional.of(card.totalScore()),
                    card.report().declaredTotalScore()), DocxReading.gridText(t, total, 6));
            assertEquals("评价结论", DocxReading.gridText(t, total + 1, 0));
            assertEquals("偏差大或目标未完成原因分析", DocxReading.gridText(t, total + 4, 0));
            assertEquals("填报人：", DocxReading.gridText(t, total + 5, 0));
            assertEquals(total + 6, t.getNumberOfRows());
        }
    }
}
