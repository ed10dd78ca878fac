package io.github.selfeval.it.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.selfeval.it.files.ExampleFiles.Fixture;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.SelfEvaluations;
import io.github.selfeval.scoring.RulePacks;
import io.github.selfeval.scoring.ScoreCard;
import io.github.selfeval.scoring.Scorer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The fixture files, without a reader of forms: each one is there, is the kind of file its name says (a
 * zip with a workbook or document part, an OLE2 file with a Workbook or WordDocument stream), is described
 * in {@code examples/files/README.md}, and nothing else of those kinds lies in the folder; what each must
 * read to validates and scores as its example says.
 */
class ExampleFilesPresentTest {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};

    static List<String> describe(ScoreCard card) {
        return card.findings().stream().map(f -> f.code() + " " + f.severity() + " " + f.path() + " "
                + f.declared().orElse("-") + " " + f.computed().orElse("-")).sorted().toList();
    }

    @TestFactory
    Stream<DynamicTest> eachFileIsThereAndOfItsKind() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Fixture f : ExampleFiles.ALL) {
            for (String ext : f.extensions()) {
                Path file = f.file(ext);
                tests.add(DynamicTest.dynamicTest(file.getFileName().toString(), () -> checkKind(file, ext)));
            }
        }
        return tests.stream();
    }

    private static void checkKind(Path file, String ext) throws IOException {
        assertTrue(Files.isRegularFile(file), () -> file + " is missing: run examples/files/make-fixtures.py");
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        }
        switch (ext) {
            case "xlsx", "docx" -> {
                assertArrayEquals(ZIP, Arrays.copyOf(head, 4), () -> file + " is not a zip");
                String part = ext.equals("xlsx") ? "xl/workbook.xml" : "word/document.xml";
                try (ZipFile zip = new ZipFile(file.toFile())) {
                    assertTrue(zip.getEntry(part) != null, () -> file + " has no " + part);
                    assertTrue(zip.getEntry("[Content_Types].xml") != null, () -> file + " has no [Content_Types].xml");
                }
            }
            case "xls", "doc" -> {
                assertArrayEquals(OLE2, head, () -> file + " is not an OLE2 compound file");
                String stream = ext.equals("xls") ? "Workbook" : "WordDocument";
                try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
                    assertTrue(fs.getRoot().hasEntry(stream), () -> file + " has no " + stream + " stream");
                }
            }
            default -> throw new AssertionError(ext);
        }
    }

    @Test
    void theReadmeDescribesEveryFileAndTheFolderHoldsNoOther() throws IOException {
        List<String> readme = Files.readAllLines(ExampleFiles.FILES.resolve("README.md"), StandardCharsets.UTF_8);
        Set<String> listed = new TreeSet<>();
        for (Fixture f : ExampleFiles.ALL) {
            String heading = readme.stream().filter(l -> l.startsWith("### `" + f.base() + ".")).findFirst()
                    .orElseThrow(() -> new AssertionError("README.md has no section ### `" + f.base() + ".…`"));
            for (String ext : f.extensions()) {
                assertTrue(heading.contains("`" + f.base() + "." + ext + "`") || heading.contains("`." + ext + "`"),
                        () -> "README.md's section for " + f.base() + " does not name its ." + ext + ": " + heading);
                listed.add(f.base() + "." + ext);
            }
            for (String example : f.examples()) {
                assertTrue(readme.stream().anyMatch(l -> l.contains("examples/" + example)),
                        () -> "README.md does not say that " + f.base() + " reads to examples/" + example);
            }
        }
        Set<String> present = new TreeSet<>();
        try (Stream<Path> files = Files.list(ExampleFiles.FILES)) {
            files.map(p -> p.getFileName().toString())
                    .filter(n -> Set.of("xlsx", "xls", "docx", "doc").contains(n.substring(n.lastIndexOf('.') + 1)
                            .toLowerCase(Locale.ROOT)))
                    .forEach(present::add);
        }
        assertEquals(listed, present, "the fixture files in examples/files/ are those ExampleFiles lists");
    }

    /**
     * The workbooks and Word documents hold every value their examples transcribe, as text somewhere in a
     * cell or paragraph (spaces and thousands separators aside): LibreOffice's saving lost nothing and the
     * script wrote what the transcription says. A check of the fixtures, not of a reader; {@code .doc} is
     * left out (POI's HWPF is not on this class path), its flat source is the {@code .docx}'s.
     */
    @TestFactory
    Stream<DynamicTest> eachFileHoldsEveryValueOfItsExample() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Fixture f : ExampleFiles.ALL) {
            for (String ext : f.extensions()) {
                if (ext.equals("doc")) {
                    continue;
                }
                Path file = f.file(ext);
                tests.add(DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                    String text = normalised(String.join("\n", texts(file)));
                    for (String name : f.examples()) {
                        ObjectNode tree = ExampleFiles.tree(ExampleFiles.expected(name, f.notInFile()));
                        ExampleFiles.remove(tree, ExampleFiles.NOT_PRINTED);
                        // The kind is told by the title; the cover's date is printed 2024 年 4 月 15 日.
                        ExampleFiles.remove(tree, List.of("kind", "cover.date"));
                        List<String> missing = new ArrayList<>();
                        leaves("", tree, (path, value) -> {
                            if (!text.contains(normalised(value))) {
                                missing.add(path + " = " + value);
                            }
                        });
                        assertEquals(List.of(), missing, () -> file.getFileName() + " lacks values of " + name);
                    }
                }));
            }
        }
        return tests.stream();
    }

    private static String normalised(String s) {
        return s.replaceAll("[\\s,\u00a0]", "");
    }

    private static void leaves(String path, JsonNode node, BiConsumer<String, String> each) {
        if (node.isObject()) {
            node.properties().forEach(e -> leaves(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(),
                    each));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                leaves(path + "[" + i + "]", node.get(i), each);
            }
        } else if (node.isNumber()) {
            each.accept(path, node.decimalValue().stripTrailingZeros().toPlainString());
        } else if (node.isTextual()) {
            each.accept(path, node.textValue());
        }
    }

    private static List<String> texts(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        String name = file.getFileName().toString();
        if (name.endsWith(".docx")) {
            try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
                doc.getParagraphs().forEach(p -> out.add(p.getText()));
                for (XWPFTable t : doc.getTables()) {
                    t.getRows().forEach(r -> r.getTableCells().forEach(c -> out.add(c.getText())));
                }
            }
            return out;
        }
        DataFormatter format = new DataFormatter(Locale.ROOT);
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        out.add(format.formatCellValue(cell));
                    }
                }
            }
        }
        return out;
    }

    /** What a file must read to is a valid report that scores as its example: only what the file lacks is gone. */
    @Test
    void whatEachFileMustReadToValidatesAndScoresAsItsExample() {
        for (Fixture f : ExampleFiles.ALL) {
            for (String name : f.examples()) {
                SelfEvaluation example = ExampleFiles.example(name);
                SelfEvaluation expected = ExampleFiles.expected(name, f.notInFile());
                assertEquals(List.of(), SelfEvaluations.violations(expected).stream().map(v -> v.path() + " "
                        + v.message()).toList(), () -> f.base() + ": " + name + " without " + f.notInFile());
                var pack = RulePacks.standard().get(example.pack().orElse(Scorer.DEFAULT_PACK));
                ScoreCard full = Scorer.of(pack).score(example);
                ScoreCard onFile = Scorer.of(pack).score(expected);
                assertEquals(full.totalScore(), onFile.totalScore(), () -> f.base() + ": the total of " + name);
                if (f.notInFile().isEmpty()) {
                    assertEquals(describe(full), describe(onFile), () -> f.base() + ": the findings of " + name);
                }
            }
        }
    }
}
