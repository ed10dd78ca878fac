package io.github.selfeval.testsupport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.selfeval.model.Indicator;
import io.github.selfeval.model.IndicatorBuilder;
import io.github.selfeval.model.ReportViolation;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.SelfEvaluationJson;
import io.github.selfeval.model.SelfEvaluations;
import io.github.selfeval.testsupport.Seed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * Validation messages come out in Chinese and in English: through the facade, and through Hibernate
 * Validator used directly, with its Expression Language interpolator (expressly) and with the
 * parameter-only interpolator.
 */
class ValidationMessagesTest {

    private static SelfEvaluation seedWith(java.util.function.UnaryOperator<IndicatorBuilder> change) {
        SelfEvaluation seed = SelfEvaluationJson.read(Seed.path());
        List<Indicator> rows = new java.util.ArrayList<>(seed.indicators());
        rows.set(0, change.apply(rows.get(0).toBuilder()).build());
        return seed.toBuilder().indicators(rows).build();
    }

    @Test
    void facadeSpeaksChineseByDefaultAndEnglishOnRequest() {
        SelfEvaluation bad = seedWith(b -> b.weight("120").score(new BigDecimal("-1")));
        assertEquals(List.of(
                        new ReportViolation("indicators[0].score", "TOO_SMALL", "不能小于 0"),
                        new ReportViolation("indicators[0].weight", "TOO_LARGE", "不能大于 100")),
                SelfEvaluations.violations(bad));
        assertEquals(List.of(
                        new ReportViolation("indicators[0].score", "TOO_SMALL", "must not be less than 0"),
                        new ReportViolation("indicators[0].weight", "TOO_LARGE", "must not be greater than 100")),
                SelfEvaluations.violations(bad, Locale.ENGLISH));
        assertEquals(SelfEvaluations.violations(bad), SelfEvaluations.violations(bad, Locale.CHINESE));
        assertEquals(SelfEvaluations.violations(bad, Locale.ENGLISH), SelfEvaluations.violations(bad, Locale.US));
    }

    @Test
    void facadeIgnoresTheJvmDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            SelfEvaluation bad = seedWith(b -> b.weight("120"));
            assertEquals("不能大于 100", SelfEvaluations.violations(bad, Locale.SIMPLIFIED_CHINESE).get(0).message());
            assertEquals("must not be greater than 100", SelfEvaluations.violations(bad, Locale.ENGLISH).get(0).message());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void hibernateValidatorWithExpressLanguageInterpolatesOurBundles() {
        SelfEvaluation bad = seedWith(b -> b.weight("120"));
        assertEquals(Set.of("不能大于 100"), messages(hv(Locale.SIMPLIFIED_CHINESE, false), bad));
        assertEquals(Set.of("must not be greater than 100"), messages(hv(Locale.ENGLISH, false), bad));
    }

    @Test
    void hibernateValidatorWithParameterInterpolatorNeedsNoExpressionLanguage() {
        SelfEvaluation bad = seedWith(b -> b.weight("120"));
        assertEquals(Set.of("不能大于 100"), messages(hv(Locale.SIMPLIFIED_CHINESE, true), bad));
        assertEquals(Set.of("must not be greater than 100"), messages(hv(Locale.ENGLISH, true), bad));
        SelfEvaluation noRow = SelfEvaluationJson.read(Seed.path()).toBuilder()
                .indicators(SelfEvaluationJson.read(Seed.path()).indicators().subList(0, 8)).build();
        assertEquals(Set.of("the report has no 预算执行率 (budget execution rate) indicator row, and its funds block prints no 分值 (points)"),
                messages(hv(Locale.ENGLISH, true), noRow));
        assertEquals(Set.of("缺少“预算执行率”指标行（项目支出表则应填写项目资金的分值）"), messages(hv(Locale.SIMPLIFIED_CHINESE, true), noRow));
    }

    @Test
    void bundlesDefineTheSameKeysAndChineseIsTheDefault() throws IOException {
        Properties base = bundle("");
        Properties zh = bundle("_zh");
        Properties en = bundle("_en");
        assertEquals(base, zh, "the _zh bundle repeats the Chinese base bundle");
        assertEquals(base.keySet(), en.keySet());
        for (String key : base.stringPropertyNames()) {
            assertFalse(base.getProperty(key).contains("${"), "no EL needed: " + key);
            assertFalse(en.getProperty(key).contains("${"), "no EL needed: " + key);
            assertTrue(base.getProperty(key).codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.HAN), "Chinese base message: " + key);
        }
    }

    private static Properties bundle(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = SelfEvaluations.class.getResourceAsStream(
                "/ContributorValidationMessages" + suffix + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Validator hv(Locale locale, boolean parameterOnly) {
        var config = Validation.byProvider(HibernateValidator.class).configure().defaultLocale(locale);
        if (parameterOnly) {
            config.messageInterpolator(new ParameterMessageInterpolator(Set.of(locale), locale, false));
        }
        ValidatorFactory factory = config.buildValidatorFactory();
        return factory.getValidator();
    }

    private static Set<String> messages(Validator validator, SelfEvaluation report) {
        return validator.validate(report).stream().map(ConstraintViolation::getMessage).collect(Collectors.toSet());
    }
}
