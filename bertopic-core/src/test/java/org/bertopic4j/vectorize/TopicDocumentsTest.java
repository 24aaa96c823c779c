package org.bertopic4j.vectorize;

import static org.bertopic4j.vectorize.ClassTfidfTransformerTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** BERTopic's per-topic documents and {@code _preprocess_text}. */
class TopicDocumentsTest {
    @Test
    void cleaningReplacesControlWhitespaceAndOptionallyStripsNonEnglish() {
        assertEquals("it's  a\u00e9 test", TopicDocuments.clean("it's\n\ta\u00e9 test", false));
        assertEquals("its  a test", TopicDocuments.clean("it's\n\ta\u00e9 test", true));
        assertEquals("emptydoc", TopicDocuments.clean("", false));
        assertEquals("emptydoc", TopicDocuments.clean("\u00e9\u00e8!", true));
        assertEquals(" ", TopicDocuments.clean("\n", true));
        assertEquals("ab", TopicDocuments.clean("a\uD83D\uDE00b", true));
    }

    @Test
    void documentsAreJoinedPerTopicInInputOrderWithTopicsAscending() {
        TopicDocuments t = TopicDocuments.join(List.of("d0", "d1", "d2", "d3", "d4"), new int[] {1, -1, 0, 1, -1},
                false);
        assertArrayEquals(new int[] {-1, 0, 1}, t.topics());
        assertEquals(List.of("d1 d4", "d2", "d0 d3"), t.documents());
    }

    @Test
    void badInputIsRejectedNamingTheArgument() {
        assertMessage("document is null", () -> TopicDocuments.clean(null, true));
        assertMessage("documents is empty", () -> TopicDocuments.join(List.of(), new int[0], true));
        assertMessage("documents[1] is null", () -> TopicDocuments.join(Arrays.asList("a", null), new int[2], true));
        assertMessage("topics has 1 entries but documents has 2",
                () -> TopicDocuments.join(List.of("a", "b"), new int[1], true));
        assertMessage("topics has no array (null)", () -> TopicDocuments.join(List.of("a"), null, true));
    }
}
