package io.github.selfeval.model;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds files of the repository (the examples) from whichever directory the tests run in. */
final class SeedFiles {
    private SeedFiles() {
    }

    /** The repository root: the nearest ancestor of the working directory holding {@code examples/}. */
    static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("examples/2023-jiangezhuang.json"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no examples/2023-jiangezhuang.json above " + Path.of("").toAbsolutePath());
    }

    static Path seed() {
        return root().resolve("examples/2023-jiangezhuang.json");
    }
}
