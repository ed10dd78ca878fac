package io.github.selfeval.scoring;

import io.github.selfeval.model.ErrorCodes;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.selfeval.model.Grade;
import io.github.selfeval.model.SelfEvalException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes a {@link ScoreCard} as the stable, documented JSON document of {@code selfeval score --format
 * json} (format {@value #FORMAT}).
 *
 * <p>The document, in this order: {@code format}, {@code pack}, {@code presentation} ({@code weighted}
 * or {@code points}), {@code rounding} (the policy's name), {@code totalScore}, {@code rawTotalScore},
 * {@code declaredTotalScore} (or null), {@code grade} (优/良/中/差), {@code budgetExecutionRate} (percent
 * points, or null), {@code declaredBudgetExecutionRate} (or null), {@code weightSum},
 * {@code indicators[]} ({@code index}, {@code level1}, {@code level2}, {@code name}, {@code source},
 * {@code declaredGrade}, {@code grade}, {@code declaredScore}, {@code score}, {@code weight},
 * {@code rawWeightedScore}, {@code weightedScore}, {@code declaredWeightedScore}),
 * {@code findingCounts} ({@code error}, {@code warning}, {@code info}) and {@code findings[]}
 * ({@code code}, {@code severity}, {@code path}, {@code declared}, {@code computed}, {@code message}, and —
 * only when the report was read from a file with cells and the finding's place is known — {@code location},
 * the user's own cell such as {@code Sheet1!H14}; since 0.3).
 * Numbers are plain decimals (never exponent notation) at the scale the rounding policy gives; absent
 * values are {@code null}; finding values are strings; messages are in the locale's language (English
 * for {@code en}, else Chinese). Fields are only ever added. Thread-safe (stateless).
 *
 * @since 0.1
 */
public final class ScoreCardJson {
    /** The format id written as {@code format}; changes only when a field changes meaning. */
    public static final String FORMAT = "selfeval-scorecard/1";

    private static final JsonFactory FACTORY = new JsonFactory();

    /** No finding has a location: a report not read from a file with cells. */
    private static final Function<String, Optional<String>> NOWHERE = path -> Optional.empty();

    private ScoreCardJson() {
    }

    /**
     * Writes a card as UTF-8 JSON, pretty-printed; the stream is flushed, not closed.
     *
     * @param card the card
     * @param out where to write
     * @param locale the language of the messages
     * @throws SelfEvalException with code {@code SCORECARD_WRITE} when the stream fails
     */
    public static void write(ScoreCard card, OutputStream out, Locale locale) {
        write(card, out, locale, NOWHERE);
    }

    /**
     * Writes a card as UTF-8 JSON, pretty-printed, each finding with the place in the user's own file its path
     * was read from ({@code "location": "Sheet1!H14"}) where {@code locate} knows one; the stream is flushed,
     * not closed.
     *
     * @param card the card
     * @param out where to write
     * @param locale the language of the messages
     * @param locate a finding's JSON path to the user's cell as text, empty when unknown (then the finding has
     *     no {@code location})
     * @throws SelfEvalException with code {@code SCORECARD_WRITE} when the stream fails
     * @since 0.3
     */
    public static void write(ScoreCard card, OutputStream out, Locale locale,
            Function<String, Optional<String>> locate) {
        Objects.requireNonNull(locate, "locate");
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(locale, "locale");
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            writeCard(card, g, locale, locate);
            g.writeRaw('\n');
            g.flush();
        } catch (IOException e) {
            throw new SelfEvalException(ErrorCodes.SCORECARD_WRITE, "cannot write the score card as JSON: " + e.getMessage(), e);
        }
    }

    /**
     * The card as a JSON string.
     *
     * @param card the card
     * @param locale the language of the messages
     * @return the JSON text, never null
     */
    public static String toJson(ScoreCard card, Locale locale) {
        return toJson(card, locale, NOWHERE);
    }

    /**
     * The card as a JSON string, each finding with its {@code location} where {@code locate} knows one.
     *
     * @param card the card
     * @param locale the language of the messages
     * @param locate a finding's JSON path to the user's cell as text, empty when unknown
     * @return the JSON text, never null
     * @since 0.3
     */
    public static String toJson(ScoreCard card, Locale locale, Function<String, Optional<String>> locate) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        write(card, buf, locale, locate);
        return buf.toString(StandardCharsets.UTF_8);
    }

    private static void writeCard(ScoreCard c, JsonGenerator g, Locale locale,
            Function<String, Optional<String>> locate) throws IOException {
        g.writeStartObject();
        g.writeStringField("format", FORMAT);
        g.writeStringField("pack", c.packId());
        g.writeStringField("presentation", c.presentation().id());
        g.writeStringField("rounding", c.rounding().name());
        number(g, "totalScore", Optional.of(c.totalScore()));
        number(g, "rawTotalScore", Optional.of(c.rawTotalScore()));
        number(g, "declaredTotalScore", c.report().declaredTotalScore());
        g.writeStringField("grade", c.grade().label());
        number(g, "budgetExecutionRate", c.budgetExecutionRate().map(p -> p.points()));
        number(g, "declaredBudgetExecutionRate", c.report().budget().declaredExecutionRate().map(p -> p.points()));
        number(g, "weightSum", Optional.of(c.weightSum()));
        if (c.budgetScore().isPresent()) {
            BudgetScore b = c.budgetScore().get();
            g.writeObjectFieldStart("budgetScore");
            number(g, "points", Optional.of(b.points()));
            number(g, "rate", b.rate().map(p -> p.points()));
            number(g, "rawScore", Optional.of(b.rawScore()));
            number(g, "score", Optional.of(b.score()));
            number(g, "declaredScore", c.report().budget().declaredScore());
            g.writeEndObject();
        }
        g.writeArrayFieldStart("indicators");
        for (IndicatorScore s : c.indicators()) {
            g.writeStartObject();
            g.writeNumberField("index", s.index());
            g.writeStringField("level1", s.indicator().level1());
            g.writeStringField("level2", s.indicator().level2());
            g.writeStringField("name", s.indicator().name());
            g.writeStringField("source", s.source().name());
            text(g, "declaredGrade", s.indicator().grade().map(Grade::label));
            g.writeStringField("grade", s.grade().label());
            number(g, "declaredScore", s.indicator().score());
            number(g, "score", Optional.of(s.score()));
            number(g, "weight", s.weight());
            number(g, "rawWeightedScore", Optional.of(s.rawWeightedScore()));
            number(g, "weightedScore", Optional.of(s.weightedScore()));
            number(g, "declaredWeightedScore", s.declaredWeightedScore());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("findingCounts");
        g.writeNumberField("error", c.findings(Severity.ERROR).size());
        g.writeNumberField("warning", c.findings(Severity.WARNING).size());
        g.writeNumberField("info", c.findings(Severity.INFO).size());
        g.writeEndObject();
        g.writeArrayFieldStart("findings");
        for (Finding f : c.findings()) {
            g.writeStartObject();
            g.writeStringField("code", f.code().name());
            g.writeStringField("severity", f.severity().name());
            g.writeStringField("path", f.path());
            text(g, "declared", f.declared());
            text(g, "computed", f.computed());
            g.writeStringField("message", f.message(locale));
            Optional<String> where = locate.apply(f.path());
            if (where != null && where.isPresent()) {
                g.writeStringField("location", where.get());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, String field, Optional<BigDecimal> v) throws IOException {
        g.writeFieldName(field);
        if (v.isEmpty()) {
            g.writeNull();
        } else {
            // Plain text keeps the policy's scale (91, 7.5, 91.02) and never uses exponent notation.
            g.writeNumber(plain(v.get()));
        }
    }

    private static void text(JsonGenerator g, String field, Optional<String> v) throws IOException {
        if (v.isEmpty()) {
            g.writeNullField(field);
        } else {
            g.writeStringField(field, v.get());
        }
    }

    static String plain(BigDecimal v) {
        return v.scale() < 0 ? v.setScale(0).toPlainString() : v.toPlainString();
    }
}
