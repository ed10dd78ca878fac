package io.github.selfeval.export;

import io.github.selfeval.model.BudgetExecution;
import io.github.selfeval.model.Cover;
import io.github.selfeval.model.FormKind;
import io.github.selfeval.model.Funds;
import io.github.selfeval.model.Grade;
import io.github.selfeval.model.Indicator;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.scoring.IndicatorScore;
import io.github.selfeval.scoring.Presentation;
import io.github.selfeval.scoring.RoundingPolicy;
import io.github.selfeval.scoring.ScoreCard;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A small score card built by hand, for tests of the registry and of atomic files, which care about
 * bytes and files, not about scoring.
 */
final class TestCards {
    private TestCards() {
    }

    static ScoreCard oneIndicator(String department) {
        Indicator row = Indicator.builder("产出指标", "数量指标", "补贴资金发放及时率")
                .expected("100%").unit("%").actual("100%").grade(Grade.EXCELLENT)
                .score("90").weight("100").weightedScore("90").build();
        SelfEvaluation report = SelfEvaluation.builder(FormKind.DEPARTMENT)
                .cover(Cover.of(2023, department))
                .budget(new BudgetExecution(Optional.empty(), Funds.of(new BigDecimal("100")), Optional.empty(),
                        Funds.of(new BigDecimal("90")), Optional.empty()))
                .indicator(row)
                .build();
        BigDecimal ninety = new BigDecimal("90");
        IndicatorScore score = new IndicatorScore(0, row, ninety, Optional.of(new BigDecimal("100")), ninety, ninety,
                Grade.EXCELLENT, IndicatorScore.ScoreSource.DECLARED);
        return new ScoreCard(report, "hebei", Presentation.WEIGHTED, RoundingPolicy.DEFAULT, List.of(score),
                ninety, ninety, Grade.EXCELLENT, Optional.empty(), List.of(), Optional.empty());
    }
}
