package io.github.selfeval.it.faults;

import static io.github.selfeval.it.faults.Inputs.seedEdited;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.selfeval.cli.SelfevalCli;
import io.github.selfeval.export.ReadOptions;
import io.github.selfeval.export.ReportReaders;
import io.github.selfeval.model.Limits;
import io.github.selfeval.model.SelfEvaluation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, defect 4: "valid reports whose own export cannot be read back". The model's limits
 * ({@link Limits}) are the ones the exporters and readers meet: a report at a limit exports and reads
 * back from the workbook it wrote, equal; one past it is refused at validation naming the JSON path and
 * the limit. The big cases (100,000 goals, 1.1 M notes) run in a JVM of their own under -Xmx256m:
 * on the old code they validated and then cost gigabytes, or died inside POI ("Invalid row number
 * (1048576)").
 */
class WhatValidatesReadsBackTest {

    @TempDir
    Path dir;

    @Test
    void defect4_100000GoalsAreRefusedAtValidationNamingThePathAndTheLimit() throws Exception {
        Path file = Files.write(dir.resolve("goals.json"), seedEdited(r -> goals(r, 100_000)));
        NothingLostNothingHangsTest.Child child = NothingLostNothingHangsTest.child(dir, List.of("-Xmx256m"),
                "validate", file.toString(), "--lang", "en");
        assertEquals(SelfevalCli.INVALID_INPUT, child.exit(), child.toString());
        assertTrue(child.out().lines().anyMatch(l -> l.startsWith("goals.items") && l.contains(String.valueOf(Limits.MAX_GOALS))),
                child.toString());
        FaultCatalogueTest.assertNoStackTrace(child.out() + child.err(), child.toString());
    }

    @Test
    void defect4_1100000NotesAreRefusedAtValidationNamingThePathAndTheLimit() throws Exception {
        Path file = Files.write(dir.resolve("notes.json"), seedEdited(r -> notes(r, 1_100_000)));
        NothingLostNothingHangsTest.Child child = NothingLostNothingHangsTest.child(dir, List.of("-Xmx256m"),
                "validate", file.toString(), "--lang", "en");
        assertEquals(SelfevalCli.INVALID_INPUT, child.exit(), child.toString());
        assertTrue(child.out().lines().anyMatch(l -> l.startsWith("notes") && l.contains(String.valueOf(Limits.MAX_NOTES))),
                child.toString());
        FaultCatalogueTest.assertNoStackTrace(child.out() + child.err(), child.toString());
    }

    @Test
    void defect4_onePastTheGoalAndNoteLimitsIsRefusedAtValidation() throws IOException {
        Path file = Files.write(dir.resolve("past.json"), seedEdited(r -> {
            goals(r, Limits.MAX_GOALS + 1);
            notes(r, Limits.MAX_NOTES + 1);
        }));
        Run run = Run.cli("validate", file.toString(), "--lang", "en");
        assertEquals(SelfevalCli.INVALID_INPUT, run.exit(), run.toString());
        String max = String.valueOf(Limits.MAX_GOALS);
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("goals.items") && l.contains(max)), run.toString());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("notes") && l.contains(String.valueOf(Limits.MAX_NOTES))),
                run.toString());
    }

    @Test
    void defect4_aReportAtTheGoalAndNoteLimitsExportsWithEveryFormatAndReadsBackEqual() throws IOException {
        Path file = Files.write(dir.resolve("limit.json"), seedEdited(r -> {
            goals(r, Limits.MAX_GOALS);
            notes(r, Limits.MAX_NOTES);
        }));
        Path out = Files.createDirectory(dir.resolve("out"));
        Run run = Run.cli("export", file.toString(), "--format", "xlsx,docx,pdf,markdown", "-o", out.toString());
        assertEquals(SelfevalCli.OK, run.exit(), run.toString());
        ReportReaders readers = ReportReaders.load();
        SelfEvaluation original = readers.read(file, ReadOptions.defaults()).get(0).report();
        assertEquals(Limits.MAX_GOALS, original.goals().items().size());
        SelfEvaluation fromXlsx = readers.read(out.resolve("limit.xlsx"), ReadOptions.defaults()).get(0).report();
        assertEquals(original.goals(), fromXlsx.goals(), "the goals read back from the workbook");
        assertEquals(original.notes(), fromXlsx.notes(), "the notes read back from the workbook");
        assertEquals(original, fromXlsx, "the whole report read back from the workbook");
        for (String f : List.of("docx", "pdf", "md")) {
            assertTrue(Files.size(out.resolve("limit." + f)) > 0, f);
        }
    }

    /** Replaces the goals with {@code n} short ones. */
    private static void goals(ObjectNode root, int n) {
        ArrayNode items = ((ObjectNode) root.get("goals")).putArray("items");
        for (int i = 0; i < n; i++) {
            items.addObject().put("target", "目标" + i).put("completion", "完成" + i);
        }
    }

    /** Replaces the notes with {@code n} short ones (one letter past the first 10,000: the file stays under 16 MiB). */
    private static void notes(ObjectNode root, int n) {
        ArrayNode notes = root.putArray("notes");
        for (int i = 0; i < n; i++) {
            notes.add(i < 10_000 ? "说明" + i : "x");
        }
    }
}
