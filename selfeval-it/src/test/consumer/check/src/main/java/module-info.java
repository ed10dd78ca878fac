// A third party's audit check module: it knows selfeval only through the scoring SPI.
module com.example.selfeval.checks {
    requires io.github.selfeval.scoring;

    provides io.github.selfeval.scoring.AuditCheck with com.example.selfeval.checks.WholeTotalCheck;
}
