package io.github.selfeval.benchmarks.peers;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes N filled workbooks that are not selfeval's own, for the reader batch measurement: copies of
 * the real-form fixtures in {@code examples/files/} (made by LibreOffice from flat sources, see its
 * README), each with its money amounts varied, so that no two files read to the same report.
 *
 * <p>Usage: {@code FilledWorkbooks N DIR [EXAMPLES]} (EXAMPLES defaults to {@code examples}); files are
 * {@code DIR/w00000-<fixture>.xlsx} …, the fixtures taken in turn. A money amount is a numeric cell of
 * 1,000 or more; each is multiplied by its own factor in [0.95, 1.00], rounded to the fen, so that
 * 执行数 stays at or under 预算数 in most files and the 执行率 printed beside it stops matching in some
 * (a finding, as in real filings). The template, labels, merges, formats and every other cell are the
 * fixture's. POI writes the copy, so the bytes are POI's, not LibreOffice's; the reader sees the same
 * sheet either way. Fixed seed: every run writes the same files.
 */
public final class FilledWorkbooks {

    /** The single-form workbook fixtures, each a different template. */
    static final List<String> FIXTURES = List.of("2022-shanghai-putuo-tiyu", "2019-hebei-langfang-nuantong",
            "2023-jiangezhuang-form", "2023-sichuan-qingshen-gongzi");

    private FilledWorkbooks() {
    }

    /**
     * Writes the workbooks.
     *
     * @param args N, the directory, optionally the examples directory
     * @throws Exception when a fixture cannot be read or a file written
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: FilledWorkbooks N DIR [EXAMPLES]");
        }
        int n = Integer.parseInt(args[0]);
        Path dir = Files.createDirectories(Path.of(args[1]));
        Path files = Path.of(args.length > 2 ? args[2] : "examples", "files");
        SplittableRandom random = new SplittableRandom(15);
        for (int i = 0; i < n; i++) {
            String fixture = FIXTURES.get(i % FIXTURES.size());
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(files.resolve(fixture + ".xlsx")))) {
                vary(wb, random);
                Path target = dir.resolve(String.format(Locale.ROOT, "w%05d-%s.xlsx", i, fixture));
                try (OutputStream out = Files.newOutputStream(target)) {
                    wb.write(out);
                }
            }
        }
        System.out.println(n + " workbooks in " + dir);
    }

    private static void vary(XSSFWorkbook wb, SplittableRandom random) {
        for (Sheet sheet : wb) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.NUMERIC && cell.getNumericCellValue() >= 1000) {
                        double factor = 0.95 + 0.05 * random.nextDouble();
                        cell.setCellValue(Math.round(cell.getNumericCellValue() * factor * 100) / 100.0);
                    }
                }
            }
        }
    }
}
