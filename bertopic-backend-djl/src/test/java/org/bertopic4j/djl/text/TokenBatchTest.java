package org.bertopic4j.djl.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Dynamic padding and length ordering of token sequences. */
class TokenBatchTest {

    @Test
    void padsToTheLongestSequenceOfTheBatchWithAMask() {
        TokenBatch batch = TokenBatch.pad(new long[][] {{101, 7, 102}, {101, 102}});
        assertEquals(2, batch.rows());
        assertEquals(3, batch.seqLen());
        assertArrayEquals(new long[] {101, 7, 102, 101, 102, 0}, batch.ids());
        assertArrayEquals(new long[] {1, 1, 1, 1, 1, 0}, batch.mask());
        assertArrayEquals(new int[] {3, 2}, batch.lengths());
    }

    @Test
    void ordersLongestFirstKeepingInputOrderForTies() {
        long[][] seqs = {{1, 2}, {1, 2, 3, 4}, {1}, {5, 6}, {1, 2, 3, 4}};
        assertArrayEquals(new Integer[] {1, 4, 0, 3, 2}, TokenBatch.longestFirst(seqs));
    }
}
