package io.github.selfeval.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.selfeval.export.ExportOptions;
import io.github.selfeval.model.FormKind;
import io.github.selfeval.model.Grade;
import io.github.selfeval.model.Indicator;
import io.github.selfeval.model.ProjectInfo;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.scoring.RulePacks;
import io.github.selfeval.scoring.ScoreCard;
import io.github.selfeval.scoring.Scorer;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A 项目支出 form (the central template) with 40 indicators and 偏差原因分析及改进措施: the indicator table
 * runs over several landscape pages, repeating its header rows on each, and loses no row.
 */
class LongFormTest {

    private static SelfEvaluation report;
    private static byte[] pdf;

    @BeforeAll
    static void export() throws IOException {
        SelfEvaluation seed = SeedPdf.report();
        List<Indicator> rows = new ArrayList<>();
        String[][] tree = {{"产出指标", "数量指标"}, {"产出指标", "质量指标"}, {"产出指标", "时效指标"},
            {"效益指标", "社会效益指标"}, {"满意度指标", "服务对象满意度指标"}};
        for (int i = 0; i < 39; i++) {
            String[] t = tree[i * tree.length / 39];
            rows.add(Indicator.builder(t[0], t[1], "第" + (i + 1) + "项三级指标")
                    .description("指标说明" + (i + 1)).expected("≥95%").unit("%").actual((90 + i % 10) + "%")
                    .grade(Grade.EXCELLENT).score(new BigDecimal(90 + i % 10)).weight(i < 3 ? "3" : "2.25")
                    .deviationReason(i % 4 == 0 ? "偏差原因" + (i + 1) + "：资金拨付较晚，部分工作顺延。" : null)
                    .improvement(i % 8 == 0 ? "改进措施" + (i + 1) + "：提前谋划，加快进度。" : null)
                    .build());
        }
        rows.add(seed.indicators().get(seed.indicators().size() - 1));
        report = new SelfEvaluation(FormKind.PROJECT, seed.pack(), seed.catalogue(), seed.cover(),
                Optional.of(new ProjectInfo("农村人居环境整治项目", Optional.of("姜各庄镇人民政府"),
                        Optional.of("姜各庄镇农业农村办公室"))),
                seed.details(), seed.moneyUnit(), seed.implementingDepartment(), seed.narrative(), seed.budget(),
                seed.goals(), rows, Optional.empty(), seed.preparer(), seed.phone(), seed.notes(), Optional.empty(), List.of(), Optional.empty(), null,
                Optional.empty());
        ScoreCard card = Scorer.of(RulePacks.standard().get("hebei")).score(report);
        pdf = SeedPdf.export(card, ExportOptions.builder().deterministic(true).build());
        Path out = Path.of("target", "long-form.pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, pdf);
    }

    @Test
    void theHeaderRowsRepeatOnEveryPageOfTheIndicatorTable() throws IOException {
        int tablePages = 0;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                s.setStartPage(p);
                s.setEndPage(p);
                String page = SeedPdf.squeeze(s.getText(doc));
                if (page.contains("项三级指标")) {
                    tablePages++;
                    // The central form's table: 绩效指标, then its columns, on every page.
                    assertTrue(page.contains("绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施"),
                            "page " + p + " has indicator rows but no header");
                    assertTrue(doc.getPage(p - 1).getMediaBox().getWidth() > doc.getPage(p - 1).getMediaBox().getHeight(),
                            "page " + p + " is not landscape");
                }
            }
        }
        assertTrue(tablePages >= 2, "the 40-row table fits on " + tablePages + " page(s); expected it to break");
    }

    @Test
    void everyRowAndExplanationIsThere() throws IOException {
        String text = SeedPdf.squeeze(SeedPdf.text(pdf).replaceAll("— \\d+ —", ""));
        for (Indicator i : report.indicators()) {
            assertTrue(text.contains(SeedPdf.squeeze(i.name())), i.name());
            i.deviationReason().ifPresent(r -> assertTrue(text.contains(SeedPdf.squeeze(r)), r));
            i.improvement().ifPresent(r -> assertTrue(text.contains(SeedPdf.squeeze(r)), r));
        }
        assertTrue(text.contains("项目名称农村人居环境整治项目"), "项目名称");
        assertTrue(text.contains("实施单位姜各庄镇农业农村办公室"), "实施单位");
        assertEquals(1, count(text, "项目支出绩效自评表（2023年度）"));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
