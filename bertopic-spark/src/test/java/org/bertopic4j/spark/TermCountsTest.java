package org.bertopic4j.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bertopic4j.matrix.CsrMatrix;
import org.junit.jupiter.api.Test;

/** Per-topic sparse sums and the blank-document rule of the distributed topic words. */
class TermCountsTest {
    private static final CsrMatrix COUNTS = CsrMatrix.fromDense(new double[][] {
        {1, 0, 2, 0}, {0, 3, 1, 0}, {0, 0, 0, 5}}, 4);

    @Test
    void sumsRowsAndMergesSparseVectors() {
        TermCounts a = TermCounts.ofRows(COUNTS, new int[] {0, 1}, 3);
        assertArrayEquals(new int[] {0, 1, 2}, a.columns());
        assertArrayEquals(new double[] {1, 3, 3}, a.values());
        assertEquals(3, a.documents());
        assertTrue(a.hasText());
        TermCounts b = TermCounts.ofRows(COUNTS, new int[] {2, 0}, 2);
        TermCounts sum = a.plus(b);
        assertArrayEquals(new int[] {0, 1, 2, 3}, sum.columns());
        assertArrayEquals(new double[] {2, 3, 5, 5}, sum.values());
        assertEquals(5, sum.documents());
        assertEquals(sum.documents(), b.plus(a).documents());
        assertArrayEquals(sum.values(), b.plus(a).values());
    }

    @Test
    void documentsWithoutTextCountButAddNoTerms() {
        TermCounts blank = TermCounts.ofRows(COUNTS, new int[0], 2);
        assertEquals(0, blank.columns().length);
        assertFalse(blank.hasText());
        assertTrue(blank.plus(TermCounts.ofRows(COUNTS, new int[] {2}, 1)).hasText());
    }

    @Test
    void cleaningMatchesBertopicAndDetectsBlankDocuments() {
        assertNull(CountPartition.cleanOrNull("", false));
        assertNull(CountPartition.cleanOrNull("!?-", true));
        assertEquals("!?-", CountPartition.cleanOrNull("!?-", false));
        assertEquals("a b", CountPartition.cleanOrNull("a\nb", false));
        assertEquals("emptydoc", CountPartition.cleanOrNull("emptydoc", true));
    }
}
