package org.bertopic4j.djl.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Shared assertions of the embedding-backend contract (CONTRACT-TESTS.md items 6, 10 and 12), used by the
 * concrete contract tests of this module until they extend the core's abstract contract.
 */
public final class EmbeddingChecks {
    private EmbeddingChecks() {
    }

    /** Permuting the input permutes the output rows (within {@code tol}: batches differ). */
    public static <T> void permutationPermutesRows(List<T> inputs, Function<List<T>, float[][]> embed, double tol) {
        float[][] base = embed.apply(inputs);
        int n = inputs.size();
        List<T> reversed = new ArrayList<>(inputs);
        Collections.reverse(reversed);
        float[][] rev = embed.apply(reversed);
        for (int i = 0; i < n; i++) {
            assertArrayEquals(base[i], rev[n - 1 - i], (float) tol, "row " + i + " after reversing the input");
        }
        float[][] subset = embed.apply(inputs.subList(1, n));
        for (int i = 1; i < n; i++) {
            assertArrayEquals(base[i], subset[i - 1], (float) tol, "row " + i + " embedded in a subset");
        }
    }

    /** Two calls give identical output. */
    public static <T> void deterministic(List<T> inputs, Function<List<T>, float[][]> embed) {
        float[][] a = embed.apply(inputs);
        float[][] b = embed.apply(inputs);
        assertEquals(a.length, b.length);
        for (int i = 0; i < a.length; i++) {
            assertArrayEquals(a[i], b[i], "row " + i + " differs between two calls");
        }
    }

    /** 8 threads embedding concurrently get exactly the sequential result. */
    public static <T> void concurrentCallsMatchSequential(List<T> inputs, Function<List<T>, float[][]> embed)
            throws Exception {
        float[][] sequential = embed.apply(inputs);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<float[][]>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                futures.add(pool.submit(() -> embed.apply(inputs)));
            }
            for (Future<float[][]> f : futures) {
                float[][] got = f.get();
                for (int i = 0; i < sequential.length; i++) {
                    assertArrayEquals(sequential[i], got[i], "row " + i + " from a concurrent call");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Every row has the declared width and finite values. */
    public static void shapeAndFinite(float[][] m, int rows, int width) {
        assertEquals(rows, m.length, "rows");
        for (int i = 0; i < rows; i++) {
            assertEquals(width, m[i].length, "width of row " + i);
            for (int j = 0; j < width; j++) {
                if (!Float.isFinite(m[i][j])) {
                    throw new AssertionError("non-finite value at row " + i + ", column " + j);
                }
            }
        }
    }
}
