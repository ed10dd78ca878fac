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
        return FormNumbers.plain(FundsBlock.amount(report.budget(), column, row));
    }

    /** A header field's value. */
    static String header(SelfEvaluation report, HeaderField.Field field) {
        return field.valueIn(report).orElse("");
    }

    /** A signature field's value. */
    static String signature(SelfEvaluation report, Signature.Field field) {
        return field.valueIn(report).orElse("");
    }

    /** A text block's text. */
    static Optional<String> text(SelfEvaluation report, TextBlock.Field field) {
        return field.valueIn(report.texts());
    }
}
