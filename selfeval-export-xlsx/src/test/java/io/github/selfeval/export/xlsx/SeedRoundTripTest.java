package io.github.selfeval.export.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.SelfEvaluationJson;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

/** The seed exports and reads back to the same report. */
class SeedRoundTripTest {

    @Test
    void theSeedReadsBackUnchanged() {
        SelfEvaluation seed = Workbooks.seed();
        byte[] xlsx = Workbooks.export(Workbooks.score(seed));

        SelfEvaluation back = XlsxReportReader.read(new ByteArrayInputStream(xlsx));

        assertEquals(SelfEvaluationJson.toJson(seed), SelfEvaluationJson.toJson(back));
        assertEquals(seed, back);
    }
}
