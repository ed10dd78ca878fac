package io.github.selfeval.testsupport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.selfeval.model.BudgetExecution;
import io.github.selfeval.model.Cover;
import io.github.selfeval.model.FormKind;
import io.github.selfeval.model.Funds;
import io.github.selfeval.model.Goal;
import io.github.selfeval.model.Goals;
import io.github.selfeval.model.Grade;
import io.github.selfeval.model.Indicator;
import io.github.selfeval.model.Percent;
import io.github.selfeval.model.ProjectInfo;
import io.github.selfeval.model.ReportValidationException;
import io.github.selfeval.model.ReportViolation;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.SelfEvaluationJson;
import io.github.selfeval.model.SelfEvaluations;
import io.github.selfeval.testsupport.Seed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules across fields, and what is deliberately not a validation error (arithmetic is audit). */
class ValidationRulesTest {

    private static final SelfEvaluation SEED = SelfEvaluationJson.read(Seed.path());

    private static SelfEvaluation withRows(List<Indicator> rows) {
        return SEED.toBuilder().indicators(rows).build();
    }

    private static List<String> codesAndPaths(SelfEvaluation report) {
        return SelfEvaluations.violations(report, Locale.ENGLISH).stream().map(v -> v.code() + "@" + v.path()).toList();
    }

    @Test
    void arithmeticDisagreementsAreNotValidationErrors() {
        List<Indicator> rows = new ArrayList<>(SEED.indicators());
        rows.set(0, rows.get(0).toBuilder().weight("25").weightedScore("3").grade(Grade.POOR).build());
        SelfEvaluation report = withRows(rows).toBuilder()
                .declaredTotalScore(new BigDecimal("12.5"))
                .budget(new BudgetExecution(Optional.empty(), Funds.of(new BigDecimal("10"), new BigDecimal("8"),
                        new BigDecimal("7")), Optional.empty(), Funds.of(new BigDecimal("20")),
                        Optional.of(Percent.of("33"))))
                .build();
        assertEquals(List.of(), codesAndPaths(report),
                "weights ≠ 100, 折算 ≠ 得分 × 权重, grade outside its band, total ≠ fiscal + other, spent > budget");
    }

    @Test
    void duplicateNamesAreComparedStrippedAndOnlyUnderTheSameParent() {
        List<Indicator> rows = new ArrayList<>(SEED.indicators());
        Indicator first = rows.get(0);
        rows.add(1, Indicator.builder(" " + first.level1(), first.level2(), first.name() + " ").weight("0").build());
        rows.add(2, Indicator.builder("效益指标", first.level2(), first.name()).weight("0").build());
        assertEquals(List.of("INDICATOR_DUPLICATE@indicators[1].name"), codesAndPaths(withRows(rows)));
    }

    @Test
    void everyExtraBudgetExecutionRowIsReported() {
        List<Indicator> rows = new ArrayList<>(SEED.indicators());
        Indicator rate = SEED.budgetExecutionIndicator().orElseThrow();
        rows.add(0, Indicator.builder("预算执行率", "执行", "资金到位").weight("0").build());
        rows.add(Indicator.builder("其他", "其他", "预算执行率").weight("0").build());
        assertTrue(rows.contains(rate));
        assertEquals(List.of("BUDGET_EXECUTION_RATE_ROW_DUPLICATE@indicators[9].name",
                "BUDGET_EXECUTION_RATE_ROW_DUPLICATE@indicators[10].name"), codesAndPaths(withRows(rows)));
    }

    @Test
    void violationsAreSortedByPathWithNumericIndices() {
        List<Indicator> rows = new ArrayList<>(SEED.indicators());
        for (int i = 0; i < 12; i++) {
            rows.add(Indicator.builder("产出指标", "数量指标", "行" + i).weight("0").build());
        }
        rows.set(10, rows.get(10).toBuilder().weight("101").build());
        rows.set(2, rows.get(2).toBuilder().weight("-1").build());
        ReportValidationException e = assertThrows(ReportValidationException.class,
                () -> SelfEvaluations.validate(withRows(rows), Locale.ENGLISH));
        assertEquals(List.of("indicators[2].weight", "indicators[10].weight"),
                e.violations().stream().map(ReportViolation::path).toList());
        assertEquals("VALIDATION", e.code());
        assertTrue(e.getMessage().contains("indicators[2].weight: must not be less than 0"), e.getMessage());
        assertTrue(e.getMessage().contains("indicators[10].weight: must not be greater than 100"), e.getMessage());
    }

    @Test
    void projectFormWithItsProjectIsValid() {
        SelfEvaluation project = SelfEvaluation.builder(FormKind.PROJECT)
                .cover(Cover.of(2023, "某县财政局"))
                .project(new ProjectInfo("农村改厕补贴项目", Optional.of("某县农业农村局"), Optional.empty()))
                .budget(new BudgetExecution(Optional.of(Funds.of(new BigDecimal("50"))), Funds.of(new BigDecimal("60")),
                        Optional.empty(), Funds.of(new BigDecimal("45.5")), Optional.empty()))
                .indicators(SEED.indicators())
                .build();
        assertEquals(List.of(), codesAndPaths(project));
        SelfEvaluation noProject = SelfEvaluation.builder(FormKind.PROJECT).cover(project.cover())
                .budget(project.budget()).indicators(SEED.indicators()).build();
        assertEquals(List.of("PROJECT_MISSING@project"), codesAndPaths(noProject));
        assertEquals(noProject, SelfEvaluationJson.read(SelfEvaluationJson.toJson(noProject)),
                "an invalid report still round-trips: reading does not validate");
    }

    @Test
    void pathsReachIntoNestedListsAndOptionals() {
        SelfEvaluation report = SEED.toBuilder()
                .notes(List.of("好", "长".repeat(10_001)))
                .goals(new Goals(List.of(Goal.of("目标", null), Goal.of("长".repeat(10_001), null)),
                        Optional.of(Percent.of("-1"))))
                .build();
        assertEquals(List.of("NEGATIVE@goals.declaredOverallCompletion", "SIZE@goals.items[1].target",
                "SIZE@notes[1]"), codesAndPaths(report));
    }
}
