package io.github.selfeval.scoring;

import io.github.selfeval.model.Grade;
import io.github.selfeval.model.Indicator;
import io.github.selfeval.scoring.internal.DisplayWidth;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Renders a {@link ScoreCard} as plain text for a terminal: the indicator table with declared and
 * computed values side by side, the totals, then the findings.
 *
 * <p>Columns are aligned by display width (CJK characters take two columns), so the table lines up in
 * a terminal with a CJK-capable monospaced font. Chinese labels unless the locale's language is
 * English. Thread-safe (stateless).
 *
 * @since 0.1
 */
public final class ScoreCardText {
    private static final String NONE = "—";
    /** Findings whose second value is what a rule requires, the pack's default, or a limit. */
    private static final java.util.Set<FindingCode> REQUIRED = java.util.Set.of(FindingCode.WEIGHTS_NOT_100,
            FindingCode.MAX_SCORE_NOT_100, FindingCode.BUDGET_RATE_WEIGHT_MISMATCH);
    private static final java.util.Set<FindingCode> PACK_DEFAULT = java.util.Set.of(
            FindingCode.LEVEL1_WEIGHT_DIFFERS_FROM_DEFAULT, FindingCode.BUDGET_POINTS_DIFFER_FROM_PACK);
    private static final java.util.Set<FindingCode> LIMIT = java.util.Set.of(FindingCode.TEXT_TOO_LONG,
            FindingCode.LOW_EXECUTION_RATE_UNEXPLAINED, FindingCode.OVER_ACHIEVEMENT_UNEXPLAINED);

    private ScoreCardText() {
    }

