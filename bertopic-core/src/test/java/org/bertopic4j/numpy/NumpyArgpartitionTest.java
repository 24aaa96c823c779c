package org.bertopic4j.numpy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.bertopic4j.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The argpartition reproduces numpy 1.24.2's {@code np.argpartition(v, kth)} permutation exactly. References in
 * {@code fixtures/numpy/argpartition_float64.txt}, three lines per case (values, kth, numpy's permutation):
 * random arrays with many ties and every branch of introselect (selection sort for small kth, maximum for
 * the last kth, median-of-three partitioning), plus organ-pipe and reversed arrays of 1024 values (given by
 * name, generated here) that exhaust the depth limit and reach the median-of-medians fallback.
 */
class NumpyArgpartitionTest {
    @Test
    void permutationsEqualNumpy() {
        List<String> lines = Fixtures.lines("numpy/argpartition_float64.txt");
        for (int i = 0; i < lines.size(); i += 3) {
            double[] v = values(lines.get(i));
            int kth = Integer.parseInt(lines.get(i + 1));
            int[] expected = Arrays.stream(lines.get(i + 2).split(" ")).mapToInt(Integer::parseInt).toArray();
            assertArrayEquals(expected, NumpyArgpartition.argpartition(v, kth), lines.get(i).split(" ")[0] + " of "
                    + v.length + " values, kth " + kth);
        }
    }

    @Test
    void kthOutOfBoundsIsRejected() {
        assertMessage("kth=3 is out of bounds for 3 elements",
                () -> NumpyArgpartition.argpartition(new double[] {1, 2, 3}, 3));
    }

    private static double[] values(String line) {
        String[] parts = line.split(" ");
        if (parts[0].equals("values")) {
            return Arrays.stream(parts, 1, parts.length).mapToDouble(Double::parseDouble).toArray();
        }
        int n = Integer.parseInt(parts[1]);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = parts[0].equals("organ") ? (i < n / 2 ? i : n - i) : n - i;
        }
        return v;
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(expected), "expected '" + expected + "' in: " + e.getMessage());
    }
}
