package io.github.selfeval.scoring.internal;

import static io.github.selfeval.scoring.internal.Findings.bySeverity;
import static io.github.selfeval.scoring.internal.Findings.charCount;
import static io.github.selfeval.scoring.internal.Findings.tooLong;
import static io.github.selfeval.scoring.internal.Findings.values;

import io.github.selfeval.model.BudgetExecution;
import io.github.selfeval.model.Indicator;
import io.github.selfeval.model.Percent;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.scoring.AuditCheck;
import io.github.selfeval.scoring.AuditContext;
import io.github.selfeval.scoring.AuditRules;
import io.github.selfeval.scoring.BudgetScore;
import io.github.selfeval.scoring.Finding;
import io.github.selfeval.scoring.FindingCode;
import io.github.selfeval.scoring.FindingMessages;
import io.github.selfeval.scoring.IndicatorCatalogue;
import io.github.selfeval.scoring.IndicatorScore;
import io.github.selfeval.scoring.RoundingPolicy;
import io.github.selfeval.scoring.RulePack;
import io.github.selfeval.scoring.ScoreCard;
import io.github.selfeval.scoring.ScoringScheme;
import io.github.selfeval.scoring.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * The scoring and audit, shared by every {@code Scorer}, orchestrated in the order the card lists the findings:
 * the budget ({@link BudgetAudit}) and goal ({@link GoalAudit}) audits, the funds block ({@link FundsBlock}),
 * each row scored ({@link RowScoring}) and audited ({@link RowAudit}, with {@link CatalogueAudit}), the table
 * ({@link TableAudit}) and block ({@link BlockAudit}) audits, the totals and grades ({@link Totals}), then the
 * pluggable {@code AuditCheck}s on the scored card; findings are built and ordered by {@link Findings}.
 * Stateless: all state lives in the arguments.
 */
public final class ScoringEngine {
    private final RulePack pack;
    private final AuditCheck[] checks;
    private final String packId;
    private final ScoringScheme scheme;
    private final RoundingPolicy rounding;
    private final AuditRules audit;
    private final IndicatorCatalogue packCatalogue;
    private final Function<String, Optional<IndicatorCatalogue>> catalogues;
    private final CatalogueIndex packIndex;
    private final Optional<CatalogueIndex> overrideIndex;
    /** Indexes of catalogues reports name, by id; registries return one instance per id. */
    private final ConcurrentMap<String, CatalogueIndex> named = new ConcurrentHashMap<>();
    private final FundsBlock funds;
    private final RowScoring rowScoring;
    private final RowAudit rowAudit;
    private final TableAudit tableAudit;
    private final Totals totals;
    /** The audit's text limit, or -1 when there is none. */
    private final int maxText;

    /**
     * An engine for one configuration.
     *
     * @param pack the pack, overrides included
     * @param packCatalogue the pack's catalogue
     * @param catalogueOverride a catalogue that wins over the report's
     * @param catalogues looks up a catalogue a report names
     * @param checks the pluggable checks, run in this order after the rows and totals are scored
     */
    public ScoringEngine(RulePack pack, IndicatorCatalogue packCatalogue,
            Optional<IndicatorCatalogue> catalogueOverride, Function<String, Optional<IndicatorCatalogue>> catalogues,
            List<AuditCheck> checks) {
        this.pack = pack;
        this.packId = pack.id();
        this.scheme = pack.scheme();
        this.rounding = pack.rounding();
        this.audit = pack.audit();
        this.checks = checks.toArray(new AuditCheck[0]);
        this.packCatalogue = packCatalogue;
        this.catalogues = catalogues;
        this.packIndex = new CatalogueIndex(packCatalogue);
        this.overrideIndex = catalogueOverride.map(CatalogueIndex::new);
        Bands indicatorBands = new Bands(scheme.indicatorBands(), rounding.score().scale());
        this.funds = new FundsBlock(scheme, rounding);
        this.rowScoring = new RowScoring(scheme, rounding, indicatorBands);
        this.rowAudit = new RowAudit(scheme, rounding, audit, indicatorBands);
        this.tableAudit = new TableAudit(scheme, audit);
        this.totals = new Totals(scheme, rounding);
        this.maxText = audit.maxTextLength().orElse(-1);
    }

