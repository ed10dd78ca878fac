package io.github.selfeval.scoring;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a pack's form asks for beyond arithmetic: which explanations are required, and which
 * spellings the audit points out.
 *
 * <p>Missing explanations are audit findings, never validation errors. Immutable and thread-safe.
 *
 * @param requireDeviationReason whether every indicator scoring below full marks must give 偏差原因
 *     (the project forms have that column; the seed's Hebei 部门整体 form has not)
 * @param lowExecutionRateThreshold the 预算执行率 (percent points) below which an explanation is
 *     required, e.g. 90 in Sichuan; empty when the form does not ask
 * @param overAchievementRatio the ratio 完成值 / 指标值 from which over-achievement must be explained,
 *     e.g. 1.3 in Guangxi; empty when the form does not ask
 * @param unitWords units written as words and the symbol they stand for, e.g. 百分号 → %
 * @param maxTextLength the most characters (字, counted as code points) the 存在问题 and 改进措施
 *     sections and each 偏差原因 / 改进措施 may have, e.g. 200 in Sichuan; empty when the form sets none
 * @param severities findings whose severity the pack changes (a form that does not ask for 偏差原因 may make
 *     {@code DEVIATION_REASON_MISSING} only INFO); empty for the documented severities
 * @param off findings the pack switches off (a check its form has no use for); empty for none
 * @since 0.1
 */
public record AuditRules(
        boolean requireDeviationReason,
        Optional<BigDecimal> lowExecutionRateThreshold,
        Optional<BigDecimal> overAchievementRatio,
        Map<String, String> unitWords,
        Optional<Integer> maxTextLength,
        Map<FindingCode, Severity> severities,
        Set<FindingCode> off) {

    /** The unit words recognised by default: 百分号, 百分比, 百分数, 百分率 → %. */
    public static final Map<String, String> DEFAULT_UNIT_WORDS = defaultUnitWords();

    /** No explanations required; default unit words: the seed's Hebei form. */
    public static final AuditRules LENIENT =
            new AuditRules(false, Optional.empty(), Optional.empty(), DEFAULT_UNIT_WORDS, Optional.empty(), Map.of(),
                    Set.of());

    /** 偏差原因 required below full marks; default unit words: the project forms. */
    public static final AuditRules DEVIATION_REASONS =
            new AuditRules(true, Optional.empty(), Optional.empty(), DEFAULT_UNIT_WORDS, Optional.empty(), Map.of(),
                    Set.of());

    /**
     * Checks and copies the arguments.
     *
     * @param requireDeviationReason whether every indicator scoring below full marks must give 偏差原因 (the project forms have that column; the seed's Hebei 部门整体 form has not)
     * @param lowExecutionRateThreshold the 预算执行率 (percent points) below which an explanation is required, e.g. 90 in Sichuan; empty when the form does not ask
     * @param overAchievementRatio the ratio 完成值 / 指标值 from which over-achievement must be explained, e.g. 1.3 in Guangxi; empty when the form does not ask
     * @param unitWords units written as words and the symbol they stand for, e.g. 百分号 → %
     * @param maxTextLength the most characters (字, counted as code points) the 存在问题 and 改进措施
     *     sections and each 偏差原因 / 改进措施 may have, e.g. 200 in Sichuan; empty when the form sets none
     * @param severities findings whose severity the pack changes; empty for the documented severities
     * @param off findings the pack switches off; empty for none
     */
    public AuditRules {
        lowExecutionRateThreshold = lowExecutionRateThreshold == null ? Optional.empty() : lowExecutionRateThreshold;
        overAchievementRatio = overAchievementRatio == null ? Optional.empty() : overAchievementRatio;
        Map<String, String> copy = new LinkedHashMap<>();
        unitWords.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "unitWords key"),
                Objects.requireNonNull(v, "unitWords[" + k + "]")));
        unitWords = Collections.unmodifiableMap(copy);
        maxTextLength = maxTextLength == null ? Optional.empty() : maxTextLength;
        maxTextLength.ifPresent(n -> {
            if (n < 1) {
                throw new IllegalArgumentException("maxTextLength must be positive, was " + n);
            }
        });
        severities = severities == null || severities.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new java.util.TreeMap<>(severities));
        off = off == null || off.isEmpty() ? Set.of() : Collections.unmodifiableSet(new java.util.TreeSet<>(off));
        for (FindingCode c : off) {
            if (severities.containsKey(c)) {
                throw new IllegalArgumentException(c + " is both switched off and given a severity");
            }
        }
    }

    /**
     * Rules with the documented severities and every check on.
     *
     * @param requireDeviationReason whether every indicator scoring below full marks must give 偏差原因
     * @param lowExecutionRateThreshold the 预算执行率 below which an explanation is required, if any
     * @param overAchievementRatio the ratio 完成值 / 指标值 from which over-achievement must be explained, if any
     * @param unitWords units written as words and the symbol they stand for
     * @param maxTextLength the most characters a text may have, if any
     */
    public AuditRules(boolean requireDeviationReason, Optional<BigDecimal> lowExecutionRateThreshold,
            Optional<BigDecimal> overAchievementRatio, Map<String, String> unitWords, Optional<Integer> maxTextLength) {
        this(requireDeviationReason, lowExecutionRateThreshold, overAchievementRatio, unitWords, maxTextLength, Map.of(),
                Set.of());
    }

    /**
     * These rules with findings switched off or given another severity.
     *
     * @param severities findings whose severity changes
     * @param off findings switched off
     * @return the new rules, never null
     * @since 0.3
     */
    public AuditRules withFindings(Map<FindingCode, Severity> severities, Set<FindingCode> off) {
        return new AuditRules(requireDeviationReason, lowExecutionRateThreshold, overAchievementRatio, unitWords,
                maxTextLength, severities, off);
    }

    private static Map<String, String> defaultUnitWords() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("百分号", "%");
        m.put("百分比", "%");
        m.put("百分数", "%");
        m.put("百分率", "%");
        return Collections.unmodifiableMap(m);
    }
}
