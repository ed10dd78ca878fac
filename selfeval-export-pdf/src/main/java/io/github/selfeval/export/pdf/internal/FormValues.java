package io.github.selfeval.export.pdf.internal;

import io.github.selfeval.model.Funds;
import io.github.selfeval.model.NamedAmount;
import io.github.selfeval.model.Percent;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.form.FormNumbers;
import io.github.selfeval.model.form.FundsBlock;
import io.github.selfeval.model.form.HeaderField;
import io.github.selfeval.model.form.Signature;
import io.github.selfeval.model.form.TextBlock;
import io.github.selfeval.scoring.IndicatorScore;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * What a cell of the form prints: the declared value where the form has one, the card's computed value
 * beside it where they differ, and a computed value shown for a blank declared one marked as computed
 * (the words are {@link FormNumbers}'). Never a computed value passed off as declared, never a blank
 * filled silently.
 */
final class FormValues {

    private FormValues() {
    }

    /** 执行率 / 预算执行进度 as a funds block prints it, the computed rate with the declared one beside it. */
    static String rate(FundsBlock funds, Optional<Percent> computed, Optional<Percent> declared) {
        if (computed.isEmpty()) {
            return declared.map(funds::rateText).orElse("");
        }
        String c = funds.rateText(computed.get());
        if (declared.isEmpty()) {
            return c + FormNumbers.computedNote();
        }
        if (declared.get().points().compareTo(computed.get().points()) != 0) {
            return c + FormNumbers.declaredNote(funds.rateText(declared.get()));
        }
        return c;
    }

    /** 单项指标完成情况: the computed grade, the declared one beside it where they differ. */
    static String grade(IndicatorScore s) {
        Optional<String> declared = s.indicator().grade().map(g -> g.label());
        String computed = s.grade().label();
        if (declared.isPresent()) {
            return declared.get().equals(computed) ? computed : computed + FormNumbers.declaredNote(declared.get());
        }
        // 预算执行率 has no grade on the form; a blank grade elsewhere shows the computed one, marked.
        return s.source() == IndicatorScore.ScoreSource.BUDGET_EXECUTION ? "" : computed + FormNumbers.computedNote();
    }

    /** One money cell of a funds block: a column's funds, one source row; blank stays blank. */
    static String money(SelfEvaluation report, FundsBlock.Column.Field column, FundsBlock.Row row) {
        var b = report.budget();
        Funds f = switch (column) {
            case INITIAL_BUDGET -> b.initialBudget().orElse(Funds.blank());
            case BUDGET -> b.budget();
            case RECEIVED -> b.received().orElse(Funds.blank());
            case SPENT -> b.spent();
            default -> throw new IllegalArgumentException(column + " is not a money column");
        };
        Optional<BigDecimal> v = switch (row.field()) {
            case TOTAL -> f.total();
            case FISCAL -> f.fiscal();
            case CARRY_OVER -> f.carryOver();
            case OTHER -> f.other();
            case EXTRA -> f.extras().stream().filter(e -> row.label().matches(e.name())).findFirst()
                    .flatMap(NamedAmount::amount);
        };
        return FormNumbers.plain(v);
    }

    /** A header field's value. */
    static String header(SelfEvaluation report, HeaderField.Field field) {
        var p = report.project();
        return switch (field) {
            case IMPLEMENTING_DEPARTMENT -> report.implementingDepartment().orElse("");
            case MONEY_UNIT -> report.moneyUnit().label();
            case PROJECT_NAME -> p.map(x -> x.name()).orElse("");
            case PROJECT_CODE -> p.flatMap(x -> x.code()).orElse("");
            case SUPERVISING_DEPARTMENT -> p.flatMap(x -> x.supervisingDepartment()).orElse("");
            case IMPLEMENTING_UNIT -> p.flatMap(x -> x.implementingUnit()).orElse("");
            case PROJECT_LEADER -> p.flatMap(x -> x.leader()).orElse("");
            case FINANCE_LEADER -> p.flatMap(x -> x.financeLeader()).orElse("");
        };
    }

    /** A signature field's value. */
    static String signature(SelfEvaluation report, Signature.Field field) {
        var p = report.project();
        return switch (field) {
            case PREPARER -> report.preparer().orElse("");
            case PHONE -> report.phone().orElse("");
            case FILLED_ON -> report.filledOn().map(FormNumbers::date).orElse("");
            case PROJECT_LEADER -> p.flatMap(x -> x.leader()).orElse("");
            case FINANCE_LEADER -> p.flatMap(x -> x.financeLeader()).orElse("");
        };
    }

    /** A text block's text. */
    static Optional<String> text(SelfEvaluation report, TextBlock.Field field) {
        var t = report.texts();
        return switch (field) {
            case CONCLUSION -> t.conclusion();
            case PROBLEMS -> t.problems();
            case IMPROVEMENTS -> t.improvements();
            case DEVIATION_ANALYSIS -> t.deviationAnalysis();
            case RESULT_APPLICATION -> t.resultApplication();
        };
    }
}
