package io.github.selfeval.export.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.selfeval.export.ExportOptions;
import io.github.selfeval.export.testing.ContractFixtures;
import io.github.selfeval.testsupport.Reports;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;

/**
 * The OOXML schema check of {@code document.xml} and the footer: XMLBeans' {@code validate()} against
 * the WordprocessingML schema (ECMA-376, transitional) compiled into POI's {@code poi-ooxml-lite}. The
 * styles part is not validated here: the lite schemas lack some of the table-style types its validation
 * loads (the full {@code poi-ooxml-full} jar would have them but cannot share a class path with lite).
 */
class OoxmlSchemaTest {

    /** The seed's document.xml and footer are valid. */
    @Test
    void theSeedsDocumentIsSchemaValid() throws Exception {
        try (XWPFDocument doc = SeedDocx.open(SeedDocx.docx())) {
            assertValid(doc.getDocument(), "document.xml");
            assertValid(doc.getFooterList().get(0)._getHdrFtr(), "footer1.xml");
        }
    }

    /** Generated reports (long texts, awkward characters, project forms) give valid document.xml too. */
    @Test
    void generatedReportsGiveSchemaValidDocuments() {
        qt().withExamples(10).withShrinkCycles(10).forAll(Reports.validReports())
                .describedAs(ContractFixtures::describe)
                .checkAssert(report -> {
                    byte[] docx = SeedDocx.export(ContractFixtures.score(report), ExportOptions.defaults());
                    try (XWPFDocument doc = SeedDocx.open(docx)) {
                        assertValid(doc.getDocument(), "document.xml");
                    } catch (java.io.IOException e) {
                        throw new AssertionError(e);
                    }
                });
    }

    /** The check can fail: a run properties element inside a run's text position is reported. */
    @Test
    void theCheckRejectsAnInvalidDocument() throws Exception {
        String invalid = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:body><w:p><w:r><w:t>甲</w:t><w:rPr/></w:r></w:p><w:p><w:pPr><w:jc w:val=\"middle\"/></w:pPr>"
                + "</w:p></w:body></w:document>";
        DocumentDocument doc = DocumentDocument.Factory.parse(invalid);
        List<XmlError> errors = new ArrayList<>();
        assertFalse(doc.validate(new XmlOptions().setErrorListener(errors)));
        assertEquals(2, errors.size(), errors.toString());
    }

    private static void assertValid(XmlObject part, String name) {
        List<XmlError> errors = new ArrayList<>();
        boolean valid = part.validate(new XmlOptions().setErrorListener(errors));
        assertTrue(valid && errors.isEmpty(), name + " is not schema-valid: " + errors);
    }
}
