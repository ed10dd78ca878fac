package io.github.selfeval.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.selfeval.scoring.ScoreCard;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class DocumentExporterTest {

    private static final ScoreCard CARD = TestCards.oneIndicator("测试单位");

    /** An exporter whose render does what the test says. */
    private static final class Scripted extends DocumentExporter {
        private final Function<ScoreCard, byte[]> render;

        Scripted(Function<ScoreCard, byte[]> render) {
            super("scripted", "text/plain", "txt", "a test exporter");
            this.render = render;
        }

        @Override
        protected byte[] render(ScoreCard card, ExportOptions options) throws Exception {
            byte[] b = render.apply(card);
            if (b != null && b.length == 1 && b[0] == 'X') {
                throw new IOException("disk full while rendering");
            }
            return b;
        }
    }

    @Test
    void writesTheRenderedDocumentAndDescribesTheFormat() {
        Scripted e = new Scripted(c -> c.report().cover().department().getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        e.export(CARD, out, ExportOptions.defaults());
        assertArrayEquals("测试单位".getBytes(StandardCharsets.UTF_8), out.toByteArray());
        assertEquals("scripted", e.id());
        assertEquals("text/plain", e.mediaType());
        assertEquals("txt", e.fileExtension());
        assertEquals("a test exporter", e.description());
        assertTrue(ReportExporters.of(e).loadFailures().isEmpty(), "the registry accepts it");
    }

    @Test
    void aCheckedFailureWhileRenderingBecomesAnExportExceptionAndWritesNothing() {
        Scripted e = new Scripted(c -> new byte[] {'X'});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportException x = assertThrows(ExportException.class, () -> e.export(CARD, out, ExportOptions.defaults()));
        assertEquals("scripted", x.formatId());
        assertEquals(Scripted.class.getName(), x.exporterClass());
        assertTrue(x.getMessage().contains("disk full while rendering"), x.getMessage());
        assertTrue(x.getCause() instanceof IOException);
        assertEquals(0, out.size());
    }

    @Test
    void anExportExceptionPassesUnchangedAndARuntimeFailureIsWrapped() {
        ExportException own = new ExportException("FONT_MISSING_GLYPH", "scripted", "x", "no glyph", null);
        Scripted throwsOwn = new Scripted(c -> {
            throw own;
        });
        assertSame(own, assertThrows(ExportException.class,
                () -> throwsOwn.export(CARD, new ByteArrayOutputStream(), ExportOptions.defaults())));
        Scripted broken = new Scripted(c -> {
            throw new IllegalStateException("bug");
        });
        ExportException x = assertThrows(ExportException.class,
                () -> broken.export(CARD, new ByteArrayOutputStream(), ExportOptions.defaults()));
        assertEquals(ExportException.CODE, x.code());
        assertTrue(x.getMessage().contains("IllegalStateException: bug"), x.getMessage());
    }

    @Test
    void noDocumentAndAFailingStreamAreExportExceptions() {
        Scripted nothing = new Scripted(c -> null);
        assertTrue(assertThrows(ExportException.class,
                () -> nothing.export(CARD, new ByteArrayOutputStream(), ExportOptions.defaults()))
                .getMessage().contains("no document"));
        Scripted fine = new Scripted(c -> new byte[] {'o', 'k'});
        OutputStream failing = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("stream closed");
            }
        };
        ExportException x = assertThrows(ExportException.class, () -> fine.export(CARD, failing, ExportOptions.defaults()));
        assertTrue(x.getMessage().contains("cannot write the document: stream closed"), x.getMessage());
        assertThrows(NullPointerException.class, () -> fine.export(null, new ByteArrayOutputStream(), ExportOptions.defaults()));
    }
}
