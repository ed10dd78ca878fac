package io.github.selfeval.scoring;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which 二级指标 belong under which 一级指标: the indicator framework a form follows, as data.
 *
 * <p>Names match leniently: blanks are ignored and a trailing 指标 is optional, so 数量 matches
 * 数量指标; aliases add other spellings. Standard catalogues: {@code 2020} (产出 › 数量/质量/时效/成本,
 * 效益 › 经济/社会/生态/可持续影响, 满意度, 预算执行率), {@code 2021} (成本指标 a first-level
 * indicator) and {@code department} (2020 plus management indicators). Immutable and thread-safe.
 *
 * @param id the catalogue's id, e.g. {@code 2020}
 * @param name a human-readable name
 * @param level1 the first-level indicators in order
 * @since 0.1
 */
public record IndicatorCatalogue(String id, String name, List<Level1> level1) {

    /**
     * Checks and copies the arguments.
     *
     * @param id the catalogue's id, e.g. {@code 2020}
     * @param name a human-readable name
     * @param level1 the first-level indicators in order
     */
    public IndicatorCatalogue {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        level1 = List.copyOf(level1);
    }

    /**
     * The first-level indicator a name denotes.
     *
     * @param name the 一级指标 as written
     * @return the entry, or empty when the catalogue has none of that name
     */
    public Optional<Level1> findLevel1(String name) {
        return level1.stream().filter(l -> l.matches(name)).findFirst();
    }

    /**
     * The first-level indicators that list a second-level name, for telling the user where it belongs.
     *
     * @param level2Name the 二级指标 as written
     * @return the entries in catalogue order, never null
     */
    public List<Level1> level1sListing(String level2Name) {
        return level1.stream().filter(l -> l.findLevel2(level2Name).isPresent()).toList();
    }

    /**
     * Normalises an indicator name for matching: removes blanks and a trailing 指标.
     *
     * @param name the name as written
     * @return the key, never null
     */
    public static String key(String name) {
        // A plain loop: this runs for every row of every report scored.
        String s = name;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                StringBuilder sb = new StringBuilder(name.length());
                for (int j = 0; j < name.length(); j++) {
                    char d = name.charAt(j);
                    if (!Character.isWhitespace(d) && !Character.isSpaceChar(d)) {
                        sb.append(d);
                    }
                }
                s = sb.toString();
                break;
            }
        }
        return s.endsWith("指标") && s.length() > 2 ? s.substring(0, s.length() - 2) : s;
    }

    /**
     * A first-level indicator (一级指标) and the second-level ones under it.
     *
     * @param name the canonical name, e.g. 产出指标
     * @param aliases other spellings
     * @param level2 the 二级指标 under it
     */
    public record Level1(String name, List<String> aliases, List<Level2> level2) {
        /**
         * Checks and copies the arguments.
         *
         * @param name the canonical name, e.g. 产出指标
         * @param aliases other spellings
         * @param level2 the 二级指标 under it
         */
        public Level1 {
            Objects.requireNonNull(name, "name");
            aliases = List.copyOf(aliases);
            level2 = List.copyOf(level2);
        }

        /**
         * Whether a written name denotes this indicator.
         *
         * @param written the name as written
         * @return true on a match of the name or an alias
         */
        public boolean matches(String written) {
            return IndicatorCatalogue.matches(name, aliases, written);
        }

        /**
         * The second-level indicator a name denotes under this one.
         *
         * @param written the 二级指标 as written
         * @return the entry, or empty
         */
        public Optional<Level2> findLevel2(String written) {
            return level2.stream().filter(l -> l.matches(written)).findFirst();
        }
    }

    /**
     * A second-level indicator (二级指标).
     *
     * @param name the canonical name, e.g. 生态效益指标
     * @param aliases other spellings
     * @param keywords words in a 三级指标's name that mark it as belonging here; the audit warns when a
     *     row's name carries none of its own class's keywords but some of a sibling's
     * @param examples typical 三级指标, for documentation and tooling
     */
    public record Level2(String name, List<String> aliases, List<String> keywords, List<String> examples) {
        /**
         * Checks and copies the arguments.
         *
         * @param name the canonical name, e.g. 生态效益指标
         * @param aliases other spellings
         * @param keywords words in a 三级指标's name that mark it as belonging here; the audit warns when a row's name carries none of its own class's keywords but some of a sibling's
         * @param examples typical 三级指标, for documentation and tooling
         */
        public Level2 {
            Objects.requireNonNull(name, "name");
            aliases = List.copyOf(aliases);
            keywords = List.copyOf(keywords);
            examples = List.copyOf(examples);
        }

        /**
         * Whether a written name denotes this indicator.
         *
         * @param written the name as written
         * @return true on a match of the name or an alias
         */
        public boolean matches(String written) {
            return IndicatorCatalogue.matches(name, aliases, written);
        }

        /**
         * The first keyword of this class found in a 三级指标's name.
         *
         * @param indicatorName the 三级指标 as written
         * @return the keyword, or empty
         */
        public Optional<String> keywordIn(String indicatorName) {
            for (String k : keywords) {
                if (indicatorName.contains(k)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }
    }

    private static boolean matches(String name, List<String> aliases, String written) {
        String k = key(written);
        if (key(name).equals(k)) {
            return true;
        }
        for (String a : aliases) {
            if (key(a).equals(k)) {
                return true;
            }
        }
        return false;
    }
}
