package io.github.selfeval.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;

import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.SelfEvaluationJson;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Properties of the model's JSON form. They live here, not in selfeval-model, because the model's
 * tests cannot depend on this module (it depends on the model: Maven rejects the cycle).
 */
class JsonRoundTripProperties {

    @Test
    void roundTripIsTheIdentity() {
        qt().withExamples(1000).forAll(Reports.validReports()).checkAssert(r -> {
            String json = SelfEvaluationJson.toJson(r);
            assertEquals(r, SelfEvaluationJson.read(json));
            assertFalse(json.contains("E+") || json.contains("E-"), "decimals are written plain");
        });
    }

    /** Issue 10: the project form's funds block, blocks, texts and values with units survive JSON too. */
    @Test
    void projectFormsRoundTripToo() {
        qt().withExamples(500).forAll(Reports.validProjectReports()).checkAssert(r -> {
            String json = SelfEvaluationJson.toJson(r);
            assertEquals(r, SelfEvaluationJson.read(json));
        });
        for (String example : Examples.PROJECT_FORMS) {
            SelfEvaluation r = Examples.report(example);
            assertEquals(r, SelfEvaluationJson.read(SelfEvaluationJson.toJson(r)), example);
        }
    }

    @Test
    void byteRoundTripIsTheIdentityAndStable() {
        qt().withExamples(1000).forAll(Reports.validReportsWithWeightsNotSummingTo100()).checkAssert(r -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            SelfEvaluationJson.write(r, out);
            assertEquals(r, SelfEvaluationJson.read(out.toByteArray()));
            assertEquals(SelfEvaluationJson.toJson(r), SelfEvaluationJson.toJson(SelfEvaluationJson.read(out.toByteArray())),
                    "writing what was read gives the same text");
        });
    }
}
