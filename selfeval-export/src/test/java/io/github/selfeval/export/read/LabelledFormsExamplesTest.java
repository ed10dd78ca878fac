package io.github.selfeval.export.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.selfeval.export.ReadOptions;
import io.github.selfeval.export.ReadReport;
import io.github.selfeval.export.SourceLocation;
import io.github.selfeval.model.Indicator;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.form.FormDescription;
import io.github.selfeval.model.form.FormDescriptions;
import io.github.selfeval.model.form.IndicatorTable;
import io.github.selfeval.testsupport.Examples;
import io.github.selfeval.testsupport.Seed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The real forms of {@code examples/}, typed into grids cell by cell as their transcriptions in
 * {@code examples/sources/} say they are printed (titles, merged labels, template rows, the units and
 * spellings as printed), read by the label engine and compared with the example's JSON field by field.
 */
class LabelledFormsExamplesTest {

    private static FormDescription form(String id) {
        return FormDescriptions.standard().get(id);
    }

    /** Types one row from a column on; null leaves a cell as it is, "" types nothing. */
    private static void row(TestGrid g, int r, int c, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null && !cells[i].isEmpty()) {
                g.text(r, c + i, cells[i]);
            }
        }
    }

    private static ReadReport readOne(SourceDocument doc) {
        List<ReadReport> read = LabelledForms.read(doc, ReadOptions.defaults());
        assertEquals(1, read.size(), "one form");
        return read.get(0);
    }

    private static void assertReads(SelfEvaluation expected, ReadReport read) {
        List<String> d = SameReport.differences(expected, read.report());
        assertTrue(d.isEmpty(), () -> "differs from the example:\n  " + String.join("\n  ", d));
    }

    @Test
    void shanghaiCentralFormInYuan() {
        TestGrid g = TestGrid.sheet("Sheet1");
        row(g, 0, 0, "财政项目支出绩效自评表");
        g.merge(0, 0, 0, 8);
        row(g, 1, 0, "(2022 年度)");
        g.merge(1, 0, 1, 8);
        row(g, 2, 0, "项目名称", "普陀体育中心与委托运营方结算费用");
        g.merge(2, 1, 2, 8);
        row(g, 3, 0, "主管部门", "上海市普陀区体育局", "", "", "", "实施单位", "上海市普陀区体育事业管理中心");
        g.merge(3, 1, 3, 4).merge(3, 6, 3, 8);
        row(g, 4, 0, "项目资金 (元)", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分");
        g.merge(4, 0, 8, 0);
        row(g, 5, 1, "年度资金总额", "250000.00", "250000.00", "215,457.6", "10", "86.19%", "8.62");
        row(g, 6, 1, "其中:当年财政拨款", "250000.00", "250000.00", "215457.6", "—");
        g.merge(6, 5, 6, 7);
        row(g, 7, 1, "上年结转资金", "0", "0", "", "—");
        g.merge(7, 5, 7, 7);
        row(g, 8, 1, "其他资金", "0", "0", "", "—");
        g.merge(8, 5, 8, 7);
        row(g, 9, 0, "年度 总体 目标", "预期目标", "", "", "", "实际完成情况");
        g.merge(9, 0, 10, 0).merge(9, 1, 9, 4).merge(9, 5, 9, 8);
        row(g, 10, 5, "已完成普陀体育中心与委托运营方费用结算。");
        g.merge(10, 1, 10, 4).merge(10, 5, 10, 8);
        row(g, 11, 0, "绩 效 指 标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                "偏差原因分析及改进措施");
        g.merge(11, 0, 17, 0);
        row(g, 12, 1, "产出指标", "数量指标", "与委托运营方结算完成率", "=100%", "100%", "10", "10");
        g.merge(12, 1, 14, 1);
        row(g, 13, 2, "质量指标", "合同结算条款完成率", "=100%", "100%", "20", "20");
        row(g, 14, 2, "时效指标", "费用结算及时性", "及时", "及时", "20", "20");
        row(g, 15, 1, "效益指标", "社会效益指标", "与委托运营方合同完成率", "=100%", "100%", "30", "30");
        row(g, 16, 1, "满意度指标", "服务对象满意度指标", "场馆开放满意度", ">=90%", "100%", "10", "10");
        row(g, 17, 1, "总分", "", "", "", "", "100", "98.62");
        g.merge(17, 1, 17, 5);
        g.wrote("budget.spent.total", 5, 4).wrote("indicators[4].expected", 16, 4).wrote("declaredTotalScore", 17, 7);
        ReadReport read = readOne(new SourceDocument("shanghai.xlsx", List.of(g.build())));
        assertEquals("central-project", read.formId());
        FormDescription d = form("central-project");
        assertReads(Shown.of(Examples.report("2022-shanghai-putuo-tiyu.json"), d, d.indicators().columns()), read);
        g.wrote.forEach((path, at) -> assertEquals(Optional.of(at), read.provenance().get(path), path));
    }

    @Test
    void hebei2019CentralFormWithTemplateRowsAndNoTotal() {
        TestGrid g = TestGrid.sheet("附件1");
        row(g, 0, 0, "附件1");
        row(g, 1, 0, "项目支出绩效自评表");
        g.merge(1, 0, 1, 8);
        row(g, 2, 0, "2019年度)");
        row(g, 3, 0, "项目名称", "办公宿舍楼、食堂及餐厅暖通改造经费");
        row(g, 4, 0, "主管部门", "廊坊市发改委");
        row(g, 5, 0, "实施单位", "廊坊市食品工程学校");
        row(g, 6, 0, "项目资金(万元)");
        row(g, 7, 1, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分");
        row(g, 8, 0, "年度资金总额", "43.2", "43.2", "37.24", "10", "86%", "9");
        row(g, 9, 0, "其中:当年财政拨款", "43.2", "43.2", "37.24");
        g.merge(9, 4, 9, 6);
        row(g, 10, 0, "上年结转资金");
        g.merge(10, 4, 10, 6);
        row(g, 11, 0, "其他资金");
        g.merge(11, 4, 11, 6);
        row(g, 12, 0, "年度总体目标");
        row(g, 13, 0, "预期目标", "", "", "实际完成情况");
        row(g, 14, 0, "43.2", "", "", "37.24");
        row(g, 15, 0, "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施");
        String[][] rows = {
            {"产出指标", "数量指标", "指标1工程资金金额", "43.2", "37.24", "10", "9", "已完工,剩余3%尾款未付,且最高限价低于预算金额。提高预算准确度。"},
            {"", "", "指标2"}, {"", "", "……"},
            {"", "质量指标", "指标1工程完工率", "100", "100", "10", "10"},
            {"", "", "指标2工程验收合格率", "100", "100", "10", "10"}, {"", "", "……"},
            {"", "时效指标", "指标1项目完成及时率", "100", "100", "10", "10"}, {"", "", "指标2"}, {"", "", "……"},
            {"", "成本指标", "指标1成本控制率", "100", "100", "10", "10"}, {"", "", "指标2"}, {"", "", "……"},
            {"效益指标", "经济效益指标", "指标1安全率", "100", "100", "10", "10", "0"}, {"", "", "指标2"}, {"", "", "……"},
            {"", "社会效益指标", "指标1学校发展能力", "100", "100", "10", "10", "0"}, {"", "", "指标2"}, {"", "", "……"},
            {"", "生态效益指标", "指标1"}, {"", "", "指标2"}, {"", "", "……"},
            {"效益指标", "可持续影响指标", "指标1长期使用性", "100", "100", "10", "10"}, {"", "", "指标2"}, {"", "", "……"},
            {"满意度指标", "服务对象满意度指标", "指标1学生满意度", "100", "100", "10", "10", "0"},
        };
        for (int i = 0; i < rows.length; i++) {
            row(g, 16 + i, 0, rows[i]);
        }
        // the 一级 labels merged down as printed: 产出指标 over its twelve rows
        g.merge(16, 0, 27, 0).merge(28, 0, 36, 0);
        ReadReport read = readOne(new SourceDocument("langfang.xls", List.of(g.build())));
        assertEquals("central-project", read.formId());
        FormDescription d = form("central-project");
        assertReads(Shown.of(Examples.report("2019-hebei-langfang-nuantong.json"), d, d.indicators().columns()), read);
        assertEquals(Optional.of(SourceLocation.cell("附件1", 17, 1)), read.provenance().get("indicators[2].level1"),
                "a merged 一级 label is where it was typed");
    }

    @Test
    void hubeiFormWithGoalBlocksNoWeightColumnAndARatio() {
        TestGrid g = TestGrid.table(1);
        row(g, 0, 0, "2020年度长江禁捕项目自评表");
        g.merge(0, 0, 0, 6);
        row(g, 1, 0, "单位名称:农业工作科", "", "", "", "填报日期:");
        row(g, 2, 0, "项目名称", "渔业成品油价格改革补贴");
        g.merge(2, 1, 2, 6);
        row(g, 3, 0, "主管部门", "区市场监督管理局", "", "项目实施单位", "农业科");
        row(g, 4, 0, "项目类别", "1、部门预算项目0 2、市直专项口 3、市对下转移支付项目0");
        row(g, 5, 0, "预算执行情况(万元)(20分)");
        g.merge(5, 0, 5, 6);
        row(g, 6, 0, "", "预算数(A)", "执行数(B)", "执行率(B/A)", "得分(20分*执行率)");
        row(g, 7, 0, "年度财政资金总额", "1.56", "1.56", "1", "20");
        row(g, 8, 0, "年度绩效目标", "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分");
        row(g, 9, 0, "年度绩效目标1", "产出指标", "数量指标", "补贴渔船数", "6", "6", "20");
        row(g, 10, 2, "质量指标", "渔船补贴发放率", "100%", "100%", "10");
        row(g, 11, 2, "时效指标", "12月底之前完成", "100%", "100%", "10");
        row(g, 12, 1, "满意度指标", "服务对象满意度", "退捕渔民抽样调查满意度", "90%", "≥90%", "40");
        g.merge(9, 0, 12, 0).merge(9, 1, 11, 1);
        row(g, 13, 0, "总分", "", "", "", "", "", "100");
        g.merge(13, 0, 13, 5);
        row(g, 14, 0, "偏差大或目标未完成原因分析", "无");
        g.merge(14, 1, 14, 6);
        row(g, 15, 0, "改进措施及结果应用方案", "无");
        g.merge(15, 1, 15, 6);
        row(g, 16, 0, "备注:1 .预算执行情况口径:预算数为调整后财政资金总额(包括上年结余结转),执行数为资金使用单位财政资金实际支出数。"
                + "2 .定量指标完成数汇总原则:绝对值直接累加计算,相对值按照资金额度加权平均计算。定量指标计分原则:正向指标(即目标值为≥X,"
                + "得分=权重*B/A),反向指标(即目标值为≤X,得分=权重*A/B),得分不得突破权重总额。定量指标先汇总完成数,再计算得分。"
                + "3 .定性指标计分原则:达成预期指标、部分达成预期指标、未达成预期指标三档,分别按照该指标对应分值区间100%-80%、80%-50%、"
                + "50%-0%合理确定分值。");
        g.merge(16, 0, 16, 6);
        ReadReport read = readOne(new SourceDocument("changjiang.docx", List.of(g.build())));
        assertEquals("hubei-project", read.formId());
        FormDescription d = form("hubei-project");
        List<IndicatorTable.Column> printed = d.indicators().columns().stream()
                .filter(c -> c.field() != IndicatorTable.Column.Field.WEIGHT).toList();
        // the goal block's points are unreadable in the copy (年度绩效目标1(?0分)): typed without them, as the example has none
        assertReads(Shown.of(Examples.report("2020-hubei-changjiang-jinbu.json"), d, printed), read);
        assertEquals("100", read.report().budget().declaredExecutionRate().orElseThrow().points().stripTrailingZeros()
                .toPlainString(), "the ratio 1 is 100 percent points");
        assertEquals(Optional.of(SourceLocation.tableCell(1, 8, 4)), read.provenance().get("budget.declaredExecutionRate"));
    }

    @Test
    void sichuanPlatformForm() {
        TestGrid g = TestGrid.sheet("510000_0013zp");
        row(g, 0, 0, "部门预算项目支出绩效自评表(2023年度)");
        g.merge(0, 0, 0, 9);
        row(g, 1, 0, "项目名称", "51000021R000000019951-工资性支出");
        g.merge(1, 1, 1, 9);
        row(g, 2, 0, "主管部门", "青神县发展和改革局本级", "", "", "", "实施单位 (盖章)", "青神县发展和改革局");
        row(g, 3, 0, "项目基本情况");
        row(g, 4, 0, "1.项目年度目标完成情况", "项目年度目标", "", "", "", "年度目标完成情况");
        g.merge(4, 1, 4, 4).merge(4, 5, 4, 9);
        row(g, 5, 1, "严格执行相关政策,保障工资及时、足额发放或社保及时、足额缴纳,预算编制科学合理,减少结余资金。", "", "", "",
                "对照年度目标,说明相关任务目标的完成情况(100字以内)");
        g.merge(5, 1, 5, 4).merge(5, 5, 5, 9).merge(4, 0, 5, 0);
        row(g, 6, 0, "2.项目实施内容及过程概述");
        row(g, 7, 0, "预算执行情况(10分)");
        String foot = "1.预算执行率=预算执行数/调整后预算数,预算执行率未达到90%的需说明原因(100字以内);2.年中发生预算调整的(追加或调减),"
                + "应单独说明理由;3.其他资金包括:社会投入资金、银行贷款.";
        row(g, 8, 0, "年度预算数(万元)", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因");
        row(g, 9, 0, "总额", "238.93", "251.89", "251.89", "100.00%", "10", "", foot);
        row(g, 10, 0, "其中:财政资金", "238.93", "251.89", "251.89", "100.00%", "/", "/");
        row(g, 11, 0, "财政专户管理资金", "0.00", "0.00", "0.00", "0.00%", "/", "/");
        row(g, 12, 0, "单位资金", "0.00", "0.00", "0.00", "0.00%", "/", "/");
        row(g, 13, 0, "其他资金", "", "", "", "", "/", "/");
        row(g, 14, 0, "绩效指标(90分)");
        row(g, 15, 0, "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析");
        row(g, 16, 0, "产出指标", "数量指标", "发放(缴纳)覆盖率", "=", "100", "%", "", "60");
        row(g, 17, 0, "效益指标", "社会效益指标", "足额保障率(参保率)", "=", "100", "%", "", "30");
        row(g, 18, 0, "合计", "", "", "", "", "", "", "100");
        row(g, 19, 0, "评价结论", "结合自评情况,说明项目自评总分,说明项目实施取得的成效或成果。(200字以内)");
        row(g, 20, 0, "存在问题", "结合自评情况,分析存在的问题及原因。(200字以内)");
        row(g, 21, 0, "改进措施", "针对项目自评中发现的问题,提出下一步改进完善的意见及有关政策性建议。(200字以内)");
        row(g, 22, 0, "项目负责人:", "", "", "", "财务负责人:");
        ReadReport read = readOne(new SourceDocument("qingshen.xlsx", List.of(g.build())));
        assertEquals("sichuan-project", read.formId());
        FormDescription d = form("sichuan-project");
        SelfEvaluation example = Examples.report("2023-sichuan-qingshen-gongzi.json");
        // The footnote in the 原因 cell is the template's 说明 (sichuan-project: explanationHoldsNotes), read as the
        // form's notes as the transcription keeps them; 合计's 权重 column prints 100 (declaredMaxScore).
        SelfEvaluation printed = example;
        assertReads(Shown.of(printed, d, d.indicators().columns()), read);
    }

    @Test
    void seedDepartmentReportAsAWordDocument() {
        SelfEvaluation seed = Seed.report();
        List<SourceDocument.Part> parts = new ArrayList<>();
        int[] p = {0};
        java.util.function.BiConsumer<String, Integer> para = (t, level) ->
                parts.add(new SourceDocument.Paragraph(t, level, SourceLocation.paragraph(++p[0])));
        for (String l : seed.cover().titleLines()) {
            para.accept(l, 1);
        }
        para.accept("姜各庄镇人民政府部门编制 ( 盖章 )", 0);
        para.accept("2024 年 4 月 15 日", 0);
        para.accept("2023 年度姜各庄镇人民政府整体绩效自评工作报告", 1);
        para.accept("(参考提纲)", 0);
        FormDescription d = form("hebei-department");
        para.accept(d.report().overview(), 1);
        seed.narrative().overview().paragraphs().forEach(t -> para.accept(t, 0));
        para.accept(d.report().goalsAndIndicators(), 1);
        seed.narrative().goalsAndIndicators().forEach(t -> para.accept(t, 0));
        para.accept(d.report().performanceAnalysis(), 1);
        seed.narrative().performanceAnalysis().forEach(s -> {
            para.accept(s.title(), 2);
            s.paragraphs().forEach(t -> para.accept(t, 0));
        });
        para.accept("2023 年度部门整体绩效自评表", 2);
        parts.add(seedTable(seed));
        para.accept("说 明:", 0);
        for (int i = 0; i < seed.notes().size(); i++) {
            para.accept((i + 1) + ". " + seed.notes().get(i), 0);
        }
        para.accept("四、存在问题", 1);
        seed.narrative().problems().forEach(t -> para.accept(t, 0));
        para.accept("五、相关建议、改进措施及结果应用", 1);
        seed.narrative().suggestions().forEach(t -> para.accept(t, 0));

        ReadReport read = readOne(new SourceDocument("seed.docx", parts));
        assertEquals("hebei-department", read.formId());
        SelfEvaluation got = read.report();
        SelfEvaluation shown = Shown.of(seed, d, d.indicators().columns().stream()
                .filter(c -> c.field() != IndicatorTable.Column.Field.DEVIATION_REASON).toList());
        List<String> diff = SameReport.differences(Narratives2.withNarrativeAndCover(shown, seed), got);
        // the overview's figures (申请预算资金 3746.68 万元 …) are in its text; the engine keeps the text only
        diff.removeIf(x -> x.startsWith("narrative.overview.") && !x.startsWith("narrative.overview.paragraphs"));
        // 编制单位 is printed as 姜各庄镇人民政府部门编制（盖章）, not as the description's 编制单位（盖章）： label
        diff.removeIf(x -> x.startsWith("cover.preparingUnit"));
        assertTrue(diff.isEmpty(), () -> "differs from the seed:\n  " + String.join("\n  ", diff));
        assertEquals(Optional.of(SourceLocation.paragraph(10)), read.provenance().get("narrative.overview.paragraphs[0]"));
    }

    /** The seed's 自评表 as its Word table: 一 to 四 down the left, the money groups, goals, the indicators. */
    private static FormGrid seedTable(SelfEvaluation seed) {
        TestGrid g = TestGrid.table(1);
        row(g, 0, 0, "一、 基本 情况", "实施 主管 部门", "", "", "金额单 位", "", "万元");
        g.merge(0, 1, 0, 2).merge(0, 4, 0, 5).merge(0, 6, 0, 12);
        row(g, 1, 0, "二、 预算 执行 情况", "预算 安排 情况 (调 整 后)", "", "资金到位情况", "", "资金执行情况", "", "预算执行进度(%)");
        g.merge(1, 0, 4, 0).merge(1, 1, 1, 2).merge(1, 3, 1, 4).merge(1, 5, 1, 6);
        row(g, 2, 1, "预算 数", "3746. 68", "到位 数", "2819.17", "执行数", "2819.17");
        row(g, 3, 1, "其中： 财政 资金", "3746.68", "其中： 财政 资金", "2819.17", "其中:财政资金", "2819.17");
        row(g, 4, 1, "其他", "", "其他", "", "其他", "");
        g.merge(2, 7, 4, 7);
        row(g, 5, 0, "三、目标完成情况", "年度预期目标", "", "", "具体完成情况", "", "", "总体完成率(%)");
        var goals = seed.goals().items();
        g.merge(5, 0, 5 + goals.size(), 0);
        for (int i = 0; i < goals.size(); i++) {
            int n = i + 1;
            row(g, 6 + i, 1, goals.get(i).target().map(t -> "目标 " + n + "：" + t).orElse(""), "", "",
                    goals.get(i).completion().map(t -> "目标 " + n + " 完成情况：" + t).orElse(""));
            g.merge(6 + i, 1, 6 + i, 3).merge(6 + i, 4, 6 + i, 6);
        }
        g.text(6, 7, "95%");
        g.merge(6, 7, 5 + goals.size(), 7);
        int h = 6 + goals.size();
        row(g, h, 0, "四、 年度 绩效 指标 完成 情况", "一级 指标", "二级 指标", "三级 指标", "指标 说明", "预 期 指 标 值", "",
                "单 位(文 字描述)", "单 项指 标实际 完成值", "单 项指 标完 成 情 况", "自评得分");
        g.merge(h, 5, h, 6).merge(h, 10, h, 12);
        row(g, h + 1, 5, "符 号", "值");
        row(g, h + 1, 10, "单 项 指 标 得 分", "权 重 占 比 (%)", "单项 指标 折算 得分");
        for (int c : new int[] {1, 2, 3, 4, 7, 8, 9}) {
            g.merge(h, c, h + 1, c);
        }
        List<Indicator> inds = seed.indicators();
        int r0 = h + 2;
        for (int i = 0; i < inds.size(); i++) {
            Indicator x = inds.get(i);
            int r = r0 + i;
            boolean newL1 = i == 0 || !inds.get(i - 1).level1().equals(x.level1());
            boolean newL2 = newL1 || !inds.get(i - 1).level2().equals(x.level2());
            row(g, r, 1, newL1 ? x.level1() : "", newL2 ? x.level2() : "", x.name(), x.description().orElse(""),
                    x.comparison().map(c -> c.symbol()).orElse(""), x.expected().orElse(""), x.unit().orElse(""),
                    x.actual().orElse(""), x.grade().map(gr -> gr.label()).orElse(""),
                    x.score().map(v -> v.toPlainString()).orElse(""), x.weight().map(v -> v.toPlainString()).orElse(""),
                    x.weightedScore().map(v -> v.toPlainString()).orElse(""));
        }
        g.merge(h, 0, r0 + inds.size() - 1, 0);
        int t = r0 + inds.size();
        row(g, t, 0, "自评得分", "", "", "", "", "", "", "", "", "", "", "", "91");
        g.merge(t, 0, t, 10);
        row(g, t + 1, 0, "填报人:", "樊琪", "", "", "联系电话: 4800291");
        return g.build();
    }
}
