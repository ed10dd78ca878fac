package io.github.selfeval.it.files;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.SelfEvaluationJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The fixture files of {@code examples/files/} (see its README): which real form each one is, the
 * examples it must read to, and what of those examples is not on the file.
 */
final class ExampleFiles {

    /** The repository's {@code examples/} folder. */
    static final Path EXAMPLES = Path.of(System.getProperty("selfeval.it.repositoryRoot", ".."), "examples")
            .toAbsolutePath().normalize();

    /** The fixture files. */
    static final Path FILES = EXAMPLES.resolve("files");

    /** What LibreOffice saved each workbook as. */
    static final List<String> WORKBOOK = List.of("xlsx", "xls");

    /** What LibreOffice saved each Word document as. */
    static final List<String> DOCUMENT = List.of("docx", "doc");

    /**
     * Never compared: a file prints neither the rule pack nor the catalogue (the caller chooses them; the
     * test scores under the example's), and the form id is compared on its own.
     */
    static final List<String> NOT_PRINTED = List.of("pack", "catalogue", "form");

    /** The seed's report narrative and cover: in its Word report, not on its form. */
    private static final List<String> SEED_REPORT_ONLY = List.of("narrative", "cover.preparingUnit", "cover.date",
            "cover.titleLines");

    private static final String SHANGHAI = "2022-shanghai-putuo-tiyu.json";
    private static final String HEBEI = "2019-hebei-langfang-nuantong.json";

    /**
     * One fixture.
     *
     * @param base the file's name without extension
     * @param extensions the kinds it is saved as
     * @param examples the examples it reads to, in the order its forms appear
     * @param notInFile JSON paths of the examples that the file does not hold
     */
    record Fixture(String base, List<String> extensions, List<String> examples, List<String> notInFile) {

        /** The file of one kind. */
        Path file(String extension) {
            return FILES.resolve(base + "." + extension);
        }
    }

    static final List<Fixture> ALL = List.of(
            new Fixture("2022-shanghai-putuo-tiyu", WORKBOOK, List.of(SHANGHAI), List.of()),
            new Fixture("2019-hebei-langfang-nuantong", WORKBOOK, List.of(HEBEI), List.of()),
            new Fixture("2023-sichuan-qingshen-gongzi", WORKBOOK, List.of("2023-sichuan-qingshen-gongzi.json"), List.of()),
            new Fixture("2023-jiangezhuang-form", WORKBOOK, List.of("2023-jiangezhuang.json"), SEED_REPORT_ONLY),
            new Fixture("two-projects", WORKBOOK, List.of(SHANGHAI, HEBEI), List.of()),
            new Fixture("2020-hubei-changjiang-jinbu", DOCUMENT, List.of("2020-hubei-changjiang-jinbu.json"), List.of()),
            new Fixture("2023-jiangezhuang-report", DOCUMENT, List.of("2023-jiangezhuang.json"), List.of()));

    private static final ObjectMapper JSON = new ObjectMapper();

    private ExampleFiles() {
    }

    /** An example as it is transcribed. */
    static SelfEvaluation example(String name) {
        return SelfEvaluationJson.read(EXAMPLES.resolve(name));
    }

    /** An example without what a file does not hold: what reading the file must give. */
    static SelfEvaluation expected(String name, List<String> notInFile) {
        ObjectNode tree = tree(example(name));
        remove(tree, notInFile);
        return SelfEvaluationJson.read(tree.toString());
    }

    /** A report as selfeval's JSON writer writes it, as a tree. */
    static ObjectNode tree(SelfEvaluation report) {
        try {
            return (ObjectNode) JSON.readTree(SelfEvaluationJson.toJson(report));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes dotted paths ({@code cover.date}) from a tree; a path that is not there is no error. */
    static void remove(ObjectNode tree, List<String> paths) {
        for (String path : paths) {
            String[] steps = path.split("\\.");
            JsonNode node = tree;
            for (int i = 0; i < steps.length - 1 && node != null; i++) {
                node = node.get(steps[i]);
            }
            if (node instanceof ObjectNode o) {
                o.remove(steps[steps.length - 1]);
            }
        }
    }
}
