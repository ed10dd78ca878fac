package io.github.selfeval.export.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.selfeval.export.ExportOptions;
import io.github.selfeval.model.Narrative;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.scoring.RulePacks;
import io.github.selfeval.scoring.Scorer;
import io.github.selfeval.testsupport.Reports;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Chinese line breaking (避头尾) on any text: no line of a paragraph starts with closing punctuation
 * (，。、；：？！）》” …) or ends with opening punctuation (（《“ …), and the paragraph's text is all there.
 */
class LineBreakProperties {

    private static final String NO_LINE_START = "，。、；：？！）》」』】”’％…—";
    private static final String NO_LINE_END = "（《「『【“‘";

    @Test
    void noLineStartsWithClosingOrEndsWithOpeningPunctuation() {
        SelfEvaluation seed = SeedPdf.report();
        Narrative n = seed.narrative();
        ExportOptions options = ExportOptions.builder().deterministic(true).includeAudit(false).build();
        qt().withExamples(25).withShrinkCycles(10)
                .forAll(Reports.chineseText(40, 400))
                .checkAssert(text -> {
                    SelfEvaluation report = seed.toBuilder().narrative(new Narrative(n.overview(),
                            n.goalsAndIndicators(), n.performanceAnalysis(), List.of(text), n.suggestions())).build();
                    byte[] pdf = SeedPdf.export(Scorer.of(RulePacks.standard().get("hebei")).score(report), options);
                    String all;
                    try {
                        all = SeedPdf.text(pdf);
                    } catch (java.io.IOException e) {
                        throw new AssertionError(e);
                    }
                    int from = all.indexOf("四、存在问题");
                    int to = all.indexOf("五、相关建议");
                    assertTrue(from >= 0 && to > from, "section 四 not found");
                    String section = all.substring(from + "四、存在问题".length(), to).replaceAll("— \\d+ —", "");
                    assertTrue(SeedPdf.squeeze(section).equals(SeedPdf.squeeze(text)),
                            "the paragraph's text differs from the report's");
                    List<String> lines = java.util.Arrays.stream(section.split("\\R")).map(String::strip)
                            .filter(l -> !l.isEmpty()).toList();
                    for (int i = 0; i < lines.size(); i++) {
                        String l = lines.get(i);
                        // The paragraph's own first and last characters are not line breaks.
                        assertTrue(i == 0 || NO_LINE_START.indexOf(l.charAt(0)) < 0,
                                "a line starts with " + l.charAt(0) + ": " + l);
                        assertTrue(i == lines.size() - 1 || NO_LINE_END.indexOf(l.charAt(l.length() - 1)) < 0,
                                "a line ends with " + l.charAt(l.length() - 1) + ": " + l);
                    }
                });
    }
}
