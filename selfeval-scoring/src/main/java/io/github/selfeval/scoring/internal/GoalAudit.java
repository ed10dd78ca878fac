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
                out.add(new Finding(FindingCode.COMPLETION_WITHOUT_GOAL, Severity.WARNING,
                        "goals.items[" + i + "].target", Optional.empty(), Optional.empty(),
                        "目标 " + n + " 只有具体完成情况，没有年度预期目标",
                        "goal " + n + " has a completion but no annual target"));
            }
            if (g.target().isPresent() && g.completion().isEmpty()) {
                out.add(new Finding(FindingCode.GOAL_WITHOUT_COMPLETION, Severity.WARNING,
                        "goals.items[" + i + "].completion", Optional.empty(), Optional.empty(),
                        "目标 " + n + " 只有年度预期目标，没有具体完成情况",
                        "goal " + n + " has an annual target but no completion"));
            }
        }
        r.goals().declaredOverallCompletion().ifPresent(c -> BudgetAudit.rangeCheck(c.points(),
                "goals.declaredOverallCompletion", "总体完成率", "overall completion", out));
    }
}
