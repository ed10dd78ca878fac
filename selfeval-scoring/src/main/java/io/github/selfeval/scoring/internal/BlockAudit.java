package io.github.selfeval.scoring.internal;

import static io.github.selfeval.scoring.internal.Findings.message;
import static io.github.selfeval.scoring.internal.Findings.p;

import io.github.selfeval.model.Indicator;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.scoring.Finding;
import io.github.selfeval.scoring.FindingCode;
import io.github.selfeval.scoring.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The block audit: the rows of a block add up to the points its label prints, and the 总分 row's 满分
 * is 100.
 */
final class BlockAudit {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private BlockAudit() {
    }

    /** Rows of a block must add up to the points its label prints: 产出指标(50分), 年度绩效目标1(40分). */
    static void audit(SelfEvaluation r, List<Finding> out) {
        List<io.github.selfeval.model.BlockPoints> blocks = r.blocks();
        for (int b = 0; b < blocks.size(); b++) {
            io.github.selfeval.model.BlockPoints block = blocks.get(b);
            BigDecimal sum = BigDecimal.ZERO;
            boolean any = false;
            boolean complete = true;
            for (Indicator ind : r.indicators()) {
                if (block.contains(ind)) {
                    any = true;
                    if (ind.weight().isPresent()) {
                        sum = sum.add(ind.weight().get());
                    } else {
                        complete = false;
                    }
                }
            }
            String name = block.goalBlock().map(g -> block.level1().map(l -> g + " › " + l).orElse(g))
                    .orElse(block.level1().orElse(""));
            if (!any) {
                out.add(message(FindingCode.BLOCK_WITHOUT_ROWS, Severity.WARNING, "blocks[" + b + "]",
                        Optional.of(p(block.points())), Optional.empty(), "BLOCK_WITHOUT_ROWS", p(block.points()), name));
            } else if (complete && sum.compareTo(block.points()) != 0) {
                out.add(message(FindingCode.BLOCK_POINTS_MISMATCH, Severity.ERROR, "blocks[" + b + "].points",
                        block.points(), sum, "BLOCK_POINTS_MISMATCH", name));
            }
        }
        r.declaredMaxScore().ifPresent(m -> {
            if (m.compareTo(HUNDRED) != 0) {
                out.add(message(FindingCode.MAX_SCORE_NOT_100, Severity.WARNING, "declaredMaxScore", m, HUNDRED,
                        "MAX_SCORE_NOT_100"));
            }
        });
    }
}
