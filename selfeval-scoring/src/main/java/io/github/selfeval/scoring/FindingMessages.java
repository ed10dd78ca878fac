package io.github.selfeval.scoring;

import io.github.selfeval.model.internal.ModelMessageInterpolator;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The texts of findings, kept in properties files (UTF-8) per language — {@code <base>_zh.properties} and
 * {@code <base>_en.properties} — and overridable by an application as the model's validation messages are: a
 * key in the application's {@code FindingMessages_zh.properties} / {@code FindingMessages_en.properties} at
 * the root of its class path (found through the thread context class loader, on the class path and the module
 * path alike) wins over the check's own text. A template's {@code {0}}, {@code {1}} … take the arguments as
 * given; nothing else in it is special. A missing key reads as the key itself followed by the arguments, so a
 * finding never loses its values. Immutable and thread-safe; files are read once per language.
 *
 * <p>A plugin's check keeps its own texts in its jar and passes a function that reads them, written in its own
 * class so that the module system lets it read its own package:
 * <pre>{@code
 * static final FindingMessages MESSAGES =
 *         FindingMessages.of(name -> MyCheck.class.getResourceAsStream(name), "/com/example/checks/messages");
 * }</pre>
 *
 * @since 0.3
 */
public final class FindingMessages {

    /** The base name of an application's overrides, at the root of its class path. */
    public static final String APPLICATION_BASE_NAME = "FindingMessages";

    private static final class Standard {
        static final FindingMessages INSTANCE = new FindingMessages(
                name -> FindingMessages.class.getResourceAsStream(name), "/io/github/selfeval/scoring/internal/findings");
    }

    private final Function<String, ? extends @Nullable InputStream> resources;
    private final String baseName;
    /** The templates by key, read on first use: Chinese, English. */
    private volatile @Nullable Map<String, Template> zh;
    private volatile @Nullable Map<String, Template> en;

    private FindingMessages(Function<String, ? extends @Nullable InputStream> resources, String baseName) {
        this.resources = resources;
        this.baseName = baseName;
    }

    /**
     * This library's finding texts.
     *
     * @return the messages, never null
     */
    public static FindingMessages standard() {
        return Standard.INSTANCE;
    }

    /**
     * A check's own texts.
     *
     * @param resources opens a resource by name ({@code <baseName>_zh.properties}), giving null when there is
     *     none: e.g. {@code name -> MyCheck.class.getResourceAsStream(name)}
     * @param baseName the files' name without language and extension, as {@code resources} takes it
     * @return the messages, never null
     */
    public static FindingMessages of(Function<String, ? extends @Nullable InputStream> resources, String baseName) {
        return new FindingMessages(Objects.requireNonNull(resources, "resources"),
                Objects.requireNonNull(baseName, "baseName"));
    }

    /**
     * The text of a key in a language (Chinese unless the locale's language is English), arguments filled in.
     *
     * @param locale the reader's locale
     * @param key the key, e.g. {@code FUNDS_TOTAL_NOT_SUM_OF_PARTS}
     * @param args the values for {@code {0}}, {@code {1}} …
     * @return the text, never null
     */
    public String text(Locale locale, String key, Object... args) {
        return fill("en".equals(locale.getLanguage()) ? english() : chinese(), key, args);
    }

