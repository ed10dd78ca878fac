package io.github.selfeval.scoring;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A named, documented set of rules for one kind of form: a scoring scheme, an indicator catalogue,
 * a rounding policy and audit rules.
 *
 * <p>Standard packs: {@code hebei} (the seed's form, reproduced exactly), {@code national} (points,
 * 10/50/30/10, 2021 catalogue), {@code chongqing} (points with 得分系数) and {@code sichuan}
 * (执行率 below 90% explained). Users add packs as resource files, see {@link RulePacks}.
 * Immutable and thread-safe.
 *
 * @param id the pack's id: lowercase letters, digits and hyphens, e.g. {@code hebei}
 * @param name a human-readable name, e.g. 河北省部门整体绩效自评表
 * @param description what the pack reproduces and where its rules come from
 * @param scheme the scoring scheme
 * @param catalogue the id of the default indicator catalogue (a report may name its own)
 * @param rounding the pack's own rounding policy
 * @param audit what the form asks for beyond arithmetic
 * @param sources where the rules come from ("local practice")
 * @since 0.1
 */
public record RulePack(
        String id,
        String name,
        String description,
        ScoringScheme scheme,
        String catalogue,
        RoundingPolicy rounding,
        AuditRules audit,
        List<String> sources) {

    /** The form of a pack id. */
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    /**
     * Checks and copies the arguments.
     *
     * @param id the pack's id: lowercase letters, digits and hyphens, e.g. {@code hebei}
     * @param name a human-readable name, e.g. 河北省部门整体绩效自评表
     * @param description what the pack reproduces and where its rules come from
     * @param scheme the scoring scheme
     * @param catalogue the id of the default indicator catalogue (a report may name its own)
     * @param rounding the pack's own rounding policy
     * @param audit what the form asks for beyond arithmetic
     * @param sources where the rules come from ("local practice")
     */
    public RulePack {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("pack id '" + id + "' must match " + ID.pattern());
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(rounding, "rounding");
        Objects.requireNonNull(audit, "audit");
        sources = List.copyOf(sources);
    }

    /**
     * This pack with another scheme, e.g. shown in points instead of weights.
     *
     * @param s the scheme
     * @return the new pack, never null
     */
    public RulePack withScheme(ScoringScheme s) {
        return new RulePack(id, name, description, s, catalogue, rounding, audit, sources);
    }

    /**
     * This pack with another rounding policy.
     *
     * @param r the policy
     * @return the new pack, never null
     */
    public RulePack withRounding(RoundingPolicy r) {
        return new RulePack(id, name, description, scheme, catalogue, r, audit, sources);
    }

    /**
     * This pack with other audit rules.
     *
     * @param a the rules
     * @return the new pack, never null
     */
    public RulePack withAudit(AuditRules a) {
        return new RulePack(id, name, description, scheme, catalogue, rounding, a, sources);
    }
}
