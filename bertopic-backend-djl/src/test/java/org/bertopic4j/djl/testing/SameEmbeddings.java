package org.bertopic4j.djl.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Compares the embeddings of two engines row by row. */
public final class SameEmbeddings {
    private SameEmbeddings() {
    }

    /**
     * Asserts equal shapes and every value within {@code tolerance * max(1, |want|)}.
     *
     * @return the largest absolute difference, to report
     */
    public static double assertClose(float[][] want, float[][] got, double tolerance, String what) {
        assertEquals(want.length, got.length, what + " rows");
        double max = 0;
        for (int i = 0; i < want.length; i++) {
            assertEquals(want[i].length, got[i].length, what + " width of row " + i);
            for (int j = 0; j < want[i].length; j++) {
                double diff = Math.abs(want[i][j] - got[i][j]);
                assertEquals(want[i][j], got[i][j], tolerance * Math.max(1, Math.abs(want[i][j])),
                        what + " at " + i + "," + j);
                max = Math.max(max, diff);
            }
        }
        return max;
    }
}
