package io.github.selfeval.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A finding's texts formatted on first use: the same texts, equality and toString as written texts, when made. */
class FindingTextTest {

    private static final Map<String, String> FILES = Map.of("/t/texts_zh.properties", "GREET=你好 {0}，第 {1} 行\n",
            "/t/texts_en.properties", "GREET=hello {0}, row {1}\n");

    private static FindingMessages messages() {
        return FindingMessages.of(name -> FILES.containsKey(name)
                ? new ByteArrayInputStream(FILES.get(name).getBytes(StandardCharsets.UTF_8)) : null, "/t/texts");
    }

    private static Finding greet(FindingMessages m, Object who) {
        return m.finding(FindingCode.of("GREET"), Severity.INFO, "$", Optional.empty(), Optional.empty(), "GREET",
                who, 3);
    }

    @Test
    void aLazyFindingEqualsTheFindingWithTheSameTextsWritten() {
        Finding lazy = greet(messages(), "甲");
        Finding written = new Finding(FindingCode.of("GREET"), Severity.INFO, "$", Optional.empty(), Optional.empty(),
                "你好 甲，第 3 行", "hello 甲, row 3");
        assertEquals(written, lazy);
        assertEquals(lazy, written);
        assertEquals(written.hashCode(), lazy.hashCode());
        assertEquals(written.toString(), lazy.toString());
        assertEquals("Finding[code=GREET, severity=INFO, path=$, declared=Optional.empty, computed=Optional.empty, "
                + "messageZh=你好 甲，第 3 行, messageEn=hello 甲, row 3]", lazy.toString());
        assertEquals("hello 甲, row 3", lazy.message(Locale.ENGLISH));
        assertEquals("你好 甲，第 3 行", lazy.message(Locale.CHINA));
        assertNotEquals(written, greet(messages(), "乙"));
        assertEquals(FindingText.of("你好 甲，第 3 行", "hello 甲, row 3"), lazy.text());
    }

    @Test
    void aTextIsFormattedOnceAndKept() {
        Finding f = greet(messages(), "甲");
        assertSame(f.messageZh(), f.messageZh());
        assertSame(f.messageEn(), f.text().in(Locale.UK));
    }

    @Test
    void anArgumentThatChangesLaterDoesNotChangeTheText() {
        StringBuilder who = new StringBuilder("甲");
        Finding f = greet(messages(), who);
        who.append("乙");
        assertEquals("你好 甲，第 3 行", f.messageZh());
        assertEquals("hello 甲, row 3", f.messageEn());
    }

    @Test
    void theTemplatesAreThoseOfWhenTheFindingWasMadeWhateverThreadShowsIt(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("FindingMessages_en.properties"), "GREET=hi {0}\n", StandardCharsets.UTF_8);
        Thread t = Thread.currentThread();
        ClassLoader before = t.getContextClassLoader();
        Finding f;
        try (URLClassLoader app = new URLClassLoader(new URL[] {dir.toUri().toURL()}, before)) {
            t.setContextClassLoader(app);
            f = greet(messages(), "甲");
        } finally {
            t.setContextClassLoader(before);
        }
        Finding shown = f;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> texts = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                texts.add(pool.submit(() -> shown.messageEn() + "|" + shown.messageZh()));
            }
            for (Future<String> text : texts) {
                assertEquals("hi 甲|你好 甲，第 3 行", text.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aMissingKeyReadsAsTheKeyAndItsArguments() throws IOException {
        Finding f = messages().finding(FindingCode.of("NONE"), Severity.WARNING, "$", Optional.of("1"),
                Optional.of("2"), "NONE", "1", 2);
        assertEquals("NONE 1 2", f.messageZh());
        assertEquals("NONE 1 2", f.messageEn());
    }
}
