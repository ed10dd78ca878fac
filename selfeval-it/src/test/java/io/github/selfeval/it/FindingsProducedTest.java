package io.github.selfeval.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.selfeval.model.SelfEvaluationJson;
import io.github.selfeval.scoring.Finding;
import io.github.selfeval.scoring.FindingCode;
import io.github.selfeval.scoring.RoundingPolicy;
import io.github.selfeval.scoring.RulePack;
import io.github.selfeval.scoring.RulePacks;
import io.github.selfeval.scoring.ScoreCard;
import io.github.selfeval.scoring.Scorer;
import io.github.selfeval.testsupport.Seed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@link FindingCode} is produced by a report crafted for it — the seed, scored under some pack, with
 * one thing changed — through the public API only, at the path docs/scoring.md gives.
 */
class FindingsProducedTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One crafted report: the code it must produce, where, under which scorer, and the change to the seed.
     *
     * @param code the finding code
     * @param path the finding's path
     * @param scorer the scorer
     * @param edit the change to the seed's JSON tree
     */
    record Crafted(FindingCode code, String path, Supplier<Scorer> scorer, Consumer<ObjectNode> edit) {
    }

    static final List<Crafted> CRAFTED = List.of(
            // The seed as it is (docs/scoring.md, "The seed").
            new Crafted(FindingCode.EXECUTION_RATE_MISSING, "budget.declaredExecutionRate", hebei(), r -> { }),
            new Crafted(FindingCode.COMPLETION_WITHOUT_GOAL, "goals.items[4].target", hebei(), r -> { }),
            new Crafted(FindingCode.GOAL_WITHOUT_COMPLETION, "goals.items[6].completion", hebei(), r -> { }),
            new Crafted(FindingCode.UNLIKELY_INDICATOR_CLASS, "indicators[6].level2", hebei(), r -> { }),
            new Crafted(FindingCode.UNIT_WRITTEN_AS_WORD, "indicators[1].unit", hebei(), r -> { }),
            new Crafted(FindingCode.WEIGHTED_SCORE_MISMATCH, "indicators[8].weightedScore",
                    () -> Scorer.of(pack("hebei"), RoundingPolicy.DEFAULT), r -> { }),
            new Crafted(FindingCode.TOTAL_SCORE_MISMATCH, "declaredTotalScore",
                    () -> Scorer.of(pack("hebei"), RoundingPolicy.DEFAULT), r -> { }),
            new Crafted(FindingCode.DEVIATION_REASON_MISSING, "indicators[0].deviationReason", named("national"), r -> { }),
            new Crafted(FindingCode.LOW_EXECUTION_RATE_UNEXPLAINED, "indicators[8].deviationReason", named("sichuan"),
                    r -> { }),
            new Crafted(FindingCode.TEXT_TOO_LONG, "narrative.suggestions", named("sichuan"), r -> { }),
            new Crafted(FindingCode.LEVEL1_WEIGHT_DIFFERS_FROM_DEFAULT, "indicators", named("sichuan"), r -> { }),
            // One change each.
            new Crafted(FindingCode.SCORE_MISMATCH, "indicators[8].score", hebei(), r -> row(r, 8).put("score", 80)),
            new Crafted(FindingCode.SCORE_OUTSIDE_GRADE_BAND, "indicators[0].score", hebei(),
                    r -> row(r, 0).put("score", 70).put("weightedScore", 14)),
            new Crafted(FindingCode.SCORE_MISSING, "indicators[0].score", hebei(),
                    r -> row(r, 0).without(List.of("score", "weightedScore", "grade"))),
            new Crafted(FindingCode.SCORE_FROM_GRADE, "indicators[0].score", hebei(),
                    r -> row(r, 0).without(List.of("score", "weightedScore"))),
            new Crafted(FindingCode.WEIGHTS_NOT_100, "indicators", hebei(),
                    r -> row(r, 0).put("weight", 25).put("weightedScore", 22.5)),
            new Crafted(FindingCode.BUDGET_RATE_WEIGHT_MISMATCH, "indicators[8].weight", hebei(), r -> {
                row(r, 0).put("weight", 15).put("weightedScore", 13.5);
                row(r, 8).put("weight", 15).put("weightedScore", 11.3);
            }),
            new Crafted(FindingCode.BUDGET_RATE_INDICATOR_MISSING, "indicators", hebei(), r -> {
                r.withArray("indicators").remove(8);
                row(r, 0).put("weight", 30).put("weightedScore", 27);
            }),
            new Crafted(FindingCode.EXECUTION_RATE_MISMATCH, "budget.declaredExecutionRate", hebei(),
                    r -> node(r, "budget").put("declaredExecutionRate", 80)),
            new Crafted(FindingCode.RATE_OUT_OF_RANGE, "budget.declaredExecutionRate", hebei(),
                    r -> node(r, "budget").put("declaredExecutionRate", 120)),
            new Crafted(FindingCode.OVERVIEW_RATE_MISMATCH, "narrative.overview.budgetExecutionRate", hebei(),
                    r -> node(r, "narrative", "overview").put("budgetExecutionRate", 80)),
            new Crafted(FindingCode.OVERVIEW_AMOUNT_MISMATCH, "narrative.overview.requestedBudget", hebei(),
                    r -> node(r, "narrative", "overview").put("requestedBudget", 3000)),
            new Crafted(FindingCode.SPENT_EXCEEDS_RECEIVED, "budget.spent.total", hebei(),
                    r -> node(r, "budget", "spent").put("total", 3000).put("fiscal", 3000)),
            new Crafted(FindingCode.SPENT_EXCEEDS_BUDGET, "budget.spent.total", hebei(),
                    r -> node(r, "budget", "spent").put("total", 4000).put("fiscal", 4000)),
            new Crafted(FindingCode.OVER_ACHIEVEMENT_UNEXPLAINED, "indicators[0].deviationReason",
                    FindingsProducedTest::guangxi,
                    r -> row(r, 0).put("comparison", "≥").put("expected", "100").put("actual", "150")),
            // 指标偏离 with the deduction a pack may set (the sign read inside the cell, no 符号 column).
            new Crafted(FindingCode.OVER_ACHIEVEMENT_DEDUCTED, "indicators[0].score", () -> Scorer.builder(pack("national"))
                    .scheme(pack("national").scheme().withOverAchievement(java.util.Optional.of(
                            new io.github.selfeval.scoring.OverAchievementRule(new java.math.BigDecimal("1.3"),
                                    java.math.BigDecimal.valueOf(2))))).build(),
                    r -> row(r, 0).put("expected", "≥100").put("actual", "150").without(List.of("comparison", "unit"))),
            new Crafted(FindingCode.LEVEL1_NOT_IN_CATALOGUE, "indicators[0].level1", hebei(),
                    r -> row(r, 0).put("level1", "其他指标")),
            new Crafted(FindingCode.LEVEL2_NOT_UNDER_LEVEL1, "indicators[0].level2", hebei(),
                    r -> row(r, 0).put("level2", "社会效益指标")),
            new Crafted(FindingCode.CATALOGUE_UNKNOWN, "catalogue", hebei(), r -> r.put("catalogue", "1999")),
            // The project form's funds block scores budget execution instead of the 预算执行率 row.
            new Crafted(FindingCode.BUDGET_SCORE_MISMATCH, "budget.declaredScore", hebei(),
                    r -> projectBlock(r, 10).put("declaredScore", 9)),
            new Crafted(FindingCode.BUDGET_SCORE_MISSING, "budget.declaredScore", hebei(), r -> projectBlock(r, 10)),
            new Crafted(FindingCode.BUDGET_POINTS_DIFFER_FROM_PACK, "budget.points", hebei(),
                    r -> projectBlock(r, 20).put("declaredScore", 15.05)),
            new Crafted(FindingCode.BUDGET_SCORE_WITHOUT_POINTS, "budget.declaredScore", hebei(),
                    r -> node(r, "budget").put("declaredScore", 7.5)),
            new Crafted(FindingCode.WEIGHT_MISSING, "indicators[0].weight", hebei(),
                    r -> row(r, 0).without(List.of("weight"))),
            new Crafted(FindingCode.BLOCK_POINTS_MISMATCH, "blocks[0].points", hebei(),
                    r -> r.putArray("blocks").addObject().put("level1", "产出指标").put("points", 40)),
            new Crafted(FindingCode.BLOCK_WITHOUT_ROWS, "blocks[0]", hebei(),
                    r -> r.putArray("blocks").addObject().put("level1", "成本指标").put("points", 10)),
            new Crafted(FindingCode.MAX_SCORE_NOT_100, "declaredMaxScore", hebei(), r -> r.put("declaredMaxScore", 90)),
            new Crafted(FindingCode.RATE_AT_PRINTED_PRECISION, "budget.declaredExecutionRate", hebei(),
                    r -> node(r, "budget").put("declaredExecutionRate", 75)),
            new Crafted(FindingCode.TOTAL_CAPPED_BY_EXECUTION_RATE, "declaredTotalScore", () -> Scorer.builder(pack("hebei"))
                    .scheme(pack("hebei").scheme().withExecutionRateCaps(List.of(new io.github.selfeval.scoring
                            .ExecutionRateCap(java.math.BigDecimal.valueOf(80), java.math.BigDecimal.valueOf(89))))).build(),
                    r -> { }),
            new Crafted(FindingCode.FORMAT_CHARACTER_IN_NAME, "indicators[0].name", hebei(),
                    r -> row(r, 0).put("name", "项目支出钱数\u200B（万元）")),
            // A row printed 「/」 (不适用) under a pack that drops such rows and rescales the rest.
            new Crafted(FindingCode.INDICATOR_NOT_APPLICABLE, "indicators[0].actual", named("national"),
                    r -> row(r, 0).put("expected", "/").put("actual", "/")
                            .without(List.of("score", "weightedScore", "grade"))),
            new Crafted(FindingCode.TOTAL_RESCALED_FOR_NOT_APPLICABLE, "declaredTotalScore", named("national"),
                    r -> row(r, 0).put("expected", "不适用").put("actual", "不适用")
                            .without(List.of("score", "weightedScore", "grade"))),
            // The built-in funds-parts check: 预算数's 合计 above its only part, 财政资金.
            new Crafted(FindingCode.FUNDS_TOTAL_NOT_SUM_OF_PARTS, "budget.budget.total", hebei(),
                    r -> node(r, "budget", "budget").put("total", 3800)),
            // An added check that throws: its findings are lost, the card says so.
            new Crafted(FindingCode.AUDIT_CHECK_FAILED, "$",
                    () -> Scorer.builder(pack("hebei")).addCheck(new Throwing()).build(), r -> { }));

    /** A check that always fails. */
    static final class Throwing implements io.github.selfeval.scoring.AuditCheck {
        @Override
        public String id() {
            return "throwing";
        }

        @Override
        public String description() {
            return "always throws";
        }

        @Override
        public void check(io.github.selfeval.scoring.AuditContext context, io.github.selfeval.scoring.FindingSink sink) {
            throw new IllegalStateException("a check's own bug");
        }
    }

    /** The seed with its 预算执行率 row taken out and a funds block that prints {@code points} instead. */
    private static ObjectNode projectBlock(ObjectNode r, int points) {
        r.withArray("indicators").remove(8);
        // The seed's rows weigh 90 without it; the first row gives up what the block takes beyond 10.
        row(r, 0).put("weight", 30 - points).put("weightedScore", 0.9 * (30 - points));
        return node(r, "budget").put("points", points);
    }

    @Test
    void everyFindingCodeHasACraftedReport() {
        for (FindingCode code : FindingCode.values()) {
            assertTrue(CRAFTED.stream().anyMatch(c -> c.code() == code), "no crafted report produces " + code);
        }
    }

    @TestFactory
    Stream<DynamicTest> eachCraftedReportProducesItsFinding() {
        return CRAFTED.stream().map(c -> DynamicTest.dynamicTest(c.code() + " at " + c.path(), () -> {
            List<Finding> found = produce(c);
            assertFalse(found.isEmpty(), c.code() + " not produced; the card has " + codesOf(c));
            assertTrue(found.stream().anyMatch(f -> f.path().equals(c.path())),
                    c.code() + " not at " + c.path() + ": " + found);
            Finding f = found.get(0);
            assertFalse(f.message(java.util.Locale.CHINESE).isBlank(), "no Chinese message");
            assertFalse(f.message(java.util.Locale.ENGLISH).isBlank(), "no English message");
        }));
    }

    /** The severity each code was produced with, for the docs' table. */
    static Map<FindingCode, String> observedSeverities() {
        Map<FindingCode, String> m = new java.util.TreeMap<>();
        for (Crafted c : CRAFTED) {
            produce(c).stream().findFirst().ifPresent(f -> m.put(c.code(), f.severity().name()));
        }
        return m;
    }

    private static List<Finding> produce(Crafted c) {
        return card(c).findings(c.code());
    }

    private static ScoreCard card(Crafted c) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(Seed.json());
            c.edit().accept(root);
            return c.scorer().get().score(SelfEvaluationJson.read(JSON.writeValueAsString(root)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> codesOf(Crafted c) {
        return card(c).findings().stream().map(f -> f.code() + "@" + f.path()).toList();
    }

    private static ObjectNode row(ObjectNode root, int i) {
        return (ObjectNode) root.withArray("indicators").get(i);
    }

    private static ObjectNode node(ObjectNode root, String... path) {
        JsonNode n = root;
        for (String p : path) {
            n = n.get(p);
        }
        return (ObjectNode) n;
    }

    private static RulePack pack(String id) {
        return RulePacks.standard().get(id);
    }

    private static Supplier<Scorer> hebei() {
        return named("hebei");
    }

    private static Supplier<Scorer> named(String id) {
        return () -> Scorer.of(pack(id));
    }

    /** A pack of our own (as docs/scoring.md shows one) that asks for over-achievement to be explained at 130%. */
    private static Scorer guangxi() {
        try {
            Path dir = Files.createTempDirectory("pack");
            Path file = dir.resolve("guangxi.json");
            Files.writeString(file, """
                    {"id": "guangxi", "name": "广西（超额完成 130% 需说明）", "description": "test", "catalogue": "2020",
                     "rounding": "hebei", "scheme": {"presentation": "weighted", "indicatorBands": "standard",
                     "quantitative": {"autoScore": true, "reverseFormula": "target-over-actual"}},
                     "audit": {"overAchievementRatio": 1.3}, "sources": ["test — local practice"]}
                    """);
            Scorer s = Scorer.of(RulePacks.load(file));
            Files.delete(file);
            Files.delete(dir);
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theGuangxiPackIsReadAsWritten() {
        assertEquals("guangxi", guangxi().pack().id());
    }
}