    /**
     * A finding whose Chinese and English messages are this key's texts, each filled in when first asked for
     * ({@link FindingText}). The templates are read now, on the calling thread, as they were when the texts were
     * filled in at once; an argument other than a string, a boxed primitive, a {@code BigDecimal} or a
     * {@code BigInteger} is turned into its text now, so that a finding does not change when an argument does.
     *
     * @param code the code
     * @param severity how serious
     * @param path the JSON path of the value concerned
     * @param declared what the form says, if there is a value to compare
     * @param computed what the rules give, if there is a value to compare
     * @param key the messages' key
     * @param args the values for {@code {0}}, {@code {1}} …
     * @return the finding, never null
     */
    public Finding finding(FindingCode code, Severity severity, String path, Optional<String> declared,
            Optional<String> computed, String key, Object... args) {
        Object[] values = args.clone();
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v != null && !immutable(v.getClass())) {
                values[i] = String.valueOf(v);
            }
        }
        return new Finding(code, severity, path, declared, computed,
                FindingText.lazy(chinese(), english(), Objects.requireNonNull(key, "key"), values));
    }

    /** Whether a value of the class is immutable and its text fixed, so that it can be filled in later. */
    private static boolean immutable(Class<?> c) {
        return c == String.class || c == Integer.class || c == Long.class || c == java.math.BigDecimal.class
                || c == Short.class || c == Byte.class || c == Character.class || c == Boolean.class
                || c == Double.class || c == Float.class || c == java.math.BigInteger.class;
    }

    private Map<String, Template> chinese() {
        Map<String, Template> t = zh;
        return t != null ? t : (zh = load("zh"));
    }

    private Map<String, Template> english() {
        Map<String, Template> t = en;
        return t != null ? t : (en = load("en"));
    }

    /** The language's templates, the application's overrides merged in; read at most a few times, then kept. */
    private Map<String, Template> load(String language) {
        Map<String, String> merged = new HashMap<>();
        ModelMessageInterpolator.loadMessages(resources.apply(baseName + "_" + language + ".properties"), merged);
        ClassLoader app = Thread.currentThread().getContextClassLoader();
        if (app == null) {
            app = ClassLoader.getSystemClassLoader();
        }
        ModelMessageInterpolator.loadMessages(
                app.getResourceAsStream(APPLICATION_BASE_NAME + "_" + language + ".properties"), merged);
        Map<String, Template> out = new HashMap<>(merged.size() * 2);
        merged.forEach((k, v) -> out.put(k, Template.parse(v)));
        return Map.copyOf(out);
    }

    /** The key's template filled in, or the key and the arguments where the language has no such key. */
    static String fill(Map<String, Template> templates, String key, Object[] args) {
        Template template = templates.get(key);
        if (template == null) {
            StringBuilder sb = new StringBuilder(key);
            for (Object a : args) {
                sb.append(' ').append(a);
            }
            return sb.toString();
        }
        return template.fill(args);
    }

    /**
     * A text split once into its literal runs and its {@code {i}} references, so that filling it in only
     * appends: {@code literals[0] args[refs[0]] literals[1] …}. A reference past the arguments reads as written.
     */
    static final class Template {
        private final String[] literals;
        private final int[] refs;
        private final String[] written;
        private final int literalLength;

        private Template(String[] literals, int[] refs, String[] written) {
            this.literals = literals;
            this.refs = refs;
            this.written = written;
            int n = 0;
            for (String l : literals) {
                n += l.length();
            }
            this.literalLength = n;
        }

        static Template parse(String template) {
            List<String> literals = new ArrayList<>();
            List<Integer> refs = new ArrayList<>();
            List<String> written = new ArrayList<>();
            StringBuilder run = new StringBuilder();
            int i = 0;
            int n = template.length();
            while (i < n) {
                char c = template.charAt(i);
                if (c == '{') {
                    int close = template.indexOf('}', i + 1);
                    int index = close > i + 1 ? index(template, i + 1, close) : -1;
                    if (index >= 0) {
                        literals.add(run.toString());
                        run.setLength(0);
                        refs.add(index);
                        written.add(template.substring(i, close + 1));
                        i = close + 1;
                        continue;
                    }
                }
                run.append(c);
                i++;
            }
            literals.add(run.toString());
            int[] r = new int[refs.size()];
            for (int k = 0; k < r.length; k++) {
                r[k] = refs.get(k);
            }
            return new Template(literals.toArray(new String[0]), r, written.toArray(new String[0]));
        }

        String fill(Object[] args) {
            int n = refs.length;
            if (n == 0) {
                return literals[0];
            }
            // The values as text first, so that the builder is allocated once at the text's length.
            String[] values = new String[n];
            int length = literalLength;
            for (int k = 0; k < n; k++) {
                int index = refs[k];
                String v = index < args.length ? String.valueOf(args[index]) : written[k];
                values[k] = v;
                length += v.length();
            }
            StringBuilder text = new StringBuilder(length);
            for (int k = 0; k < n; k++) {
                text.append(literals[k]).append(values[k]);
            }
            return text.append(literals[n]).toString();
        }
    }

    private static int index(String s, int from, int to) {
        if (to - from > 3) {
            return -1;
        }
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
