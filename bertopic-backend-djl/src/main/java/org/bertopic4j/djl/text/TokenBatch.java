package org.bertopic4j.djl.text;

import java.util.Arrays;

/**
 * Token ids of a few sequences padded to the longest of them (dynamic padding), flat row-major
 * {@code [rows, seqLen]}, with the attention mask and each row's real length.
 */
record TokenBatch(long[] ids, long[] mask, int rows, int seqLen, int[] lengths) {

    /** Pads {@code sequences} with id 0 (masked out, so the id does not matter) to the longest one. */
    static TokenBatch pad(long[][] sequences) {
        int rows = sequences.length;
        int seqLen = 1;
        int[] lengths = new int[rows];
        for (int i = 0; i < rows; i++) {
            lengths[i] = sequences[i].length;
            seqLen = Math.max(seqLen, lengths[i]);
        }
        long[] ids = new long[rows * seqLen];
        long[] mask = new long[rows * seqLen];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(sequences[i], 0, ids, i * seqLen, lengths[i]);
            Arrays.fill(mask, i * seqLen, i * seqLen + lengths[i], 1L);
        }
        return new TokenBatch(ids, mask, rows, seqLen, lengths);
    }

    /**
     * Indices of {@code sequences}, longest first (ties in input order), so that consecutive batches hold
     * sequences of similar length and little padding.
     */
    static Integer[] longestFirst(long[][] sequences) {
        Integer[] order = new Integer[sequences.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(sequences[b].length, sequences[a].length));
        return order;
    }
}
