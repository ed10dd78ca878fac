package io.github.selfeval.scoring;

import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.testsupport.Seed;

/** The seed report (examples/2023-jiangezhuang.json), read through the shared test support. */
final class Seeds {
    private Seeds() {
    }

    static SelfEvaluation seed() {
        return Seed.report();
    }
}
