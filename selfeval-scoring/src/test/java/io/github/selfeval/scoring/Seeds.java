package io.github.selfeval.scoring;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.selfeval.model.SelfEvaluation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The seed report, read from the repository's examples folder. */
final class Seeds {
    static final Path SEED = Path.of("..", "examples", "2023-jiangezhuang.json");

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .findAndRegisterModules()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private Seeds() {
    }

    static SelfEvaluation seed() {
        try {
            return MAPPER.readValue(Files.readAllBytes(SEED), SelfEvaluation.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
