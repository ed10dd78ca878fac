package io.github.selfeval.testsupport;

import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.SelfEvaluationJson;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The real published forms in {@code examples/}, transcribed exactly as printed (their sources and hand
 * checks are in {@code examples/sources/}). Bundled into this module's jar like {@link Seed}.
 *
 * @since 0.2
 */
public final class Examples {

    /** The 项目支出 forms: 2019 Hebei 廊坊, 2020 Hubei-style 长江禁捕, 2022 Shanghai 普陀 (元), 2023 Sichuan 青神. */
    public static final List<String> PROJECT_FORMS = List.of(
            "2019-hebei-langfang-nuantong.json",
            "2020-hubei-changjiang-jinbu.json",
            "2022-shanghai-putuo-tiyu.json",
            "2023-sichuan-qingshen-gongzi.json");

    /** Every example: the seed first, then the project forms. */
    public static final List<String> ALL = all();

    private Examples() {
    }

    private static List<String> all() {
        List<String> all = new ArrayList<>();
        all.add(Seed.FILE_NAME);
        all.addAll(PROJECT_FORMS);
        return Collections.unmodifiableList(all);
    }

    /**
     * An example read with {@link SelfEvaluationJson} (not validated).
     *
     * @param fileName a name from {@link #ALL}
     * @return the report, never null
     */
    public static SelfEvaluation report(String fileName) {
        return SelfEvaluationJson.read(Seed.example(fileName));
    }
}
