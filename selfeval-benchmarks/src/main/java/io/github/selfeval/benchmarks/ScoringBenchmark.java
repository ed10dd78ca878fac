package io.github.selfeval.benchmarks;

import io.github.selfeval.model.Indicator;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.scoring.RoundingPolicy;
import io.github.selfeval.scoring.RulePacks;
import io.github.selfeval.scoring.ScoreCard;
import io.github.selfeval.scoring.Scorer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Scoring throughput: the full {@link Scorer} (scores, totals, grade and the whole audit) on the seed
 * and on a 200-row table, next to the "floor": a hand-written loop doing only the same BigDecimal
 * arithmetic on the same rows (score × weight / 100, the rounding steps, the sum, 执行数 / 预算数).
 * The gap between the two is what the audit, catalogue look-ups and the immutable score card cost.
 *
 * <pre>java -jar selfeval-benchmarks/target/benchmarks.jar -f 1 -wi 2 -w 2s -i 3 -r 2s Scoring</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ScoringBenchmark {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Scorer hebei;
    private SelfEvaluation seed;
    private SelfEvaluation large;
    private Row[] seedRows;
    private Row[] largeRows;
    private BigDecimal budget;
    private BigDecimal spent;

    /** One row reduced to what the arithmetic needs, prepared outside the measurement. */
    record Row(BigDecimal score, BigDecimal weight, boolean budgetRow) {
    }

    /** Builds the reports and the scorer once. */
    @Setup
    public void setUp() {
        hebei = Scorer.of(RulePacks.standard().get("hebei"));
        seed = Fixtures.seed();
        large = Fixtures.large(200);
        seedRows = rows(seed.indicators());
        largeRows = rows(large.indicators());
        budget = seed.budget().budget().amount().orElseThrow();
        spent = seed.budget().spent().amount().orElseThrow();
        if (hebei.score(seed).totalScore().compareTo(floor(seedRows, null)) != 0
                || hebei.score(large).totalScore().compareTo(floor(largeRows, null)) != 0) {
            throw new IllegalStateException("the floor must compute the same total as the scorer");
        }
    }

    private static Row[] rows(List<Indicator> indicators) {
        return indicators.stream()
                .map(i -> new Row(i.score().orElse(BigDecimal.ZERO), i.weight().orElseThrow(), i.isBudgetExecutionRate()))
                .toArray(Row[]::new);
    }

    /**
     * The full scorer on the seed's nine rows.
     *
     * @return the card
     */
    @Benchmark
    public ScoreCard seed() {
        return hebei.score(seed);
    }

    /**
     * The full scorer on a 200-row table.
     *
     * @return the card
     */
    @Benchmark
    public ScoreCard indicators200() {
        return hebei.score(large);
    }

    /**
     * The floor on the seed's rows.
     *
     * @param bh sinks the intermediate values, so the JIT cannot drop them
     * @return the total
     */
    @Benchmark
    public BigDecimal floorSeed(Blackhole bh) {
        return floor(seedRows, bh);
    }

    /**
     * The floor on the 200 rows.
     *
     * @param bh sinks the intermediate values
     * @return the total
     */
    @Benchmark
    public BigDecimal floor200(Blackhole bh) {
        return floor(largeRows, bh);
    }

    /** The arithmetic of the hebei pack and nothing else. */
    private BigDecimal floor(Row[] rows, Blackhole bh) {
        RoundingPolicy p = RoundingPolicy.HEBEI_SEED;
        BigDecimal rate = spent.multiply(HUNDRED).divide(budget, MathContext.DECIMAL128)
                .setScale(p.rate().scale(), p.rate().mode());
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (Row r : rows) {
            BigDecimal score = (r.budgetRow() ? rate.min(HUNDRED) : r.score())
                    .setScale(p.score().scale(), p.score().mode());
            BigDecimal raw = score.multiply(r.weight()).movePointLeft(2);
            // The hebei pack's 自评得分 is the sum of the printed (rounded) 折算得分 (TotalBasis.PRINTED_ROWS).
            BigDecimal rounded = raw.setScale(p.weightedScore().scale(), p.weightedScore().mode());
            total = total.add(rounded);
            weights = weights.add(r.weight());
            if (bh != null) {
                bh.consume(rounded);
            }
        }
        if (bh != null) {
            bh.consume(weights);
        }
        return total.setScale(p.total().scale(), p.total().mode());
    }
}
