// A third party's exporter module: it knows selfeval only through the SPI.
module com.example.selfeval.csv {
    requires io.github.selfeval.export;

    provides io.github.selfeval.export.ReportExporter with com.example.selfeval.csv.CsvExporter;
}
