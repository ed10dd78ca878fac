package io.github.selfeval.model.internal;

import jakarta.validation.MessageInterpolator;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Interpolates the model's messages in a fixed language without Expression Language.
 *
 * <p>A template's {@code {key}} is looked up in the application's {@code ValidationMessages} bundle,
 * then in selfeval's {@code ContributorValidationMessages}, for the locale, its language, then the
 * base bundle, never the JVM's default locale (so English stays English on a Chinese machine). Then
 * {@code {attribute}} placeholders take the constraint's attribute values ({@code {min}},
 * {@code {max}}, {@code {value}} …). A template with keys found in neither bundle goes to the
 * provider's own interpolator when there is one. Immutable and thread-safe.
 */
public final class ModelMessageInterpolator implements MessageInterpolator {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}\\s]+)}");
    private static final Map<String, Map<String, String>> BUNDLES = new ConcurrentHashMap<>();

    private final @Nullable MessageInterpolator fallback;
    private final Locale locale;

    /**
     * Creates an interpolator.
     *
     * @param fallback the provider's interpolator for foreign templates, or null
     * @param locale the language of every message
     */
    public ModelMessageInterpolator(@Nullable MessageInterpolator fallback, Locale locale) {
        this.fallback = fallback;
        this.locale = locale;
    }

    @Override
    public String interpolate(String template, Context context) {
        return interpolate(template, context, locale);
    }

    @Override
    public String interpolate(String template, Context context, Locale ignored) {
        Map<String, String> messages = messages(locale);
        String resolved = template;
        for (int round = 0; round < 3; round++) {
            Matcher m = PLACEHOLDER.matcher(resolved);
            StringBuilder sb = new StringBuilder();
            boolean changed = false;
            while (m.find()) {
                String value = messages.get(m.group(1));
                if (value != null) {
                    changed = true;
                }
                m.appendReplacement(sb, Matcher.quoteReplacement(value != null ? value : m.group()));
            }
            m.appendTail(sb);
            resolved = sb.toString();
            if (!changed) {
                break;
            }
        }
        Map<String, Object> attributes = context.getConstraintDescriptor().getAttributes();
        Matcher m = PLACEHOLDER.matcher(resolved);
        StringBuilder sb = new StringBuilder();
        boolean unresolved = false;
        while (m.find()) {
            Object value = attributes.get(m.group(1));
            if (value == null) {
                unresolved = true;
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(value != null ? String.valueOf(value) : m.group()));
        }
        m.appendTail(sb);
        if (unresolved && fallback != null) {
            return fallback.interpolate(template, context, locale);
        }
        return sb.toString();
    }

    /** The merged messages for a locale: application over selfeval, specific locale over base. */
    static Map<String, String> messages(Locale locale) {
        return BUNDLES.computeIfAbsent(locale.toLanguageTag(), tag -> {
            Map<String, String> merged = new HashMap<>();
            List<String> suffixes = locale.getCountry().isEmpty()
                    ? List.of("", "_" + locale.getLanguage())
                    : List.of("", "_" + locale.getLanguage(), "_" + locale.getLanguage() + "_" + locale.getCountry());
            for (String suffix : suffixes) {
                loadMessages(ModelMessageInterpolator.class.getResourceAsStream("/ContributorValidationMessages" + suffix
                        + ".properties"), merged);
            }
            ClassLoader app = Thread.currentThread().getContextClassLoader();
            if (app == null) {
                app = ClassLoader.getSystemClassLoader();
            }
            for (String suffix : suffixes) {
                loadMessages(app.getResourceAsStream("ValidationMessages" + suffix + ".properties"), merged);
            }
            return Map.copyOf(merged);
        });
    }

    /**
     * Reads a UTF-8 properties file of messages into {@code into}, later files overriding earlier keys; a
     * missing resource ({@code null}) adds nothing. Shared with the finding messages of the scoring module.
     *
     * @param in the resource, or null when it does not exist
     * @param into where the keys go
     * @throws UncheckedIOException when the resource cannot be read
     */
    public static void loadMessages(@Nullable InputStream in, Map<String, String> into) {
        if (in == null) {
            return;
        }
        try (InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            Properties p = new Properties();
            p.load(reader);
            p.forEach((k, v) -> into.put(String.valueOf(k), String.valueOf(v)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
