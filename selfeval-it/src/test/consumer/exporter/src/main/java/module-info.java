/** A third party's CSV exporter: exports nothing, provides its exporter. */
module com.example.selfeval.csv {
    requires io.github.selfeval.export;

    provides io.github.selfeval.export.ReportExporter with com.example.selfeval.csv.CsvExporter;
}
