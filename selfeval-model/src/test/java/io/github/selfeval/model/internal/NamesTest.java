package io.github.selfeval.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The format-character test's shortcuts answer as the Unicode tables do. */
class NamesTest {

    @Test
    void everyCharIsAFormatCharacterExactlyWhenTheTablesSaySo() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String one = String.valueOf((char) c);
            assertEquals(Character.getType((char) c) == Character.FORMAT, Names.hasFormatCharacter(one),
                    () -> String.format("U+%04X", (int) one.charAt(0)));
            assertEquals(Names.hasFormatCharacter(one), Names.hasFormatCharacter("产出指标" + one + "数量"), one);
        }
    }
}
