// An application using selfeval: it requires the SPI module only and finds exporters at run time.
module com.example.probe {
    requires io.github.selfeval.export;
}
