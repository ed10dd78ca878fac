package io.github.selfeval.scoring.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.selfeval.model.Grade;
import io.github.selfeval.model.SelfEvalException;
import io.github.selfeval.model.internal.JsonCodec;
import io.github.selfeval.scoring.AuditRules;
import io.github.selfeval.scoring.BudgetExecutionRule;
import io.github.selfeval.scoring.ExecutionRateCap;
import io.github.selfeval.scoring.FindingCode;
import io.github.selfeval.scoring.GradeBand;
import io.github.selfeval.scoring.GradeBands;
import io.github.selfeval.scoring.IndicatorCatalogue;
import io.github.selfeval.scoring.IndicatorRule;
import io.github.selfeval.scoring.NotApplicableRule;
import io.github.selfeval.scoring.OverAchievementRule;
import io.github.selfeval.scoring.Presentation;
import io.github.selfeval.scoring.QuantitativeRule;
import io.github.selfeval.scoring.ReverseFormula;
import io.github.selfeval.scoring.RoundingPolicy;
import io.github.selfeval.scoring.RulePack;
import io.github.selfeval.scoring.ScoringScheme;
import io.github.selfeval.scoring.Severity;
import io.github.selfeval.scoring.TotalBasis;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads rule packs and indicator catalogues from their JSON files. Every error names the file and the
 * JSON path of the offending field.
 */
