package org.bertopic4j.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bertopic4j.WordScore;
import org.junit.jupiter.api.Test;

class EvaluationTest {

    private static List<WordScore> words(String... w) {
        return java.util.Arrays.stream(w).map(s -> new WordScore(s, 1.0)).toList();
    }

    @Test
    void adjustedRandIndexMatchesScikitLearn() {
        // values from scikit-learn's user guide
        assertEquals(0.24242424242424246, ClusterAgreement.adjustedRandIndex(new int[] {0, 0, 0, 1, 1, 1},
                new int[] {0, 0, 1, 1, 2, 2}), 1e-12);
        assertEquals(1.0, ClusterAgreement.adjustedRandIndex(new int[] {0, 0, 1, 1}, new int[] {1, 1, 0, 0}), 1e-12);
        assertEquals(0.0, ClusterAgreement.adjustedRandIndex(new int[] {0, 0, 0, 0}, new int[] {0, 1, 2, 3}), 1e-12);
        assertEquals(0.5714285714285715, ClusterAgreement.adjustedRandIndex(new int[] {0, 0, 1, 2},
                new int[] {0, 0, 1, 1}), 1e-12);
    }

    @Test
    void normalizedMutualInformationMatchesScikitLearn() {
        assertEquals(0.5158037429793888, ClusterAgreement.normalizedMutualInformation(new int[] {0, 0, 0, 1, 1, 1},
                new int[] {0, 0, 1, 1, 2, 2}), 1e-12);
        assertEquals(1.0, ClusterAgreement.normalizedMutualInformation(new int[] {0, 0, 1, 1}, new int[] {1, 1, 0, 0}), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> ClusterAgreement.normalizedMutualInformation(new int[] {0}, new int[] {}));
    }

    @Test
    void npmiFollowsGensimBooleanSlidingWindow() {
        // expected values from an independent implementation of gensim's c_npmi (window 4)
        List<List<String>> docs = List.of(List.of("apple", "banana", "cherry", "apple", "dog"),
                List.of("dog", "cat", "mouse"),
                List.of("apple", "cherry", "cat", "banana", "x", "y", "z", "w", "q", "r", "s", "t"));
        List<List<WordScore>> topics = List.of(words("apple", "banana", "cherry"), words("dog", "cat", "mouse"));
        List<Double> per = NpmiCoherence.perTopic(topics, docs, 10, 4);
        assertEquals(0.6411370013153297, per.get(0), 1e-12);
        assertEquals(0.4421141087047045, per.get(1), 1e-12);
        assertEquals(0.5416255550100171, NpmiCoherence.of(topics, docs, 10, 4), 1e-12);
        assertTrue(Double.isNaN(NpmiCoherence.perTopic(List.of(words("apple", "unseen")), docs, 10, 4).get(0)));
    }

    @Test
    void diversityCountsUniqueWordsAndSkipsPlaceholders() {
        assertEquals(1.0, TopicDiversity.of(List.of(words("a", "b"), words("c", "d")), 2), 1e-12);
        assertEquals(0.75, TopicDiversity.of(List.of(words("a", "b"), words("a", "d")), 2), 1e-12);
        assertEquals(0.5, TopicDiversity.of(List.of(List.of(new WordScore("a", 1), WordScore.PLACEHOLDER)), 2), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> TopicDiversity.of(List.of(), 10));
    }
}
