package io.github.selfeval.cli.internal;

import io.github.selfeval.model.SelfEvaluation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Output names for the forms of one file: the file's own base name when it holds one form; else, per form,
 * the base name, {@code -} and the report's 项目名称 (a 部门整体 form: 部门名称), made safe as a file name —
 * {@code 2023-forms-道路维修}; a form without a usable name, or repeating one, takes its position instead
 * ({@code 2023-forms-2}). Names differ from each other within the file, whatever case the file system ignores.
 */
final class FormNames {

    /** The longest part a report's name contributes. */
    static final int MAX_NAME = 60;

    private FormNames() {
    }

    /**
     * The base names of a file's forms, in order.
     *
     * @param fileBase the file's name without extension
     * @param reports the forms' reports
     * @return one base name per report
     */
    static List<String> of(String fileBase, List<SelfEvaluation> reports) {
        if (reports.size() == 1) {
            return List.of(fileBase);
        }
        List<String> names = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < reports.size(); i++) {
            SelfEvaluation r = reports.get(i);
            String own = safe(r.project().map(p -> p.name()).filter(n -> !n.isBlank()).orElse(r.cover().department()));
            String name = own.isEmpty() ? fileBase + "-" + (i + 1) : fileBase + "-" + own;
            if (!taken.add(name.toLowerCase(Locale.ROOT))) {
                name = name + "-" + (i + 1);
                for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
                    name = fileBase + "-" + (i + 1) + "-" + n;
                }
            }
            names.add(name);
        }
        return names;
    }

    /**
     * A report's name as part of a file name: letters (any script), digits, {@code -}, {@code _} and {@code .}
     * kept, anything else (separators, {@code : * ? " < > |}, blanks, control characters) a single {@code _},
     * no leading dot, at most {@value #MAX_NAME} characters.
     */
    static String safe(String name) {
        StringBuilder sb = new StringBuilder();
        name.strip().codePoints().forEach(c -> {
            boolean keep = Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.';
            if (keep) {
                sb.appendCodePoint(c);
            } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '_') {
                sb.append('_');
            }
        });
        String s = sb.toString();
        while (s.startsWith(".") || s.startsWith("_")) {
            s = s.substring(1);
        }
        while (s.endsWith("_") || s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.codePointCount(0, s.length()) > MAX_NAME) {
            s = s.substring(0, s.offsetByCodePoints(0, MAX_NAME));
        }
        return s;
    }
}
