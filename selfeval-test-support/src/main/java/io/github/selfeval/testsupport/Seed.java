package io.github.selfeval.testsupport;

import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.SelfEvaluationJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The seed report, {@code examples/2023-jiangezhuang.json}: a township government's 2023 部门整体
 * 绩效自评报告, transcribed exactly as the form declares it (its blanks and its 7.5 included).
 *
 * <p>The examples are copied into this module's jar when it is built, so {@link #json()} and
 * {@link #report()} work from any module's working directory; {@link #repositoryRoot()} finds the
 * checkout for tests that need the files themselves. Thread-safe.
 *
 * @since 0.1
 */
public final class Seed {

    /** The seed's file name under {@code examples/}. */
    public static final String FILE_NAME = "2023-jiangezhuang.json";

    private Seed() {
    }

    /**
     * The seed's JSON text, as in the repository at build time.
     *
     * @return the JSON, never null
     */
    public static String json() {
        return example(FILE_NAME);
    }

    /**
     * The seed report, read with {@link SelfEvaluationJson}.
     *
     * @return the report, never null
     */
    public static SelfEvaluation report() {
        return SelfEvaluationJson.read(json());
    }

    /**
     * The JSON text of an example bundled from {@code examples/}.
     *
     * @param fileName the file name, e.g. {@code 2023-jiangezhuang.json}
     * @return the JSON, never null
     * @throws IllegalArgumentException when there is no such example
     */
    public static String example(String fileName) {
        try (InputStream in = Seed.class.getResourceAsStream("examples/" + fileName)) {
            if (in == null) {
                throw new IllegalArgumentException("no bundled example " + fileName);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The repository checkout: the nearest ancestor of the working directory that holds
     * {@code examples/2023-jiangezhuang.json}. Maven runs each module's tests in the module's
     * directory, one level below it.
     *
     * @return the root, empty when the tests run outside a checkout
     */
    public static Optional<Path> repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("examples").resolve(FILE_NAME))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    /**
     * The seed file in the checkout.
     *
     * @return the path
     * @throws IllegalStateException when the tests run outside a checkout
     */
    public static Path path() {
        return repositoryRoot().map(r -> r.resolve("examples").resolve(FILE_NAME))
                .orElseThrow(() -> new IllegalStateException("no examples/" + FILE_NAME + " above "
                        + Path.of("").toAbsolutePath()));
    }
}
