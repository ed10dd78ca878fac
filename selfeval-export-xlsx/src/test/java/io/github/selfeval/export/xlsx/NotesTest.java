package io.github.selfeval.export.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.selfeval.model.Indicator;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.form.FormNumbers;
import io.github.selfeval.scoring.ScoreCard;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Where the form shows the card's number instead of the declared one, the cell carries a note saying what
 * was declared; POI reads each note back on its cell, by selfeval, placed beside the cell.
 */
class NotesTest {

    @Test
    void aDeclaredNumberTheCardDoesNotShowIsANoteOnItsCell() throws Exception {
        SelfEvaluation seed = Workbooks.seed();
        List<Indicator> rows = new ArrayList<>(seed.indicators());
        Indicator first = rows.get(0);
        BigDecimal declared = first.weightedScore().orElseThrow().add(new BigDecimal("0.37"));
        rows.set(0, first.toBuilder().weightedScore(declared).build());
        BigDecimal declaredTotal = seed.declaredTotalScore().orElseThrow().add(BigDecimal.ONE);
        SelfEvaluation report = seed.toBuilder().indicators(rows).declaredTotalScore(declaredTotal).build();
        ScoreCard card = Workbooks.score(report);

        try (XSSFWorkbook wb = Workbooks.open(Workbooks.export(card))) {
            XSSFSheet form = wb.getSheet(Workbooks.FORM);
            Map<CellAddress, XSSFComment> notes = new TreeMap<>(form.getCellComments());
            List<String> texts = new ArrayList<>();
            for (Map.Entry<CellAddress, XSSFComment> e : notes.entrySet()) {
                XSSFComment note = e.getValue();
                CellAddress at = e.getKey();
                assertEquals("selfeval", note.getAuthor(), at.toString());
                assertEquals(at, note.getAddress());
                ClientAnchor beside = note.getClientAnchor();
                assertEquals(at.getColumn() + 1, beside.getCol1(), "note of " + at + " starts right of it");
                assertEquals(at.getRow(), beside.getRow1(), "note of " + at + " starts on its row");
                assertEquals(at.getColumn() + 4, beside.getCol2(), at.toString());
                assertEquals(at.getRow() + 2, beside.getRow2(), at.toString());
                String text = note.getString().getString();
                // The note names the number its cell shows, then what was declared.
                double shown = form.getRow(at.getRow()).getCell(at.getColumn()).getNumericCellValue();
                assertEquals(new BigDecimal(text.substring(0, text.indexOf('（'))).doubleValue(), shown, 1e-9, text);
                texts.add(text);
            }
            String row = FormNumbers.withDeclared(Optional.of(card.indicators().get(0).weightedScore()),
                    Optional.of(declared));
            String total = FormNumbers.withDeclared(Optional.of(card.totalScore()), Optional.of(declaredTotal));
            assertTrue(texts.contains(row), () -> texts + " lacks " + row);
            assertTrue(texts.contains(total), () -> texts + " lacks " + total);
        }
    }

    @Test
    void theSeedAsFiledHasNoNotes() throws Exception {
        try (XSSFWorkbook wb = Workbooks.open(Workbooks.export(Workbooks.seedCard()))) {
            assertEquals(Map.of(), wb.getSheet(Workbooks.FORM).getCellComments());
        }
    }
}
