package io.github.selfeval.testsupport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.selfeval.model.SelfEvaluations;
import io.github.selfeval.model.form.FormDescriptions;
import io.github.selfeval.testsupport.Examples;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every real example in {@code examples/} reads and validates as it is, and names a form that exists. */
class ExamplesValidateTest {

    @Test
    void everyExampleValidatesWithoutAWorkaround() {
        for (String name : Examples.ALL) {
            var report = Examples.report(name);
            assertEquals(List.of(), SelfEvaluations.violations(report, Locale.ENGLISH), name);
            assertEquals(report.kind(), FormDescriptions.standard().forReport(report).kind(), name);
        }
    }
}