    /**
     * Renders a card; lines end with {@code \n}.
     *
     * @param card the card
     * @param locale the language of labels and messages
     * @return the text, never null
     */
    public static String render(ScoreCard card, Locale locale) {
        Objects.requireNonNull(card, "card");
        boolean en = "en".equals(Objects.requireNonNull(locale, "locale").getLanguage());
        StringBuilder out = new StringBuilder();
        out.append(en ? "Score card — pack " : "评分卡 — 规则包 ").append(card.packId())
                .append(en ? ", scheme " : "，方案 ").append(card.presentation().id())
                .append(en ? ", rounding " : "，舍入 ").append(card.rounding().name()).append('\n');

        List<String[]> rows = new ArrayList<>();
        Presentation pr = card.presentation();
        rows.add(new String[] {en ? "#" : "序号", en ? "Level 1" : "一级指标", en ? "Level 2" : "二级指标",
                en ? "Indicator" : "三级指标", en ? "Grade (decl.)" : "等级(申报)", en ? "Grade" : "等级(计算)",
                ScoreColumn.DECLARED_SCORE.label(pr, locale), ScoreColumn.SCORE.label(pr, locale),
                ScoreColumn.WEIGHT.label(pr, locale), ScoreColumn.DECLARED_WEIGHTED_SCORE.label(pr, locale),
                ScoreColumn.WEIGHTED_SCORE.label(pr, locale)});
        for (IndicatorScore s : card.indicators()) {
            Indicator i = s.indicator();
            rows.add(new String[] {String.valueOf(s.index() + 1), i.level1(), i.level2(), i.name(),
                    i.grade().map(Grade::label).orElse(NONE), s.grade().label(), num(i.score()), num(s.score()),
                    num(s.weight()), num(i.weightedScore()), num(s.weightedScore())});
        }
        card.budgetScore().ifPresent(b -> rows.add(new String[] {"", en ? "Funds block" : "项目资金", "", en ? "execution "
                + b.rate().map(r -> num(r.points()) + "%").orElse(NONE) : "执行率 " + b.rate().map(r -> num(r.points()) + "%")
                .orElse(NONE), "", "", "", "", num(b.points()), num(card.report().budget().declaredScore()),
                num(b.score())}));
        BigDecimal weightSum = card.weightSum();
        rows.add(new String[] {"", en ? "Total" : "自评得分", "", "", "", card.grade().label(), "", "", num(weightSum),
                num(card.report().declaredTotalScore()), num(card.totalScore())});
        boolean[] right = {true, false, false, false, false, false, true, true, true, true, true};
        int[] widths = new int[right.length];
        for (String[] r : rows) {
            for (int c = 0; c < r.length; c++) {
                widths[c] = Math.max(widths[c], DisplayWidth.of(r[c]));
            }
        }
        for (int k = 0; k < rows.size(); k++) {
            if (k == 1 || k == rows.size() - 1) {
                out.append(rule(widths)).append('\n');
            }
            String[] r = rows.get(k);
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < r.length; c++) {
                if (c > 0) {
                    line.append("  ");
                }
                line.append(DisplayWidth.pad(r[c], widths[c], right[c] && k > 0));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        out.append('\n');
        out.append(en ? "Total score: declared " : "自评得分：申报 ").append(num(card.report().declaredTotalScore()))
                .append(en ? ", computed " : "，计算 ").append(num(card.totalScore()))
                .append(en ? " (exact " : "（精确值 ").append(io.github.selfeval.model.form.FormNumbers.exact(card.rawTotalScore()))
                .append(en ? "), grade " : "），等级 ").append(card.grade().label()).append(en ? "" : "").append('\n');
        out.append(en ? "Budget execution rate: declared " : "预算执行进度：申报 ")
                .append(card.report().budget().declaredExecutionRate().map(p -> num(p.points()) + "%").orElse(NONE))
                .append(en ? ", computed " : "，计算 ")
                .append(card.budgetExecutionRate().map(p -> num(p.points()) + "%").orElse(NONE)).append('\n');
        out.append('\n');
        out.append(en ? "Findings (" : "审计发现（").append(card.findings().size())
                .append(en ? "): " : "）：").append(card.findings(Severity.ERROR).size()).append(en ? " error, " : " 错误，")
                .append(card.findings(Severity.WARNING).size()).append(en ? " warning, " : " 警告，")
                .append(card.findings(Severity.INFO).size()).append(en ? " info" : " 提示").append('\n');
        for (Finding f : card.findings()) {
            out.append("  ").append(severity(f.severity(), en)).append(' ').append(f.code().name()).append("  ")
                    .append(f.path());
            if (f.declared().isPresent() || f.computed().isPresent()) {
                String[] labels = valueLabels(f.code(), en);
                out.append("  ").append(labels[0]).append(' ').append(f.declared().orElse(NONE))
                        .append(labels[1]).append(f.computed().orElse(NONE));
            }
            out.append('\n').append("      ").append(f.message(locale)).append('\n');
        }
        return out.toString();
    }

    /**
     * What a finding's two values are: declared and computed, or — where the second is what a rule asks for — a
     * requirement (Σ 分值 应为 100), the pack's default, or a limit (200 字), so that no requirement reads as a
     * computation.
     */
    private static String[] valueLabels(FindingCode code, boolean en) {
        if (REQUIRED.contains(code)) {
            return en ? new String[] {"declared", ", required "} : new String[] {"申报", "，应为 "};
        }
        if (PACK_DEFAULT.contains(code)) {
            return en ? new String[] {"declared", ", pack default "} : new String[] {"申报", "，规则包默认 "};
        }
        if (LIMIT.contains(code)) {
            return en ? new String[] {"actual", ", limit "} : new String[] {"实际", "，限值 "};
        }
        return en ? new String[] {"declared", ", computed "} : new String[] {"申报", "，计算 "};
    }

    private static String severity(Severity s, boolean en) {
        if (en) {
            return "[" + s.name() + "]";
        }
        switch (s) {
            case ERROR:
                return "[错误]";
            case WARNING:
                return "[警告]";
            default:
                return "[提示]";
        }
    }

    private static String rule(int[] widths) {
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        return "-".repeat(total + 2 * (widths.length - 1));
    }

    private static String num(Optional<BigDecimal> v) {
        return v.map(ScoreCardText::num).orElse(NONE);
    }

    private static String num(BigDecimal v) {
        return ScoreCardJson.plain(v);
    }
}
