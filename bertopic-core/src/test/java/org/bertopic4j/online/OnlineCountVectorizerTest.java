package org.bertopic4j.online;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bertopic4j.vectorize.CountVectorizer;
import org.junit.jupiter.api.Test;

/** BERTopic's {@code partial_fit} + {@code update_bow}: appended terms, new topic rows, decay and deletion. */
class OnlineCountVectorizerTest {
    private static final List<String> FIRST = List.of("apple banana apple", "cherry banana");
    private static final List<String> SECOND = List.of("banana date", "cherry cherry", "egg");

    @Test
    void newTermsAreAppendedAndOldCountsDecay() {
        OnlineCountVectorizer v = OnlineCountVectorizer.builder().decay(0.5).build();
        OnlineCountVectorizer.Bow first = v.partialFit(null, FIRST);
        assertEquals(List.of("apple", "banana", "cherry"), first.vocabulary());
        assertArrayEquals(new double[][] {{2, 1, 0}, {0, 1, 1}}, first.counts().toDense());
        OnlineCountVectorizer.Bow second = v.partialFit(first, SECOND);
        assertEquals(List.of("apple", "banana", "cherry", "date", "egg"), second.vocabulary());
        assertArrayEquals(new double[][] {{1, 1.5, 0, 1, 0}, {0, 0.5, 2.5, 0, 0}, {0, 0, 0, 0, 1}},
                second.counts().toDense());
        assertArrayEquals(new double[][] {{2, 1, 0}, {0, 1, 1}}, first.counts().toDense(), "states are immutable");
    }

    @Test
    void termsBelowDeleteMinDfAreDropped() {
        OnlineCountVectorizer v = OnlineCountVectorizer.builder().decay(0.5).deleteMinDf(1.5).build();
        OnlineCountVectorizer.Bow first = v.partialFit(null, FIRST);
        assertEquals(List.of("apple", "banana"), first.vocabulary(), "cherry (1) is dropped at the first batch too");
        OnlineCountVectorizer.Bow second = v.partialFit(first, SECOND);
        // apple 2 * 0.5 = 1 and date, egg 1 fall below 1.5; cherry comes back as a new term with 2
        assertEquals(List.of("banana", "cherry"), second.vocabulary());
        assertArrayEquals(new double[][] {{1.5, 0}, {0.5, 2}, {0, 0}}, second.counts().toDense());
        assertArrayEquals(new double[][] {{0, 2}}, second.vectorizer().transform(List.of("cherry egg cherry")).toDense());
    }

    @Test
    void theBaseVectorizersAnalysisIsUsed() {
        OnlineCountVectorizer v = OnlineCountVectorizer.builder()
                .base(CountVectorizer.builder().ngramRange(1, 2).stopWords(List.of("the")).build()).build();
        OnlineCountVectorizer.Bow bow = v.partialFit(null, List.of("the red apple", "red wine"));
        assertEquals(List.of("apple", "red", "red apple", "red wine", "wine"), bow.vocabulary());
        assertTrue(v.partialFit(bow, List.of("green apple", "red wine")).vocabulary().contains("green apple"));
    }

    @Test
    void badSettingsAndInputsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> OnlineCountVectorizer.builder().decay(1.0));
        assertThrows(IllegalArgumentException.class, () -> OnlineCountVectorizer.builder().decay(-0.1));
        assertThrows(IllegalArgumentException.class, () -> OnlineCountVectorizer.builder().deleteMinDf(0));
        OnlineCountVectorizer v = OnlineCountVectorizer.builder().build();
        OnlineCountVectorizer.Bow first = v.partialFit(null, FIRST);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> v.partialFit(first, List.of("apple")));
        assertTrue(e.getMessage().contains("one document per known topic"), e.getMessage());
        OnlineCountVectorizer strict = OnlineCountVectorizer.builder().deleteMinDf(100).build();
        assertThrows(IllegalArgumentException.class, () -> strict.partialFit(null, FIRST));
    }
}
