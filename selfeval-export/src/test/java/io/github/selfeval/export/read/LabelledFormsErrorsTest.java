package io.github.selfeval.export.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.selfeval.export.ReadException;
import io.github.selfeval.export.ReadIssue;
import io.github.selfeval.export.ReadLimits;
import io.github.selfeval.export.ReadOptions;
import io.github.selfeval.export.ReadReport;
import io.github.selfeval.export.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What the label engine cannot read is said, with the grid or cell and what was expected: no form, a
 * missing label, text in a number cell, two candidate blocks; strict by default, a lenient read turning
 * an unreadable optional value into an issue. Several forms in one workbook or one document read in order.
 */
class LabelledFormsErrorsTest {

    private static void row(TestGrid g, int r, int c, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null && !cells[i].isEmpty()) {
                g.text(r, c + i, cells[i]);
            }
        }
    }

    /** A small central form from a row on: title, header, money block, goals, indicators, total. */
    private static int central(TestGrid g, int r, String name, String spent) {
        row(g, r, 0, "项目支出绩效自评表");
        row(g, r + 1, 0, "（2022年度）");
        row(g, r + 2, 0, "项目名称", name);
        row(g, r + 3, 0, "主管部门", "某县财政局", "实施单位", "某县某中心");
        row(g, r + 4, 0, "项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分");
        row(g, r + 5, 1, "年度资金总额", "100", "100", spent, "10", "90%", "9");
        row(g, r + 6, 0, "年度总体目标", "预期目标", "实际完成情况");
        row(g, r + 7, 1, "完成改造", "已完成");
        row(g, r + 8, 0, "绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                "偏差原因分析及改进措施");
        row(g, r + 9, 1, "产出指标", "数量指标", "改造面积", "≥100平方米", "100平方米", "90", "90");
        row(g, r + 10, 1, "总分", "", "", "", "", "100", "99");
        return r + 11;
    }

    private static SourceDocument sheet(TestGrid g) {
        return new SourceDocument("t.xlsx", List.of(g.build()));
    }

    @Test
    void aGridWithoutAnyFormIsNoForm() {
        TestGrid g = TestGrid.sheet("数据");
        row(g, 0, 0, "姓名", "金额");
        row(g, 1, 0, "张三", "12");
        ReadException e = assertThrows(ReadException.class, () -> LabelledForms.read(sheet(g), ReadOptions.defaults()));
        assertEquals(ReadException.NO_FORM, e.code());
        assertTrue(e.getMessage().contains("数据") && e.getMessage().contains("一级指标")
                && e.getMessage().contains("central-project"), e.getMessage());
    }

    @Test
    void aMissingMoneyBlockNamesTheGridAndTheLabels() {
        TestGrid h = TestGrid.sheet("Sheet1");
        row(h, 0, 0, "项目支出绩效自评表");
        row(h, 1, 0, "（2022年度）");
        row(h, 2, 0, "项目名称", "改造");
        row(h, 3, 0, "绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分");
        row(h, 4, 1, "产出指标", "数量指标", "改造面积", "≥100平方米", "100平方米", "90", "90");
        ReadException e = assertThrows(ReadException.class, () -> LabelledForms.read(sheet(h), ReadOptions.defaults()));
        assertEquals(ReadException.MISSING_LABEL, e.code());
        assertTrue(e.getMessage().startsWith("Sheet1:") && e.getMessage().contains("全年预算数"), e.getMessage());
    }

    @Test
    void aFormWithoutItsIndicatorHeaderIsAMissingLabelStrictly() {
        TestGrid g = TestGrid.sheet("Sheet1");
        central(g, 0, "改造", "90");
        g.text(8, 1, "指标类别");
        ReadException e = assertThrows(ReadException.class, () -> LabelledForms.read(sheet(g), ReadOptions.defaults()));
        assertEquals(ReadException.MISSING_LABEL, e.code());
        assertTrue(e.getMessage().startsWith("Sheet1: prints") && e.getMessage().contains("一级指标 · 二级指标 · 三级指标"),
                e.getMessage());
        ReadException lenient = assertThrows(ReadException.class,
                () -> LabelledForms.read(sheet(g), ReadOptions.defaults().withLenient(true)));
        assertEquals(ReadException.NO_FORM, lenient.code());
    }

    @Test
    void aMissingTitleYearIsAMissingLabel() {
        TestGrid g = TestGrid.sheet("Sheet1");
        central(g, 0, "改造", "90");
        g.text(1, 0, "（年度）");
        ReadException e = assertThrows(ReadException.class, () -> LabelledForms.read(sheet(g), ReadOptions.defaults()));
        assertEquals(ReadException.MISSING_LABEL, e.code());
        assertTrue(e.getMessage().contains("year"), e.getMessage());
    }

    @Test
    void textInANumberCellIsABadCellStrictlyAndAnIssueWhenLenient() {
        TestGrid g = TestGrid.sheet("Sheet1");
        central(g, 0, "改造", "约九十");
        ReadException e = assertThrows(ReadException.class, () -> LabelledForms.read(sheet(g), ReadOptions.defaults()));
        assertEquals(ReadException.BAD_CELL, e.code());
        assertEquals(Optional.of(SourceLocation.cell("Sheet1", 6, 5)), e.sourceLocation());
        assertTrue(e.getMessage().contains("budget.spent.total") && e.getMessage().contains("约九十"), e.getMessage());

        ReadReport r = LabelledForms.read(sheet(g), ReadOptions.defaults().withLenient(true)).get(0);
        assertEquals(1, r.issues().size(), r.issues().toString());
        ReadIssue issue = r.issues().get(0);
        assertEquals(ReadException.BAD_CELL, issue.code());
        assertEquals("budget.spent.total", issue.path());
        assertEquals(SourceLocation.cell("Sheet1", 6, 5), issue.location());
        assertTrue(r.report().budget().spent().total().isEmpty(), "left out, not guessed");
        assertEquals(0, r.report().budget().budget().total().orElseThrow().compareTo(java.math.BigDecimal.valueOf(100)));
    }

    @Test
    void aBadGradeIsNamedWithItsCell() {
        TestGrid g = TestGrid.sheet("Sheet1");
        central(g, 0, "改造", "90");
        g.text(9, 7, "九十分");
        ReadException e = assertThrows(ReadException.class, () -> LabelledForms.read(sheet(g), ReadOptions.defaults()));
        assertEquals(ReadException.BAD_CELL, e.code());
        assertEquals(Optional.of(SourceLocation.cell("Sheet1", 10, 8)), e.sourceLocation());
        assertTrue(e.getMessage().contains("indicators[0].weightedScore"), e.getMessage());
    }

    @Test
    void twoMoneyBlocksAboveOneTableAreAmbiguous() {
        TestGrid g = TestGrid.sheet("Sheet1");
        central(g, 3, "改造", "90");
        row(g, 0, 0, "项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分");
        row(g, 1, 1, "年度资金总额", "50", "50", "40", "10", "80%", "8");
        ReadException e = assertThrows(ReadException.class, () -> LabelledForms.read(sheet(g), ReadOptions.defaults()));
        assertEquals(ReadException.AMBIGUOUS, e.code());
        assertTrue(e.getMessage().contains("Sheet1!A1") && e.getMessage().contains("Sheet1!A8"), e.getMessage());
    }

    @Test
    void aRowWithValuesButNoNameIsMissingItsLabel() {
        TestGrid h = TestGrid.sheet("Sheet1");
        central(h, 0, "改造", "90");
        FormGrid built = h.build();
        FormGrid.Builder b = FormGrid.forSheet("Sheet1", ReadLimits.DEFAULT);
        for (FormGrid.Position p : built.filled()) {
            if (!(p.row() == 9 && p.column() == 3)) {
                b.put(p.row(), p.column(), built.cell(p.row(), p.column()));
            }
        }
        SourceDocument doc = new SourceDocument("t.xlsx", List.of(b.build()));
        ReadException e = assertThrows(ReadException.class, () -> LabelledForms.read(doc, ReadOptions.defaults()));
        assertEquals(ReadException.MISSING_LABEL, e.code());
        assertTrue(e.getMessage().contains("三级指标"), e.getMessage());
        ReadReport lenient = LabelledForms.read(doc, ReadOptions.defaults().withLenient(true)).get(0);
        assertEquals(ReadException.MISSING_LABEL, lenient.issues().get(0).code());
        assertTrue(lenient.report().indicators().isEmpty());
    }

    @Test
    void aSheetPerProjectGivesAReportPerSheetInOrder() {
        TestGrid a = TestGrid.sheet("项目一");
        central(a, 2, "甲项目", "90");
        TestGrid b = TestGrid.sheet("说明");
        row(b, 0, 0, "填表说明：本表由项目单位填写");
        TestGrid c = TestGrid.sheet("项目二");
        central(c, 0, "乙项目", "80");
        List<ReadReport> read = LabelledForms.read(new SourceDocument("t.xlsx", List.of(a.build(), b.build(), c.build())),
                ReadOptions.defaults());
        assertEquals(List.of("甲项目", "乙项目"), read.stream().map(r -> r.report().project().orElseThrow().name()).toList());
        assertEquals(Optional.of(SourceLocation.cell("项目二", 6, 5)), read.get(1).provenance().get("budget.spent.total"));
    }

    @Test
    void twoFormsStackedInOneSheetAndTwoInADocumentReadInOrder() {
        TestGrid g = TestGrid.sheet("Sheet1");
        int next = central(g, 0, "甲项目", "90");
        central(g, next + 2, "乙项目", "80");
        List<ReadReport> read = LabelledForms.read(sheet(g), ReadOptions.defaults());
        assertEquals(List.of("甲项目", "乙项目"), read.stream().map(r -> r.report().project().orElseThrow().name()).toList());
        assertEquals(1, read.get(0).report().indicators().size());
        assertEquals(1, read.get(1).report().indicators().size());

        List<SourceDocument.Part> parts = new ArrayList<>();
        TestGrid t1 = TestGrid.table(1);
        central(t1, 0, "丙项目", "70");
        TestGrid t2 = TestGrid.table(2);
        central(t2, 0, "丁项目", "60");
        parts.add(new SourceDocument.Paragraph("附件", 0, SourceLocation.paragraph(1)));
        parts.add(t1.build());
        parts.add(new SourceDocument.Paragraph("", 0, SourceLocation.paragraph(2)));
        parts.add(t2.build());
        List<ReadReport> doc = LabelledForms.read(new SourceDocument("t.docx", parts), ReadOptions.defaults());
        assertEquals(List.of("丙项目", "丁项目"), doc.stream().map(r -> r.report().project().orElseThrow().name()).toList());
        assertEquals(Optional.of(SourceLocation.tableCell(2, 6, 5)), doc.get(1).provenance().get("budget.spent.total"));
    }

    @Test
    void aFormSplitOverTwoTablesAtAPageBreakReadsAsOne() {
        TestGrid whole = TestGrid.sheet("x");
        central(whole, 0, "甲项目", "90");
        FormGrid all = whole.build();
        FormGrid.Builder first = FormGrid.forTable(1, ReadLimits.DEFAULT);
        FormGrid.Builder second = FormGrid.forTable(2, ReadLimits.DEFAULT);
        for (FormGrid.Position p : all.filled()) {
            FormGrid.Cell c = all.cell(p.row(), p.column());
            if (p.row() < 9) {
                first.put(p.row(), p.column(), c);
            } else {
                second.put(p.row() - 9, p.column(), c);
            }
        }
        List<ReadReport> read = LabelledForms.read(new SourceDocument("t.docx", List.of(first.build(),
                new SourceDocument.Paragraph("", 0, SourceLocation.paragraph(1)), second.build())), ReadOptions.defaults());
        assertEquals(1, read.size());
        assertEquals(1, read.get(0).report().indicators().size());
        assertEquals(Optional.of(SourceLocation.tableCell(2, 1, 8)), read.get(0).provenance().get("indicators[0].weightedScore"));
        assertEquals(0, read.get(0).report().declaredTotalScore().orElseThrow().compareTo(java.math.BigDecimal.valueOf(99)));
    }

    @Test
    void aHugeSparseGridIsReadByItsFilledCellsOnly() {
        TestGrid g = TestGrid.sheet("Sheet1");
        central(g, 19_000, "改造", "90");
        g.text(0, 250, "远处的单元格");
        g.merge(100, 100, 4_000, 200);
        long start = System.nanoTime();
        List<ReadReport> read = LabelledForms.read(sheet(g), ReadOptions.defaults());
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(1, read.size());
        assertTrue(ms < 5_000, "read in " + ms + " ms");
    }
}
