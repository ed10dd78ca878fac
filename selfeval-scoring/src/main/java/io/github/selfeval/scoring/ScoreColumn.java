package io.github.selfeval.scoring;

import java.util.Locale;
import java.util.Objects;

/**
 * What each number of a scored row is, named as its presentation names it: the one vocabulary the text and
 * JSON score cards label their columns with, so that no two columns share a name.
 *
 * <p>In the {@link Presentation#WEIGHTED weighted} presentation a row has 得分 (0–100), 权重 (%) and 折算得分; in
 * the {@link Presentation#POINTS points} presentation the same numbers are 得分系数 (%), 分值 and 得分. Each is
 * either what the form declares or what the rules compute. Immutable and thread-safe.
 *
 * @since 0.3
 */
public enum ScoreColumn {
    /** The declared 单项指标得分 (weighted) or 得分系数 (points). */
    DECLARED_SCORE("得分(申报)", "得分系数%(申报)", "Score (decl.)", "Share % (decl.)"),
    /** The computed 单项指标得分 (weighted) or 得分系数 (points). */
    SCORE("得分(计算)", "得分系数%(计算)", "Score", "Share %"),
    /** 权重占比 (weighted) or 分值 (points). */
    WEIGHT("权重%", "分值", "Weight %", "Points"),
    /** The declared 折算得分 (weighted) or 得分 (points). */
    DECLARED_WEIGHTED_SCORE("折算(申报)", "得分(申报)", "Weighted (decl.)", "Earned (decl.)"),
    /** The computed 折算得分 (weighted) or 得分 (points). */
    WEIGHTED_SCORE("折算(计算)", "得分(计算)", "Weighted", "Earned");

    private final String weightedZh;
    private final String pointsZh;
    private final String weightedEn;
    private final String pointsEn;

    ScoreColumn(String weightedZh, String pointsZh, String weightedEn, String pointsEn) {
        this.weightedZh = weightedZh;
        this.pointsZh = pointsZh;
        this.weightedEn = weightedEn;
        this.pointsEn = pointsEn;
    }

    /**
     * The column's label.
     *
     * @param presentation the card's presentation
     * @param locale English for {@code en}, else Chinese
     * @return the label, never null; distinct from every other column's in the same presentation and language
     */
    public String label(Presentation presentation, Locale locale) {
        boolean en = "en".equals(Objects.requireNonNull(locale, "locale").getLanguage());
        boolean points = Objects.requireNonNull(presentation, "presentation") == Presentation.POINTS;
        return en ? (points ? pointsEn : weightedEn) : (points ? pointsZh : weightedZh);
    }
}
