package io.github.selfeval.export.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The small text rules of the renderer: cleaning what no font draws. */
class PdfLayoutTest {

    @Test
    void cleansWhatNoFontDraws() {
        assertEquals("甲\n乙 丙丁", PdfLayout.clean("甲\r\n乙\t丙\u200b\ufeff丁\u0007"));
    }
}
