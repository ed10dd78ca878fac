package io.github.selfeval.export.read;

import io.github.selfeval.model.BudgetExecution;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.SelfEvaluationJson;
import java.math.BigDecimal;

/** Small report edits for the example tests, through the report's JSON (the model has no withers). */
final class Narratives2 {

    private Narratives2() {
    }

    static SelfEvaluation withBudget(SelfEvaluation r, BudgetExecution budget, BigDecimal declaredMax) {
        var b = copy(r).budget(budget).declaredMaxScore(declaredMax);
        return b.build();
    }

    /** The projected report with the seed's narrative and cover, which a Word document shows. */
    static SelfEvaluation withNarrativeAndCover(SelfEvaluation shown, SelfEvaluation seed) {
        return copy(shown).narrative(seed.narrative()).cover(seed.cover()).build();
    }

    static io.github.selfeval.model.SelfEvaluationBuilder copy(SelfEvaluation r) {
        // a round trip through JSON gives an independent copy; then the builder takes the parts
        SelfEvaluation c = SelfEvaluationJson.read(SelfEvaluationJson.toJson(r));
        var b = SelfEvaluation.builder(c.kind()).cover(c.cover()).moneyUnit(c.moneyUnit()).narrative(c.narrative())
                .budget(c.budget()).goals(c.goals()).indicators(c.indicators()).notes(c.notes()).texts(c.texts());
        c.pack().ifPresent(b::pack);
        c.catalogue().ifPresent(b::catalogue);
        c.project().ifPresent(b::project);
        c.details().ifPresent(b::details);
        c.implementingDepartment().ifPresent(b::implementingDepartment);
        c.declaredTotalScore().ifPresent(b::declaredTotalScore);
        c.preparer().ifPresent(b::preparer);
        c.phone().ifPresent(b::phone);
        c.form().ifPresent(b::form);
        c.blocks().forEach(b::block);
        c.declaredMaxScore().ifPresent(b::declaredMaxScore);
        c.filledOn().ifPresent(b::filledOn);
        return b;
    }
}