    /**
     * Scores and audits one report.
     *
     * @param r the report
     * @return the card
     */
    public ScoreCard score(SelfEvaluation r) {
        // Sized for a few findings per row, so that a table with many does not regrow the list step by step.
        List<Finding> findings = new ArrayList<>(16 + 2 * r.indicators().size());
        CatalogueIndex catalogue = chooseCatalogue(r, findings);

        BudgetExecution b = r.budget();
        Optional<BigDecimal> exactRate = FundsBlock.executionRate(b.budget(), b.spent());
        Optional<BigDecimal> rate = exactRate.map(x -> rounding.rate().apply(x));
        BudgetAudit.audit(r, exactRate, rate, rounding, findings);
        GoalAudit.audit(r, findings);
        if (maxText > 0) {
            // A text has no more code points than chars: join only a list that might be too long.
            if (charCount(r.narrative().problems()) > maxText) {
                tooLong(String.join("", r.narrative().problems()), maxText, "narrative.problems", "problems", 0,
                        findings);
            }
            if (charCount(r.narrative().suggestions()) > maxText) {
                tooLong(String.join("", r.narrative().suggestions()), maxText, "narrative.suggestions",
                        "suggestions", 0, findings);
            }
        }

        Optional<BudgetScore> block = funds.budgetBlock(b, exactRate, rate, findings);
        List<Indicator> rows = r.indicators();
        List<IndicatorScore> scores = new ArrayList<>(rows.size());
        BigDecimal rawTotal = block.map(BudgetScore::rawScore).orElse(BigDecimal.ZERO);
        BigDecimal printedTotal = block.map(BudgetScore::score).orElse(BigDecimal.ZERO);
        BigDecimal weightSum = block.map(BudgetScore::points).orElse(BigDecimal.ZERO);
        boolean allWeighted = true;
        BigDecimal droppedPoints = BigDecimal.ZERO;
        int budgetRow = -1;
        for (int i = 0; i < rows.size(); i++) {
            Indicator ind = rows.get(i);
            // contains() first: cheaper than the model's strip-and-compare, which it implies.
            boolean isBudget = (ind.level1().indexOf('执') >= 0 || ind.name().indexOf('执') >= 0)
                    && ind.isBudgetExecutionRate();
            Optional<String> mark = isBudget ? Optional.empty() : scheme.notApplicable().markOf(ind);
            IndicatorScore s = mark.isPresent() ? rowScoring.notApplicable(i, ind, mark.get(), findings)
                    : rowScoring.scoreRow(i, ind, isBudget, rate, exactRate, findings);
            if (mark.isPresent()) {
                droppedPoints = droppedPoints.add(ind.weight().orElse(BigDecimal.ZERO));
            }
            rowAudit.auditRow(i, ind, isBudget, s, catalogue, findings);
            if (budgetRow < 0 && isBudget) {
                budgetRow = i;
            }
            scores.add(s);
            rawTotal = rawTotal.add(s.rawWeightedScore());
            printedTotal = printedTotal.add(s.weightedScore());
            if (ind.weight().isPresent()) {
                weightSum = weightSum.add(ind.weight().get());
            } else {
                allWeighted = false;
            }
        }
        tableAudit.auditTable(r, rows, weightSum, allWeighted, budgetRow, rate, findings);
        BlockAudit.audit(r, findings);
        Totals.Total t = totals.total(r, rawTotal, printedTotal, droppedPoints, exactRate, rate, findings);
        BigDecimal exactTotal = t.exactTotal();
        BigDecimal total = t.total();
        // Copied once: the context and the card both keep this list (List.copyOf returns an immutable list as it is).
        List<IndicatorScore> rowScores = List.copyOf(scores);
        if (checks.length > 0) {
            runChecks(new AuditContext(r, pack, catalogue.catalogue, rowScores, block, exactTotal, total, rate),
                    findings);
        }
        List<Finding> sorted = bySeverity(audit.severities().isEmpty() && audit.off().isEmpty() ? findings
                : asThePackSays(findings));
        Optional<Percent> cardRate = rate.map(Percent::of);
        return new ScoreCard(r, packId, scheme.presentation(), rounding, rowScores, exactTotal, total, t.grade(), cardRate,
                sorted, block, scheme.total());
    }

    /** Runs each pluggable check in its own try: one that throws loses its findings for this report only. */
    private void runChecks(AuditContext context, List<Finding> findings) {
        for (AuditCheck check : checks) {
            List<Finding> own = new ArrayList<>(2);
            try {
                check.check(context, f -> own.add(java.util.Objects.requireNonNull(f, "finding")));
                findings.addAll(own);
            } catch (RuntimeException | LinkageError e) {
                String id = check.id();
                String why = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
                findings.add(FindingMessages.standard().finding(FindingCode.AUDIT_CHECK_FAILED, Severity.WARNING, "$",
                        Optional.of(id), Optional.empty(), FindingCode.AUDIT_CHECK_FAILED.name(), id, why));
            }
        }
    }

    private CatalogueIndex chooseCatalogue(SelfEvaluation r, List<Finding> findings) {
        if (overrideIndex.isPresent()) {
            return overrideIndex.get();
        }
        if (r.catalogue().isEmpty() || r.catalogue().get().equals(packCatalogue.id())) {
            return packIndex;
        }
        String id = r.catalogue().get();
        CatalogueIndex cached = named.get(id);
        if (cached != null) {
            return cached;
        }
        Optional<IndicatorCatalogue> found = catalogues.apply(id);
        if (found.isEmpty()) {
            findings.add(values(FindingCode.CATALOGUE_UNKNOWN, Severity.WARNING, "catalogue", id, packCatalogue.id(),
                    "CATALOGUE_UNKNOWN"));
            return packIndex;
        }
        CatalogueIndex index = new CatalogueIndex(found.get());
        CatalogueIndex prev = named.putIfAbsent(id, index);
        return prev == null ? index : prev;
    }

    // Findings built out of line keep the per-row methods small enough for the JIT to compile them whole.

    /** The findings with the pack's switched-off checks left out and its severities applied. */
    private List<Finding> asThePackSays(List<Finding> findings) {
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (audit.off().contains(f.code())) {
                continue;
            }
            Severity sev = audit.severities().get(f.code());
            out.add(sev == null || sev == f.severity() ? f : new Finding(f.code(), sev, f.path(), f.declared(),
                    f.computed(), f.text()));
        }
        return out;
    }

}
