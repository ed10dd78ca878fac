package io.github.selfeval.export.xlsx;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SeedDumpTest {
    @Test
    void dump() throws Exception {
        byte[] b = Workbooks.export(Workbooks.seedCard());
        java.nio.file.Files.write(java.nio.file.Path.of("/tmp/seed.xlsx"), b);
        try (XSSFWorkbook wb = Workbooks.open(b)) {
            XSSFSheet s = wb.getSheet("自评表");
            DataFormatter f = new DataFormatter();
            for (int r = 0; r <= s.getLastRowNum(); r++) {
                StringBuilder sb = new StringBuilder(r + 1 + " h=" + s.getRow(r).getHeightInPoints() + ": ");
                for (var c : s.getRow(r)) {
                    String v = c.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA ? "=" + c.getCellFormula() + " [" + c.getNumericCellValue() + "]" : f.formatCellValue(c);
                    if (!v.isEmpty()) sb.append(c.getAddress()).append('=').append(v.length() > 20 ? v.substring(0, 20) : v).append(" | ");
                }
                System.out.println(sb);
            }
            System.out.println(s.getMergedRegions());
        }
    }
}
