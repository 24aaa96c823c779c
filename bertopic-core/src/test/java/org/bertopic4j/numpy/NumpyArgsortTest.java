package org.bertopic4j.numpy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.bertopic4j.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The argsort reproduces numpy 1.24.2's {@code np.argsort(v)} (kind "quicksort") tie order exactly (reference
 * permutations produced with numpy 1.24.2, Debian bookworm's python3-numpy; the 300-value case is stored in
 * {@code fixtures/numpy/argsort_int64_300.txt}, values on line 1, permutation on line 2), and is a correct
 * sort on other shapes.
 */
class NumpyArgsortTest {
    @Test
    void sortsRandomInputsWithManyTies() {
        Random random = new Random(3);
        for (int n : new int[] {0, 1, 2, 15, 16, 17, 100, 1000, 5000}) {
            long[] v = random.longs(n, 0, 7).toArray();
            assertSorted(v, NumpyArgsort.argsort(v));
        }
    }

    @Test
    void tieOrderEqualsNumpy() {
        long[] v = {3, 2, 3, 1, 2, 2, 0, 1, 0, 0, 3, 2, 3, 0, 2, 0, 3, 0, 3, 1, 1, 3, 0, 3, 0, 1, 3, 1, 3, 2, 0, 2,
            1, 2, 2, 1, 1, 2, 1, 1};
        int[] numpy = {8, 13, 22, 24, 9, 15, 17, 30, 6, 25, 27, 32, 35, 20, 36, 38, 19, 39, 7, 3, 14, 37, 1, 11, 34,
            33, 5, 29, 4, 31, 18, 2, 28, 26, 10, 23, 21, 12, 16, 0};
        assertArrayEquals(numpy, NumpyArgsort.argsort(v));
        List<String> lines = Fixtures.lines("numpy/argsort_int64_300.txt");
        long[] values = Arrays.stream(lines.get(0).split(" ")).mapToLong(Long::parseLong).toArray();
        int[] expected = Arrays.stream(lines.get(1).split(" ")).mapToInt(Integer::parseInt).toArray();
        assertArrayEquals(expected, NumpyArgsort.argsort(values));
    }

    @Test
    void doubleTieOrderEqualsNumpy() {
        double t = 1.0 / 3;
        double u = 2.0 / 3;
        double[] v = {1, 0, t, t, t, u, 0, 1, 0, 1, 0, t, t, 0, t, 1, u, 1, 0, t, t, t, 1, t, u, 1, u, u, u, t, 0, t, 1, 0,
            t, t, 1, 1, u, t, u, u, u, t, t};
        int[] numpy = {8, 1, 33, 30, 13, 6, 18, 10, 19, 20, 21, 44, 23, 29, 31, 43, 34, 39, 35, 14, 12, 11, 2, 3, 4, 5,
            28, 40, 16, 38, 24, 42, 41, 27, 26, 37, 0, 32, 25, 17, 15, 9, 7, 36, 22};
        assertArrayEquals(numpy, NumpyArgsort.argsort(v));
        assertArrayEquals(new int[] {1, 2, 0}, NumpyArgsort.argsort(new double[] {Double.NaN, -1, 2}));
    }

    @Test
    void smallInputsUseStableInsertionSort() {
        long[] v = {3, 1, 3, 1, 2};
        assertArrayEquals(new int[] {1, 3, 4, 0, 2}, NumpyArgsort.argsort(v));
    }

    @Test
    void sortsStructuredInputs() {
        int n = 4096;
        long[] v = new long[n];
        for (int i = 0; i < n; i++) {
            v[i] = i % 2 == 0 ? i : n - i;
        }
        assertSorted(v, NumpyArgsort.argsort(v));
        long[] descending = new long[n];
        Arrays.setAll(descending, i -> n - i);
        assertSorted(descending, NumpyArgsort.argsort(descending));
    }

    private static void assertSorted(long[] v, int[] order) {
        boolean[] seen = new boolean[v.length];
        for (int i = 0; i < order.length; i++) {
            assertTrue(!seen[order[i]], "permutation");
            seen[order[i]] = true;
            if (i > 0) {
                assertTrue(v[order[i - 1]] <= v[order[i]], "ascending at " + i);
            }
        }
        assertTrue(order.length == v.length);
    }
}
