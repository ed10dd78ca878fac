package io.github.selfeval.benchmarks.peers;

import io.github.selfeval.export.ExportOptions;
import io.github.selfeval.export.ReportExporter;
import io.github.selfeval.export.ReportExporters;
import io.github.selfeval.model.Indicator;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.SelfEvaluations;
import io.github.selfeval.scoring.ScoreCard;
import io.github.selfeval.scoring.Scorer;
import io.github.selfeval.testsupport.Seed;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The reports every peer comparison uses: the seed, and a 200-indicator report grown from it.
 *
 * <p>Both are validated and scored once, so a benchmark measures only the export.
 */
public final class Fixtures {

    /** Indicator rows of the large report, the 预算执行率 row included. */
    public static final int LARGE_INDICATORS = 200;

    private Fixtures() {
    }

    /** The seed report (examples/2023-jiangezhuang.json), validated. */
    public static SelfEvaluation seed() {
        return SelfEvaluations.validate(Seed.report());
    }

    /**
     * The seed with its eight ordinary rows repeated (names numbered, so they stay unique) to
     * {@code 199} rows sharing the weight 90, plus its 预算执行率 row: {@value #LARGE_INDICATORS} rows.
     * 折算得分 and the declared total are consistent (2 places, HALF_UP), as a careful preparer writes them.
     */
    public static SelfEvaluation large() {
        SelfEvaluation seed = seed();
        List<Indicator> ordinary = seed.indicators().stream().filter(i -> !isBudgetRow(i)).toList();
        Indicator budgetRow = seed.budgetExecutionIndicator().orElseThrow();
        int n = LARGE_INDICATORS - 1;
        BigDecimal each = new BigDecimal("0.45");
        // 199 × 0.45 = 89.55; the first row takes the remaining 0.45 so the weights sum to 100
        BigDecimal first = BigDecimal.valueOf(90).subtract(each.multiply(BigDecimal.valueOf(n - 1L)));
        List<Indicator> rows = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int k = 0; k < n; k++) {
            Indicator r = ordinary.get(k % ordinary.size());
            BigDecimal weight = k == 0 ? first : each;
            BigDecimal ws = r.score().orElseThrow().multiply(weight)
                    .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
            total = total.add(ws);
            rows.add(new Indicator(r.level1(), r.level2(), r.name() + "（" + (k + 1) + "）", r.description(),
                    r.comparison(), r.expected(), r.unit(), r.actual(), r.grade(), r.score(), Optional.of(weight),
                    Optional.of(ws), r.nature(), r.core(), r.deviationReason(), r.improvement(), r.scoringNote(),
                    r.goalBlock(), r.scoringMethod()));
        }
        rows.add(budgetRow);
        total = total.add(budgetRow.weightedScore().orElseThrow());
        return SelfEvaluations.validate(seed.toBuilder().indicators(rows).declaredTotalScore(total).build());
    }

    private static boolean isBudgetRow(Indicator i) {
        return Indicator.BUDGET_EXECUTION_RATE.equals(i.name());
    }

    /** Scores a report the way the CLI does: the pack the report names. */
    public static ScoreCard score(SelfEvaluation report) {
        return Scorer.forReport(report).score(report);
    }

    /**
     * The options every benchmark exports with: the defaults (Chinese, audit included, bundled fonts, not
     * deterministic), which is what {@code selfeval export} and {@code batch} use unless told otherwise.
     */
    public static ExportOptions options() {
        return ExportOptions.defaults();
    }

    /** An exporter found the way users find it: through the registry. */
    public static ReportExporter exporter(String id) {
        return ReportExporters.load().get(id);
    }

    /** Exports a card into memory. */
    public static byte[] export(ReportExporter exporter, ScoreCard card) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        exporter.export(card, out, options());
        return out.toByteArray();
    }
}
