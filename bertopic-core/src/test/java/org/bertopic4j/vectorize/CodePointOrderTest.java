package org.bertopic4j.vectorize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Vocabulary order is Python's code-point order, not Java's UTF-16 order. */
class CodePointOrderTest {
    @Test
    void sortsLikePythonSorted() {
        // sorted(["a","Z","é","😀","\uffff","ab","\ue000","b"]) in CPython
        List<String> expected = List.of("Z", "a", "ab", "b", "é", "\uE000", "\uFFFF", "😀");
        List<String> input = new ArrayList<>(List.of("a", "Z", "é", "😀", "\uFFFF", "ab", "\uE000", "b"));
        input.sort(CodePointOrder.INSTANCE);
        assertEquals(expected, input);
        List<String> javaOrder = new ArrayList<>(input);
        javaOrder.sort(null);
        assertNotEquals(expected, javaOrder, "String.compareTo puts the surrogate pair before U+E000");
    }

    @Test
    void prefixSortsFirst() {
        assertEquals(-1, Integer.signum(CodePointOrder.INSTANCE.compare("ab", "abc")));
        assertEquals(0, CodePointOrder.INSTANCE.compare("𝐀", "𝐀"));
        assertEquals(1, Integer.signum(CodePointOrder.INSTANCE.compare("𝐁", "𝐀")));
    }

    @Test
    void sortPicksCodePointOrderWithAndWithoutSurrogates() {
        String[] withSurrogates = {"😀", "\uFFFF", "a"};
        CodePointOrder.sort(withSurrogates);
        assertEquals(List.of("a", "\uFFFF", "😀"), List.of(withSurrogates));
        String[] bmpOnly = {"\uFFFF", "b", "Z", "é"};
        CodePointOrder.sort(bmpOnly);
        assertEquals(List.of("Z", "b", "é", "\uFFFF"), List.of(bmpOnly));
    }
}
