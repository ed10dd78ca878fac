package io.github.selfeval.model.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.selfeval.model.FormKind;
import io.github.selfeval.model.SelfEvalException;
import io.github.selfeval.model.internal.FormJson;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FormDescriptionsTest {

    @Test
    void theStandardFormsLoadAndAreOfTheirKind() {
        FormDescriptions forms = FormDescriptions.standard();
        assertEquals(List.of("central-project", "hebei-department", "hubei-project", "sichuan-project"),
                List.copyOf(forms.ids()));
        assertEquals(FormKind.DEPARTMENT, forms.get("hebei-department").kind());
        assertEquals(FormKind.PROJECT, forms.get("central-project").kind());
        assertEquals(FormKind.PROJECT, forms.get("sichuan-project").kind());
        assertEquals(3, forms.ofKind(FormKind.PROJECT).size());
        assertTrue(forms.get("hubei-project").goals().isEmpty());
        assertEquals("1", forms.get("hubei-project").funds().rateText(io.github.selfeval.model.Percent.HUNDRED));
    }

    @Test
    void theCentralProjectFormHasTheTemplatesColumns() {
        FormDescription d = FormDescriptions.standard().get("central-project");
        assertEquals(List.of("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"),
                d.funds().columns().stream().map(c -> c.label().text()).toList());
        assertEquals(List.of("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"),
                d.funds().rows().stream().map(r -> r.label().text()).toList());
        assertEquals(List.of("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"),
                d.indicators().columns().stream().map(c -> c.label().text()).toList());
        assertTrue(d.funds().scoresExecution());
        assertEquals("总分", d.total().label().text());
        assertEquals(Optional.of("项目资金（元）"), d.funds().sectionText("元", Optional.of(BigDecimal.TEN)));
        assertEquals("产出指标(50分)", d.indicators().blockLabel("产出指标", Optional.of(new BigDecimal("50.0"))));
        assertEquals("产出指标", d.indicators().blockLabel("产出指标", Optional.empty()));
    }

    @Test
    void theSeedsFormHasTheSeedsLabels() {
        FormDescription d = FormDescriptions.standard().get("hebei-department");
        assertFalse(d.funds().scoresExecution());
        assertEquals("其他", d.funds().rows().get(2).label().text());
        assertEquals(Optional.of("二、预算执行情况"), d.funds().sectionText("万元", Optional.empty()));
        assertEquals("目标3：保障", d.goals().orElseThrow().target(3, "保障"));
        assertEquals("得分系数(%)", d.indicators().column(IndicatorTable.Column.Field.SCORE).orElseThrow().label(true).text());
        assertEquals("单项指标得分", d.indicators().column(IndicatorTable.Column.Field.SCORE).orElseThrow().label(false).text());
    }

    @Test
    void sichuanPrintsItsBlockPointsAndCorner() {
        FormDescription d = FormDescriptions.standard().get("sichuan-project");
        assertEquals(Optional.of("预算执行情况（10分）"), d.funds().sectionText("万元", Optional.of(BigDecimal.TEN)));
        assertEquals(Optional.of("预算执行情况"), d.funds().sectionText("万元", Optional.empty()));
        assertEquals(Optional.of("年度预算数（万元）"), d.funds().cornerText("万元"));
        assertEquals("/", d.funds().notApplicable());
    }

    @Test
    void labelsMatchTheirVariantsWhateverTheSpacesAndPunctuation() {
        Label fiscal = FormDescriptions.standard().get("central-project").funds().rows().get(1).label();
        assertTrue(fiscal.matches("其中：当年财政拨款"));
        assertTrue(fiscal.matches("其中:当年财政拨款"));
        assertTrue(fiscal.matches(" 本年 财政拨款 "));
        assertTrue(fiscal.matches("其中：本年一般公共预算拨款"));
        assertFalse(fiscal.matches("上年结转资金"));
        assertFalse(fiscal.matches(""));
        assertTrue(Label.of("预算执行进度(%)").matches("预算执行进度（％）"));
        assertTrue(Label.of("填报人：").matches("填报人"));
    }

    private static String central() throws java.io.IOException {
        try (var in = FormDescriptionsTest.class.getResourceAsStream("/META-INF/selfeval/forms/central-project.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void anUnknownKeyIsRefusedWithItsPath() throws Exception {
        String json = central().replace("\"layout\": \"grid\",", "\"layout\": \"grid\", \"colour\": 1,");
        SelfEvalException e = assertThrows(SelfEvalException.class,
                () -> FormJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "x.json"));
        assertEquals("FORM_INVALID", e.code());
        assertTrue(e.getMessage().contains("$.funds") && e.getMessage().contains("colour"), e.getMessage());
    }

    @Test
    void anUnknownFieldIsRefusedNamingTheKnownOnes() throws Exception {
        String json = central().replace("\"field\": \"project.name\"", "\"field\": \"project.nmae\"");
        SelfEvalException e = assertThrows(SelfEvalException.class,
                () -> FormJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "x.json"));
        assertEquals("FORM_INVALID", e.code());
        assertTrue(e.getMessage().contains("$.header.fields[0].field"), e.getMessage());
        assertTrue(e.getMessage().contains("project.name"), e.getMessage());
    }

    @Test
    void anUnknownFormIsAnErrorNamingTheKnownOnes() {
        SelfEvalException e = assertThrows(SelfEvalException.class, () -> FormDescriptions.standard().get("hubei"));
        assertEquals("FORM_UNKNOWN", e.code());
        assertTrue(e.getMessage().contains("central-project"), e.getMessage());
    }

    @Test
    void aReportNamingAFormOfTheOtherKindIsRefused() {
        var report = io.github.selfeval.model.SelfEvaluation.builder(FormKind.DEPARTMENT)
                .cover(io.github.selfeval.model.Cover.of(2023, "测试镇"))
                .budget(new io.github.selfeval.model.BudgetExecution(Optional.empty(),
                        io.github.selfeval.model.Funds.empty(), Optional.empty(),
                        io.github.selfeval.model.Funds.empty(), Optional.empty()))
                .form("central-project").build();
        SelfEvalException e = assertThrows(SelfEvalException.class, () -> FormDescriptions.standard().forReport(report));
        assertEquals("FORM_KIND_MISMATCH", e.code());
        assertEquals("hebei-department",
                FormDescriptions.standard().forReport(report.toBuilder().form(null).build()).id());
    }

    @Test
    void aFormDefinedTwiceOnTheClassPathNamesBothFiles(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path forms = java.nio.file.Files.createDirectories(dir.resolve("META-INF/selfeval/forms"));
        java.nio.file.Files.writeString(forms.resolve("central-project.json"), central());
        try (var loader = new java.net.URLClassLoader(new java.net.URL[] {dir.toUri().toURL()}, null)) {
            SelfEvalException e = assertThrows(SelfEvalException.class,
                    () -> FormDescriptions.using(loader).get("central-project"));
            assertEquals("FORM_DUPLICATE", e.code());
        }
    }

    @Test
    void aDescriptionThatCannotBeReadIsUnreadable() {
        java.io.InputStream failing = new java.io.InputStream() {
            @Override
            public int read() throws java.io.IOException {
                throw new java.io.IOException("disk gone");
            }
        };
        SelfEvalException e = assertThrows(SelfEvalException.class, () -> FormJson.read(failing, "x.json"));
        assertEquals("FORM_UNREADABLE", e.code());
        assertTrue(e.getMessage().contains("disk gone"), e.getMessage());
    }

    @Test
    void chineseNumeralsUseZeroAsWritten() {
        assertEquals("一", FormNumbers.chinese(1));
        assertEquals("十一", FormNumbers.chinese(11));
        assertEquals("二十三", FormNumbers.chinese(23));
        assertEquals("一百零五", FormNumbers.chinese(105));
        assertEquals("一百一十", FormNumbers.chinese(110));
        assertEquals("一千零一十", FormNumbers.chinese(1010));
    }

    @Test
    void numbersPrintPlainWithoutTrailingZeros() {
        assertEquals("91", FormNumbers.plain(new BigDecimal("91.00")));
        assertEquals("100", FormNumbers.plain(new BigDecimal("1E+2")));
        assertEquals("7.5", FormNumbers.plain(new BigDecimal("7.50")));
        assertEquals("0", FormNumbers.plain(new BigDecimal("0.000")));
        assertEquals("91.02（填报：91）", FormNumbers.withDeclared(Optional.of(new BigDecimal("91.02")),
                Optional.of(new BigDecimal("91"))));
        assertEquals("91", FormNumbers.withDeclared(Optional.of(new BigDecimal("91.00")), Optional.of(new BigDecimal("91"))));
        assertEquals("", FormNumbers.withDeclared(Optional.empty(), Optional.empty()));
    }
}
