package io.github.selfeval.export.docx;

import static io.github.selfeval.export.docx.WordFixtures.C;

import java.util.ArrayList;
import java.util.List;

/**
 * The seed report ({@code /work/shared/seed/000_60cd664973a526bf.txt}, the 2023 姜各庄镇 部门整体 自评报告) as
 * a unit's Word document has it, built with XWPF: the title, headings 一 to 五 (heading 1) with the
 * sub-sections of 三 (a Chinese-named 标题 2 style), the 自评表 as one Word table on a 13-column grid
 * laid out as the seed prints it (一 to 四 down the first column, the budget groups, 预算执行进度 merged
 * down three rows, the goals, 一级/二级 merged down, 预期指标值 and 自评得分 across), then 说明, 四 and 五.
 */
final class SeedWordDocument {

    static final String TABLE_TITLE = "2023年度部门整体绩效自评表";
    static final List<String> HEADINGS_1 = List.of("一、部门整体概况", "二、部门整体绩效目标和绩效指标设定情况",
            "三、绩效实现情况分析", "四、存在问题", "五、相关建议、改进措施及结果应用");

    private SeedWordDocument() {
    }

    static List<List<C>> table() {
        List<List<C>> rows = new ArrayList<>();
        rows.add(List.of(C.span(TABLE_TITLE, 13)));
        rows.add(List.of(C.of("一、基本情况"), C.span("实施主管部门", 2), C.span("姜各庄镇人民政府", 5), C.span("金额单位", 2),
                C.span("万元", 3)));
        rows.add(List.of(C.down("二、预算执行情况"), C.span("预算安排情况（调整后）", 3), C.span("资金到位情况", 3),
                C.span("资金执行情况", 3), C.span("预算执行进度(%)", 3)));
        rows.add(List.of(C.cont(), C.of("预算数"), C.span("3746.68", 2), C.of("到位数"), C.span("2819.17", 2), C.of("执行数"),
                C.span("2819.17", 2), C.downSpan("75.24%", 3)));
        rows.add(List.of(C.cont(), C.of("其中：财政资金"), C.span("3746.68", 2), C.of("其中：财政资金"), C.span("2819.17", 2),
                C.of("其中：财政资金"), C.span("2819.17", 2), C.contSpan(3)));
        rows.add(List.of(C.cont(), C.of("其他"), C.span("", 2), C.of("其他"), C.span("", 2), C.of("其他"), C.span("", 2),
                C.contSpan(3)));
        rows.add(List.of(C.down("三、目标完成情况"), C.span("年度预期目标", 5), C.span("具体完成情况", 4), C.span("总体完成率(%)", 3)));
        rows.add(List.of(C.cont(), C.span("目标1：达到社会长治久安，社会和谐稳定。", 5),
                C.span("目标1完成情况：信访案件化解率达100%，将群众矛盾化解在基层。", 4), C.downSpan("95%", 3)));
        rows.add(List.of(C.cont(), C.span("目标2：解决困难群众的生活困难，帮助度过生活难关。", 5),
                C.span("目标2完成情况：对符合政策的精减老弱残职工和农村特困人员发放生活补助，补贴发放及时率100%。", 4), C.contSpan(3)));
        rows.add(List.of(C.down("四、年度绩效指标完成情况"), C.down("一级指标"), C.down("二级指标"), C.down("三级指标"),
                C.down("指标说明"), C.span("预期指标值", 2), C.down("单位(文字描述)"), C.down("单项指标实际完成值"),
                C.down("单项指标完成情况"), C.span("自评得分", 3)));
        rows.add(List.of(C.cont(), C.cont(), C.cont(), C.cont(), C.cont(), C.of("符号"), C.of("值"), C.cont(), C.cont(),
                C.cont(), C.of("单项指标得分"), C.of("权重占比(%)"), C.of("单项指标折算得分")));
        rows.add(List.of(C.cont(), C.down("产出指标"), C.down("数量指标"), C.of("项目支出钱数（万元）"), C.of(""), C.of("="),
                C.of("2819.17"), C.of("万元"), C.of("2819.17"), C.of("优"), C.of("90"), C.of("20"), C.of("18")));
        rows.add(List.of(C.cont(), C.cont(), C.cont(), C.of("补贴资金发放及时率"), C.of(""), C.of("="), C.of("100%"),
                C.of("百分号"), C.of("100%"), C.of("优"), C.of("90"), C.of("10"), C.of("9")));
        rows.add(List.of(C.cont(), C.cont(), C.of("时效指标"), C.of("工作按时完成率"), C.of(""), C.of("="), C.of("100%"),
                C.of("百分号"), C.of("100%"), C.of("优"), C.of("90"), C.of("10"), C.of("9")));
        rows.add(List.of(C.cont(), C.of("满意度指标"), C.of("服务对象满意度指标"), C.of("群众满意度"), C.of(""), C.of("≥"),
                C.of("98%"), C.of("百分号"), C.of("98%"), C.of("优"), C.of("95"), C.of("10"), C.of("9.5")));
        rows.add(List.of(C.span("自评得分", 10), C.span("91", 3)));
        rows.add(List.of(C.span("填报人：", 2), C.span("樊琪", 4), C.span("联系电话：", 3), C.span("4800291", 4)));
        return rows;
    }

    static byte[] docx() {
        return new WordFixtures.Doc()
                .styled("Title", "2023年度姜各庄镇人民政府整体绩效自评工作报告")
                .paragraph("(参考提纲)")
                .styled("Heading1", HEADINGS_1.get(0))
                .paragraph("本部门 2023 年度申请预算资金 3746.68 万元，实际支出 2819.17 万元，预算执行率 75.24%。")
                .styled("Heading1", HEADINGS_1.get(1))
                .paragraph("坚决贯彻落实县委、县政府的工作安排，坚持稳中求进。")
                .paragraph("抓保障促民生改善。加强多元化社会救助。")
                .styled("Heading1", HEADINGS_1.get(2))
                .styled("ZhHeading", "（一）党员和党组织建设")
                .paragraph("加强领导班子建设；加强非公经济组织和社会组织党建工作。")
                .styled("ZhHeading", "（二）干部管理")
                .paragraph("完成领导班子和领导干部年度综合考评工作。")
                .paragraph("")
                .paragraph(TABLE_TITLE)
                .table(13, table())
                .paragraph("说明：")
                .paragraph("1. 预算项目自评得分由各单项指标的折算得分合计而成，满分为 100 分。")
                .styled("Heading1", HEADINGS_1.get(3))
                .paragraph("思想认识应提升。")
                .styled("Heading1", HEADINGS_1.get(4))
                .paragraph("1、对相关人员加强培训。")
                .paragraph("2、加强对预算绩效自评宣传培训和交流调研工作。")
                .bytes();
    }
}
