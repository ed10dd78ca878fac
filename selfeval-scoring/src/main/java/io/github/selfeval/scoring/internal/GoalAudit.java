package io.github.selfeval.scoring.internal;

import io.github.selfeval.model.Goal;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.scoring.Finding;
import io.github.selfeval.scoring.FindingCode;
import io.github.selfeval.scoring.Severity;
import java.util.List;
import java.util.Optional;

/**
 * The goal audit: every 年度预期目标 with its 具体完成情况 and the other way round, the overall completion
 * rate within 0–100 %.
 */
final class GoalAudit {
    private GoalAudit() {
    }

    static void audit(SelfEvaluation r, List<Finding> out) {
        List<Goal> items = r.goals().items();
        for (int i = 0; i < items.size(); i++) {
            Goal g = items.get(i);
            int n = i + 1;
            if (g.target().isEmpty() && g.completion().isPresent()) {
                out.add(Findings.message(FindingCode.COMPLETION_WITHOUT_GOAL, Severity.WARNING,
                        "goals.items[" + i + "].target", Optional.empty(), Optional.empty(), "COMPLETION_WITHOUT_GOAL", n));
            }
            if (g.target().isPresent() && g.completion().isEmpty()) {
                out.add(Findings.message(FindingCode.GOAL_WITHOUT_COMPLETION, Severity.WARNING,
                        "goals.items[" + i + "].completion", Optional.empty(), Optional.empty(),
                        "GOAL_WITHOUT_COMPLETION", n));
            }
        }
        r.goals().declaredOverallCompletion().ifPresent(c -> BudgetAudit.rangeCheck(c.points(),
                "goals.declaredOverallCompletion", out));
    }
}