public final class JsonRules {
    // A pack or catalogue may come from anywhere (--pack PATH): the report reader's limits, so that no
    // number, string or nesting in it costs more than a report's could.
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(JsonCodec.MAX_NESTING_DEPTH)
                    .maxDocumentLength(JsonCodec.MAX_DOCUMENT_BYTES)
                    .maxStringLength(JsonCodec.MAX_STRING_LENGTH)
                    .maxNameLength(JsonCodec.MAX_NAME_LENGTH)
                    .maxNumberLength(JsonCodec.MAX_NUMBER_LENGTH)
                    .build())
            .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    private final String source;
    private final String code;

    private JsonRules(String source, String code) {
        this.source = source;
        this.code = code;
    }

    /**
     * Reads a rule pack.
     *
     * @param in the JSON
     * @param source the file's name, for messages
     * @return the pack
     */
    public static RulePack readPack(InputStream in, String source) {
        JsonRules r = new JsonRules(source, "PACK_INVALID");
        JsonNode root = r.parse(in);
        return r.pack(root);
    }

    /**
     * Reads an indicator catalogue.
     *
     * @param in the JSON
     * @param source the file's name, for messages
     * @return the catalogue
     */
    public static IndicatorCatalogue readCatalogue(InputStream in, String source) {
        JsonRules r = new JsonRules(source, "CATALOGUE_INVALID");
        JsonNode root = r.parse(in);
        return r.catalogue(root);
    }

    private JsonNode parse(InputStream in) {
        try {
            JsonNode n = MAPPER.readTree(in);
            if (n == null || !n.isObject()) {
                throw fail("$", "expected a JSON object");
            }
            return n;
        } catch (StreamConstraintsException e) {
            // a read limit (number length, nesting, string size): Jackson gives no location for these
            throw new SelfEvalException(code, source + ": a read limit exceeded: "
                    + String.valueOf(e.getOriginalMessage()).replaceAll(", from `[^`]*`\\)", ")").strip(), e);
        } catch (JsonProcessingException e) {
            String at = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new SelfEvalException(code, source + ": not valid JSON" + at + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new SelfEvalException(code.replace("INVALID", "UNREADABLE"), source + ": cannot read: " + e.getMessage(), e);
        }
    }

    private SelfEvalException fail(String path, String what) {
        return new SelfEvalException(code, source + ": " + path + ": " + what);
    }

    /**
     * Refuses a key the format does not define, naming its path and the known keys: a misspelt
     * {@code lowExecutionRateThresold} would otherwise switch a rule off without a word.
     */
    private void known(JsonNode n, String path, String... keys) {
        java.util.Set<String> allowed = java.util.Set.of(keys);
        Iterator<String> names = n.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw fail(join(path, name), "unknown key '" + name + "'; the known keys here are: "
                        + String.join(", ", new java.util.TreeSet<>(allowed)));
            }
        }
    }

    private RulePack pack(JsonNode root) {
        known(root, "$", "id", "name", "description", "scheme", "catalogue", "rounding", "audit", "sources");
        String id = text(root, "id", "$");
        try {
            return new RulePack(id, text(root, "name", "$"), optText(root, "description").orElse(""),
                    scheme(obj(root, "scheme", "$"), "scheme"), text(root, "catalogue", "$"),
                    rounding(req(root, "rounding", "$"), "rounding"),
                    audit(root.get("audit"), "audit"), strings(root.get("sources"), "sources"));
        } catch (IllegalArgumentException e) {
            throw fail("$", e.getMessage());
        }
    }

    private ScoringScheme scheme(JsonNode n, String path) {
        known(n, path, "id", "presentation", "indicatorBands", "resultBands", "quantitative", "budgetExecution",
                "defaultWeights", "total", "executionRateCaps", "notApplicable",
                "overAchievement", "indicatorRules");
        Presentation presentation;
        try {
            presentation = Presentation.of(text(n, "presentation", path));
        } catch (IllegalArgumentException e) {
            throw fail(path + ".presentation", e.getMessage());
        }
        String id = optText(n, "id").orElse(presentation.id());
        GradeBands indicatorBands = bands(req(n, "indicatorBands", path), path + ".indicatorBands");
        GradeBands resultBands = n.has("resultBands")
                ? bands(n.get("resultBands"), path + ".resultBands") : GradeBands.STANDARD;
        QuantitativeRule q = QuantitativeRule.OFF;
        if (n.has("quantitative")) {
            JsonNode qn = obj(n, "quantitative", path);
            String qp = path + ".quantitative";
            known(qn, qp, "autoScore", "reverseFormula", "withoutSymbol");
            boolean auto = bool(qn, "autoScore", qp, false);
            ReverseFormula f = ReverseFormula.LINEAR_TO_ZERO_AT_DOUBLE;
            if (qn.has("reverseFormula")) {
                try {
                    f = ReverseFormula.of(text(qn, "reverseFormula", qp));
                } catch (IllegalArgumentException e) {
                    throw fail(qp + ".reverseFormula", e.getMessage());
                }
            }
            QuantitativeRule.WithoutSymbol w = QuantitativeRule.WithoutSymbol.KEEP_DECLARED;
            if (qn.has("withoutSymbol")) {
                try {
                    w = QuantitativeRule.WithoutSymbol.of(text(qn, "withoutSymbol", qp));
                } catch (IllegalArgumentException e) {
                    throw fail(qp + ".withoutSymbol", e.getMessage());
                }
            }
            q = new QuantitativeRule(auto, f, w);
        }
        BudgetExecutionRule be = BudgetExecutionRule.STANDARD;
        if (n.has("budgetExecution")) {
            JsonNode bn = obj(n, "budgetExecution", path);
            String bp = path + ".budgetExecution";
            known(bn, bp, "weight", "cap");
            BigDecimal w = bn.has("weight") ? number(bn, "weight", bp) : BigDecimal.TEN;
            Optional<BigDecimal> cap = bn.has("cap") && bn.get("cap").isNull() ? Optional.empty()
                    : Optional.of(bn.has("cap") ? number(bn, "cap", bp) : BigDecimal.valueOf(100));
            try {
                be = new BudgetExecutionRule(w, cap);
            } catch (IllegalArgumentException e) {
                throw fail(bp, e.getMessage());
            }
        }
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        if (n.has("defaultWeights")) {
            JsonNode wn = obj(n, "defaultWeights", path);
            Iterator<Map.Entry<String, JsonNode>> it = wn.properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                weights.put(e.getKey(), number(wn, e.getKey(), path + ".defaultWeights"));
            }
        }
        TotalBasis total = TotalBasis.PRINTED_ROWS;
        if (n.has("total")) {
            try {
                total = TotalBasis.of(text(n, "total", path));
            } catch (IllegalArgumentException e) {
                throw fail(path + ".total", e.getMessage());
            }
        }
        List<ExecutionRateCap> caps = new ArrayList<>();
        if (n.has("executionRateCaps")) {
            JsonNode cn = n.get("executionRateCaps");
            String cp = path + ".executionRateCaps";
            if (!cn.isArray()) {
                throw fail(cp, "expected a list of {\"below\": rate, \"max\": total}");
            }
            for (int i = 0; i < cn.size(); i++) {
                String ip = cp + "[" + i + "]";
                JsonNode c = cn.get(i);
                if (!c.isObject()) {
                    throw fail(ip, "expected an object");
                }
                known(c, ip, "below", "max");
                try {
                    caps.add(new ExecutionRateCap(number(c, "below", ip), number(c, "max", ip)));
                } catch (IllegalArgumentException e) {
                    throw fail(ip, e.getMessage());
                }
            }
        }
        NotApplicableRule na = NotApplicableRule.NONE;
        if (n.has("notApplicable") && !n.get("notApplicable").isNull()) {
            JsonNode nn = obj(n, "notApplicable", path);
            String np = path + ".notApplicable";
            known(nn, np, "marks", "rescale");
            List<String> marks = nn.has("marks") ? strings(nn.get("marks"), np + ".marks")
                    : NotApplicableRule.PRINTED_MARKS;
            try {
                na = new NotApplicableRule(marks, bool(nn, "rescale", np, true));
            } catch (IllegalArgumentException e) {
                throw fail(np + ".marks", e.getMessage());
            }
        }
        Optional<OverAchievementRule> over = Optional.empty();
        if (n.has("overAchievement") && !n.get("overAchievement").isNull()) {
            JsonNode on = obj(n, "overAchievement", path);
            String op = path + ".overAchievement";
            known(on, op, "ratio", "deduction");
            try {
                over = Optional.of(new OverAchievementRule(number(on, "ratio", op), number(on, "deduction", op)));
            } catch (IllegalArgumentException e) {
                throw fail(op, e.getMessage());
            }
        }
        List<IndicatorRule> rules = new ArrayList<>();
        if (n.has("indicatorRules") && !n.get("indicatorRules").isNull()) {
            JsonNode rn = n.get("indicatorRules");
            String rp = path + ".indicatorRules";
            if (!rn.isArray()) {
                throw fail(rp, "expected a list of indicator rules");
            }
            for (int i = 0; i < rn.size(); i++) {
                rules.add(indicatorRule(rn.get(i), rp + "[" + i + "]"));
            }
        }
        return new ScoringScheme(id, presentation, indicatorBands, resultBands, q, be, weights, total, caps, na, over,
                rules);
    }

    private IndicatorRule indicatorRule(JsonNode r, String path) {
        if (!r.isObject()) {
            throw fail(path, "expected an object");
        }
        known(r, path, "names", "points", "deduction", "steps", "otherwise");
        Optional<IndicatorRule.Deduction> deduction = Optional.empty();
        if (r.has("deduction")) {
            JsonNode d = obj(r, "deduction", path);
            String dp = path + ".deduction";
            known(d, dp, "above", "perPoint");
            try {
                deduction = Optional.of(new IndicatorRule.Deduction(number(d, "above", dp), number(d, "perPoint", dp)));
            } catch (IllegalArgumentException e) {
                throw fail(dp, e.getMessage());
            }
        }
        List<IndicatorRule.Step> steps = new ArrayList<>();
        if (r.has("steps")) {
            JsonNode sn = r.get("steps");
            if (!sn.isArray()) {
                throw fail(path + ".steps", "expected a list of steps");
            }
            for (int i = 0; i < sn.size(); i++) {
                String sp = path + ".steps[" + i + "]";
                JsonNode st = sn.get(i);
                if (!st.isObject()) {
                    throw fail(sp, "expected an object");
                }
                known(st, sp, "atLeast", "atMost", "atMostTarget", "points");
                int bounds = (st.has("atLeast") ? 1 : 0) + (st.has("atMost") ? 1 : 0) + (st.has("atMostTarget") ? 1 : 0);
                if (bounds != 1) {
                    throw fail(sp, "expected exactly one of atLeast, atMost, atMostTarget");
                }
                IndicatorRule.Bound bound = st.has("atLeast") ? IndicatorRule.Bound.AT_LEAST
                        : st.has("atMost") ? IndicatorRule.Bound.AT_MOST : IndicatorRule.Bound.AT_MOST_TARGET;
                if (bound == IndicatorRule.Bound.AT_MOST_TARGET && !bool(st, "atMostTarget", sp, false)) {
                    throw fail(sp + ".atMostTarget", "expected true (leave it out otherwise)");
                }
                Optional<BigDecimal> value = bound == IndicatorRule.Bound.AT_LEAST ? Optional.of(number(st, "atLeast", sp))
                        : bound == IndicatorRule.Bound.AT_MOST ? Optional.of(number(st, "atMost", sp)) : Optional.empty();
                try {
                    steps.add(new IndicatorRule.Step(bound, value, number(st, "points", sp)));
                } catch (IllegalArgumentException e) {
                    throw fail(sp, e.getMessage());
                }
            }
        }
        List<String> names = strings(req(r, "names", path), path + ".names");
        BigDecimal otherwise = r.has("otherwise") ? number(r, "otherwise", path) : BigDecimal.ZERO;
        try {
            return new IndicatorRule(names, number(r, "points", path), deduction, steps, otherwise);
        } catch (IllegalArgumentException e) {
            throw fail(path, e.getMessage());
        }
    }

    private GradeBands bands(JsonNode n, String path) {
        if (n.isTextual()) {
            switch (n.asText()) {
                case "standard":
                    return GradeBands.STANDARD;
                case "qualitative-shares":
                    return GradeBands.QUALITATIVE_SHARES;
                default:
                    throw fail(path, "unknown bands '" + n.asText() + "', expected standard, qualitative-shares or a list");
            }
        }
        if (!n.isArray()) {
            throw fail(path, "expected a list of bands or the name standard / qualitative-shares");
        }
        List<GradeBand> list = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            String bp = path + "[" + i + "]";
            JsonNode b = n.get(i);
            if (!b.isObject()) {
                throw fail(bp, "expected an object");
            }
            known(b, bp, "grade", "min", "max", "minInclusive", "maxInclusive", "label");
            Grade g;
            try {
                g = Grade.of(text(b, "grade", bp));
            } catch (IllegalArgumentException e) {
                throw fail(bp + ".grade", e.getMessage());
            }
            try {
                list.add(new GradeBand(g, number(b, "min", bp), number(b, "max", bp),
                        bool(b, "minInclusive", bp, true), bool(b, "maxInclusive", bp, false), optText(b, "label")));
            } catch (IllegalArgumentException e) {
                throw fail(bp, e.getMessage());
            }
        }
        try {
            return new GradeBands(list);
        } catch (IllegalArgumentException e) {
            throw fail(path, e.getMessage());
        }
    }

    private RoundingPolicy rounding(JsonNode n, String path) {
        if (n.isTextual()) {
            try {
                return RoundingPolicy.named(n.asText());
            } catch (SelfEvalException e) {
                throw fail(path, e.getMessage());
            }
        }
        if (!n.isObject()) {
            throw fail(path, "expected a policy name (default, hebei) or an object");
        }
        known(n, path, "name", "rate", "score", "weightedScore", "total");
        return new RoundingPolicy(text(n, "name", path), step(n, "rate", path), step(n, "score", path),
                step(n, "weightedScore", path), step(n, "total", path));
    }

    private RoundingPolicy.Step step(JsonNode parent, String field, String path) {
        JsonNode n = obj(parent, field, path);
        String p = path + "." + field;
        known(n, p, "scale", "mode");
        JsonNode scale = req(n, "scale", p);
        if (!scale.isInt()) {
            throw fail(p + ".scale", "expected a whole number 0–10");
        }
        RoundingMode mode;
        try {
            mode = RoundingMode.valueOf(text(n, "mode", p));
        } catch (IllegalArgumentException e) {
            throw fail(p + ".mode", "unknown rounding mode '" + n.get("mode").asText()
                    + "', expected HALF_UP, HALF_EVEN, DOWN, UP, FLOOR, CEILING or HALF_DOWN");
        }
        try {
            return RoundingPolicy.Step.of(scale.asInt(), mode);
        } catch (IllegalArgumentException e) {
            throw fail(p, e.getMessage());
        }
    }

    private AuditRules audit(JsonNode n, String path) {
        if (n == null || n.isNull()) {
            return AuditRules.LENIENT;
        }
        if (!n.isObject()) {
            throw fail(path, "expected an object");
        }
        known(n, path, "requireDeviationReason", "lowExecutionRateThreshold", "overAchievementRatio", "unitWords",
                "maxTextLength", "findings");
        Map<FindingCode, Severity> severities = new java.util.TreeMap<>();
        java.util.Set<FindingCode> off = new java.util.TreeSet<>();
        if (n.has("findings") && !n.get("findings").isNull()) {
            JsonNode fn = obj(n, "findings", path);
            String fp = path + ".findings";
            Iterator<Map.Entry<String, JsonNode>> it = fn.properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                FindingCode code = knownCode(e.getKey());
                if (code == null) {
                    throw fail(fp + "." + e.getKey(), "unknown finding code '" + e.getKey() + "'; the known codes are: "
                            + String.join(", ", knownCodes()));
                }
                String v = e.getValue().isTextual() ? e.getValue().asText() : "";
                switch (v) {
                    case "off":
                        off.add(code);
                        break;
                    case "ERROR":
                    case "WARNING":
                    case "INFO":
                        severities.put(code, Severity.valueOf(v));
                        break;
                    default:
                        throw fail(fp + "." + e.getKey(), "expected \"off\", \"ERROR\", \"WARNING\" or \"INFO\"");
                }
            }
        }
        Map<String, String> words = AuditRules.DEFAULT_UNIT_WORDS;
        if (n.has("unitWords")) {
            JsonNode wn = obj(n, "unitWords", path);
            Map<String, String> m = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> it = wn.properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                m.put(e.getKey(), text(wn, e.getKey(), path + ".unitWords"));
            }
            words = m;
        }
        Optional<Integer> maxText = Optional.empty();
        if (n.has("maxTextLength") && !n.get("maxTextLength").isNull()) {
            JsonNode m = n.get("maxTextLength");
            if (!m.isInt() || m.asInt() < 1) {
                throw fail(path + ".maxTextLength", "expected a positive whole number");
            }
            maxText = Optional.of(m.asInt());
        }
        return new AuditRules(bool(n, "requireDeviationReason", path, false),
                optNumber(n, "lowExecutionRateThreshold", path), optNumber(n, "overAchievementRatio", path), words,
                maxText, severities, off);
    }

    private IndicatorCatalogue catalogue(JsonNode root) {
        known(root, "$", "id", "name", "description", "level1", "sources");
        String id = text(root, "id", "$");
        JsonNode l1s = req(root, "level1", "$");
        if (!l1s.isArray()) {
            throw fail("level1", "expected a list");
        }
        List<IndicatorCatalogue.Level1> out = new ArrayList<>();
        for (int i = 0; i < l1s.size(); i++) {
            String p = "level1[" + i + "]";
            JsonNode l1 = l1s.get(i);
            known(l1, p, "name", "aliases", "level2");
            JsonNode l2s = req(l1, "level2", p);
            if (!l2s.isArray()) {
                throw fail(p + ".level2", "expected a list");
            }
            List<IndicatorCatalogue.Level2> level2 = new ArrayList<>();
            for (int j = 0; j < l2s.size(); j++) {
                String q = p + ".level2[" + j + "]";
                JsonNode l2 = l2s.get(j);
                known(l2, q, "name", "aliases", "keywords", "examples");
                level2.add(new IndicatorCatalogue.Level2(text(l2, "name", q), strings(l2.get("aliases"), q + ".aliases"),
                        strings(l2.get("keywords"), q + ".keywords"), strings(l2.get("examples"), q + ".examples")));
            }
            out.add(new IndicatorCatalogue.Level1(text(l1, "name", p), strings(l1.get("aliases"), p + ".aliases"),
                    level2));
        }
        return new IndicatorCatalogue(id, optText(root, "name").orElse(id), out);
    }

    private JsonNode req(JsonNode parent, String field, String path) {
        if (parent == null || !parent.isObject()) {
            throw fail(path, "expected an object");
        }
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            throw fail(join(path, field), "is required");
        }
        return n;
    }

    private JsonNode obj(JsonNode parent, String field, String path) {
        JsonNode n = req(parent, field, path);
        if (!n.isObject()) {
            throw fail(join(path, field), "expected an object");
        }
        return n;
    }

    private String text(JsonNode parent, String field, String path) {
        JsonNode n = req(parent, field, path);
        if (!n.isTextual() || n.asText().isBlank()) {
            throw fail(join(path, field), "expected a non-blank string");
        }
        return n.asText();
    }

    private static Optional<String> optText(JsonNode parent, String field) {
        JsonNode n = parent.get(field);
        return n == null || !n.isTextual() || n.asText().isBlank() ? Optional.empty() : Optional.of(n.asText());
    }

    private BigDecimal number(JsonNode parent, String field, String path) {
        JsonNode n = req(parent, field, path);
        if (!n.isNumber()) {
            throw fail(join(path, field), "expected a number");
        }
        BigDecimal value = n.decimalValue();
        // As for reports: 1e400 reads, 1e999999999 does not (it would make every later plain-text
        // rendering or rescaling of the number expand a billion digits).
        if (Math.abs((long) value.scale()) > JsonCodec.MAX_NUMBER_SCALE) {
            throw fail(join(path, field), "the number " + n.asText() + " is out of range: its exponent exceeds the limit of "
                    + JsonCodec.MAX_NUMBER_SCALE);
        }
        return value;
    }

    private Optional<BigDecimal> optNumber(JsonNode parent, String field, String path) {
        JsonNode n = parent.get(field);
        return n == null || n.isNull() ? Optional.empty() : Optional.of(number(parent, field, path));
    }

    private boolean bool(JsonNode parent, String field, String path, boolean dflt) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            return dflt;
        }
        if (!n.isBoolean()) {
            throw fail(join(path, field), "expected true or false");
        }
        return n.asBoolean();
    }

    private List<String> strings(JsonNode n, String path) {
        if (n == null || n.isNull()) {
            return List.of();
        }
        if (!n.isArray()) {
            throw fail(path, "expected a list of strings");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            if (!n.get(i).isTextual()) {
                throw fail(path + "[" + i + "]", "expected a string");
            }
            out.add(n.get(i).asText());
        }
        return out;
    }

    private static String join(String path, String field) {
        return "$".equals(path) ? field : path + "." + field;
    }

    /** A standard code, or one a loaded check declares, by name; null when neither. */
    private static @Nullable FindingCode knownCode(String name) {
        try {
            return FindingCode.valueOf(name);
        } catch (IllegalArgumentException x) {
            for (io.github.selfeval.scoring.AuditCheck c : io.github.selfeval.scoring.AuditChecks.standard().all()) {
                for (FindingCode code : declaredCodes(c)) {
                    if (code.name().equals(name)) {
                        return code;
                    }
                }
            }
            return null;
        }
    }

    /** The standard codes and those the loaded checks declare, sorted. */
    private static List<String> knownCodes() {
        java.util.TreeSet<String> names = new java.util.TreeSet<>();
        for (FindingCode c : FindingCode.values()) {
            names.add(c.name());
        }
        for (io.github.selfeval.scoring.AuditCheck c : io.github.selfeval.scoring.AuditChecks.standard().all()) {
            for (FindingCode code : declaredCodes(c)) {
                names.add(code.name());
            }
        }
        return List.copyOf(names);
    }

    /** A check's declared codes; a check whose {@code codes()} fails declares none. */
    private static List<FindingCode> declaredCodes(io.github.selfeval.scoring.AuditCheck c) {
        try {
            List<FindingCode> codes = c.codes();
            return codes == null ? List.of() : codes;
        } catch (RuntimeException | LinkageError e) {
            return List.of();
        }
    }
}
