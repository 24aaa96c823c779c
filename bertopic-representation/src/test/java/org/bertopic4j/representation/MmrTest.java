package org.bertopic4j.representation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@link Mmr} on a hand-checkable example: candidate 0 is the most relevant, candidate 1 a near
 * duplicate of it, candidate 2 relevant but different, candidate 3 unrelated. The expected picks
 * were also checked with a NumPy transcription of BERTopic's {@code mmr}.
 */
class MmrTest {
    private static final double[] QUERY = {1, 0, 0};
    private static final double[][] CANDIDATES = {{1, 0.1, 0}, {1, 0.12, 0}, {0.8, 0, 0.6}, {0, 1, 0}};

    @Test
    void withoutDiversityPicksByRelevance() {
        assertArrayEquals(new int[] {0, 1, 2, 3}, Mmr.select(QUERY, CANDIDATES, 4, 0.0));
    }

    @Test
    void diversitySkipsTheNearDuplicate() {
        assertArrayEquals(new int[] {0, 2, 1}, Mmr.select(QUERY, CANDIDATES, 3, 0.5));
        assertArrayEquals(new int[] {0, 3}, Mmr.select(QUERY, CANDIDATES, 2, 1.0));
    }

    @Test
    void picksNoMoreThanThereAreCandidates() {
        assertArrayEquals(new int[] {0, 1, 2, 3}, Mmr.select(QUERY, CANDIDATES, 10, 0.0));
        assertArrayEquals(new int[0], Mmr.select(QUERY, new double[0][], 3, 0.1));
    }

    @Test
    void refusesBadInput() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Mmr.select(QUERY, CANDIDATES, 0, 0.1))
                .getMessage().contains("topN"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Mmr.select(QUERY, CANDIDATES, 2, 1.5))
                .getMessage().contains("diversity"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Mmr.select(QUERY, new double[][] {{1, 2}}, 1, 0.1))
                .getMessage().contains("candidates"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Mmr.select(new double[] {Double.NaN, 0, 0}, CANDIDATES, 1, 0.1)).getMessage().contains("query"));
        assertThrows(IllegalArgumentException.class, () -> Mmr.select(null, CANDIDATES, 1, 0.1));
    }
}
