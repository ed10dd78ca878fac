package io.github.selfeval.export.xlsx;

import io.github.selfeval.model.Funds;
import io.github.selfeval.model.Indicator;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.SelfEvaluationJson;
import io.github.selfeval.scoring.ScoreCard;
import io.github.selfeval.scoring.Scorer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** The real forms in {@code examples/}, and the 8.35 report of issue 10, scored as the CLI scores them. */
final class Examples {
    private Examples() {
    }

    static List<Path> files() {
        Path dir = Path.of("..", "examples");
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SelfEvaluation read(Path file) {
        return SelfEvaluationJson.read(file);
    }

    static ScoreCard score(SelfEvaluation report) {
        return Scorer.forReport(report).score(report);
    }

    /**
     * Nine rows whose 折算得分 is 8.35 (得分 83.5 × 权重 10 %), printed 8.4 under hebei's one-place rounding, and a
     * 预算执行率 row of 100 % × 10: the sum of the printed rows is 85.6 → 86, the exact sum 85.15 → 85. The card,
     * the cached 自评得分 and LibreOffice's recalculation must agree.
     */
    static SelfEvaluation report835() {
        SelfEvaluation seed = Workbooks.seed();
        List<Indicator> rows = new ArrayList<>();
        String[] level2 = {"数量指标", "质量指标", "时效指标"};
        for (int i = 0; i < 9; i++) {
            rows.add(Indicator.builder("产出指标", level2[i % 3], "指标" + (i + 1)).score(new BigDecimal("83.5"))
                    .weight(BigDecimal.TEN).weightedScore(new BigDecimal("8.35")).build());
        }
        String b = Indicator.BUDGET_EXECUTION_RATE;
        rows.add(Indicator.builder(b, b, b).actual("100%").score(BigDecimal.valueOf(100)).weight(BigDecimal.TEN)
                .weightedScore(BigDecimal.TEN).build());
        Funds all = Funds.of(new BigDecimal("100.00"));
        return seed.toBuilder().budget(new io.github.selfeval.model.BudgetExecution(java.util.Optional.empty(), all,
                java.util.Optional.of(all), all, java.util.Optional.empty())).indicators(rows)
                .declaredTotalScore(BigDecimal.valueOf(86)).build();
    }

    /** The formula cells of the 自评表 whose formula contains a marker, e.g. {@code MIN(} for the budget 得分. */
    static List<XSSFCell> formulas(XSSFSheet sheet, String marker) {
        List<XSSFCell> out = new ArrayList<>();
        for (var row : sheet) {
            for (var c : row) {
                if (c.getCellType() == CellType.FORMULA && c.getCellFormula().contains(marker)) {
                    out.add((XSSFCell) c);
                }
            }
        }
        return out;
    }
}
