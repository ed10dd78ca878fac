package io.github.selfeval.export.testing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.selfeval.export.ExportException;
import io.github.selfeval.export.ExportOptions;
import io.github.selfeval.export.ReportExporter;
import io.github.selfeval.scoring.IndicatorScore;
import io.github.selfeval.scoring.ScoreCard;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The contract can fail: a well-behaved exporter passes its behavioural tests, and each way of
 * breaking the contract is caught by the test meant for it.
 */
class ReportExporterContractTest {

    /** One line with the department, then one per indicator with its computed weighted score. */
    static class PlainTextExporter implements ReportExporter {
        @Override
        public String id() {
            return "plain";
        }

        @Override
        public String mediaType() {
            return "text/plain";
        }

        @Override
        public String fileExtension() {
            return "txt";
        }

        @Override
        public String description() {
            return "plain text, for the contract's own tests";
        }

        String render(ScoreCard card) {
            StringBuilder sb = new StringBuilder(card.report().cover().department().replaceAll("\\R", " ")).append('\n');
            for (IndicatorScore s : card.indicators()) {
                sb.append(s.weightedScore().toPlainString()).append('\n');
            }
            return sb.toString();
        }

        @Override
        public void export(ScoreCard card, OutputStream out, ExportOptions options) {
            try {
                out.write(render(card).getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException e) {
                throw new ExportException(id(), getClass().getName(), e.getMessage(), e);
            }
        }
    }

    private static ReportExporterContract contractFor(ReportExporter exporter) {
        return new ReportExporterContract() {
            @Override
            public ReportExporter exporter() {
                return exporter;
            }

            @Override
            public void assertReadable(byte[] document, ScoreCard card) {
                List<String> lines = new String(document, StandardCharsets.UTF_8).lines().toList();
                assertEquals(card.indicators().size() + 1, lines.size());
                for (IndicatorScore s : card.indicators()) {
                    assertEquals(s.weightedScore().toPlainString(), lines.get(s.index() + 1));
                }
            }

            @Override
            public int generatedExamples() {
                return 10;
            }
        };
    }

    private static List<Executable> failingStreamTests(ReportExporterContract c) {
        return c.aStreamFailingMidwayGivesAnExportExceptionNamingFormatAndClass().map(DynamicTest::getExecutable).toList();
    }

    @Test
    void aWellBehavedExporterPassesEveryBehaviouralTest() throws Throwable {
        ReportExporterContract c = contractFor(new PlainTextExporter());

        c.exportsTheSeedToAReadableDocument();
        c.exportsGeneratedValidReports();
        c.leavesTheStreamOpen();
        c.describesItsFormat();
        c.deterministicModeGivesIdenticalBytes();
        c.exportsConcurrentlyFromOneInstance();
        List<Executable> cuts = failingStreamTests(c);
        assertTrue(cuts.size() >= 3, "cut points 0, 1, half, all but one");
        for (Executable e : cuts) {
            e.execute();
        }
    }

    @Test
    void closingTheCallersStreamIsCaught() {
        ReportExporterContract c = contractFor(new PlainTextExporter() {
            @Override
            public void export(ScoreCard card, OutputStream out, ExportOptions options) {
                super.export(card, out, options);
                try {
                    out.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });

        assertThrows(AssertionError.class, c::leavesTheStreamOpen);
    }

    @Test
    void anIoExceptionLeakingUnwrappedIsCaught() {
        ReportExporterContract c = contractFor(new PlainTextExporter() {
            @Override
            public void export(ScoreCard card, OutputStream out, ExportOptions options) {
                try {
                    out.write(render(card).getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });

        for (Executable e : failingStreamTests(c)) {
            assertThrows(AssertionError.class, e);
        }
    }

    @Test
    void anExportExceptionThatDropsTheCauseIsCaught() {
        ReportExporterContract c = contractFor(new PlainTextExporter() {
            @Override
            public void export(ScoreCard card, OutputStream out, ExportOptions options) {
                try {
                    out.write(render(card).getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new ExportException(id(), getClass().getName(), "write failed", null);
                }
            }
        });

        Throwable t = assertThrows(AssertionError.class, failingStreamTests(c).get(0));
        assertTrue(t.getMessage().contains("cause chain"), t.getMessage());
    }

    @Test
    void aBufferThatIsNeverFlushedIsCaught() {
        ReportExporterContract c = contractFor(new PlainTextExporter() {
            @Override
            public void export(ScoreCard card, OutputStream out, ExportOptions options) {
                try {
                    new BufferedOutputStream(out).write(render(card).getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new ExportException(id(), getClass().getName(), e.getMessage(), e);
                }
            }
        });

        assertThrows(AssertionError.class, c::exportsTheSeedToAReadableDocument);
    }

    @Test
    void aTimestampInDeterministicModeIsCaught() {
        ReportExporterContract c = contractFor(new PlainTextExporter() {
            @Override
            String render(ScoreCard card) {
                return super.render(card) + System.nanoTime() + "\n";
            }
        });

        assertThrows(AssertionError.class, c::deterministicModeGivesIdenticalBytes);
    }

    @Test
    void anInvalidIdOrExtensionIsCaught() {
        assertThrows(AssertionError.class, contractFor(new PlainTextExporter() {
            @Override
            public String id() {
                return "Plain";
            }
        })::describesItsFormat);
        assertThrows(AssertionError.class, contractFor(new PlainTextExporter() {
            @Override
            public String fileExtension() {
                return ".txt";
            }
        })::describesItsFormat);
    }

    @Test
    void anExporterThatIsNotRegisteredIsCaught() {
        // Test classes have neither a services file for it nor a module-info.
        ReportExporterContract c = contractFor(new PlainTextExporter());

        AssertionError services = assertThrows(AssertionError.class, c::isRegisteredInServicesFileAndModuleInfoAlike);
        assertTrue(services.getMessage().contains("does not list"), services.getMessage());
        assertThrows(AssertionError.class, c::exporterModuleExportsNothing);
        AssertionError load = assertThrows(AssertionError.class, c::isFoundByReportExporters);
        assertTrue(load.getMessage().contains("'plain'"), load.getMessage());
    }

    @Test
    void cutPointsCoverTheStartTheMiddleAndTheEnd() {
        assertEquals(List.of(0, 1, 50, 99), List.copyOf(ContractFixtures.cutPoints(100)));
        assertEquals(List.of(0), List.copyOf(ContractFixtures.cutPoints(1)));
        assertEquals(List.of(), List.copyOf(ContractFixtures.cutPoints(0)));
    }

    @Test
    void theSeedCardIsTheSeedScoredByHebei() {
        ScoreCard seed = ContractFixtures.seedCard();

        assertEquals("hebei", seed.packId());
        assertEquals("姜各庄镇人民政府", seed.report().cover().department());
        assertEquals(0, seed.totalScore().compareTo(new java.math.BigDecimal("91")));
        assertFalse(seed.findings().isEmpty());
        assertDoesNotThrow(() -> ContractFixtures.export(new PlainTextExporter(), seed, ExportOptions.defaults()));
    }
}
