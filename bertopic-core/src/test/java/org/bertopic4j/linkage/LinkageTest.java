package org.bertopic4j.linkage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Linkage matrices, optimal leaf ordering and flat cuts against values computed with scipy 1.17
 * ({@code linkage(y, method, optimal_ordering)}, {@code leaves_list}) and scikit-learn's {@code _hc_cut}
 * on the same points.
 */
class LinkageTest {
    private static final double[][] POINTS = {{0.551, 0.708, 0.291}, {0.511, 0.893, 0.896}, {0.126, 0.207, 0.051},
        {0.441, 0.03, 0.457}, {0.649, 0.278, 0.676}, {0.591, 0.024, 0.559}, {0.259, 0.415, 0.284},
        {0.693, 0.44, 0.157}, {0.545, 0.78, 0.306}, {0.222, 0.388, 0.936}, {0.976, 0.672, 0.903},
        {0.846, 0.378, 0.092}};
    private static final double[][] AVERAGE = {{0.0, 8.0, 0.07379024325749313, 2.0},
        {7.0, 11.0, 0.17742040468897596, 2.0}, {3.0, 5.0, 0.18149380154705008, 2.0},
        {4.0, 14.0, 0.3382042246975685, 3.0}, {2.0, 6.0, 0.3394731211745637, 2.0},
        {12.0, 13.0, 0.44060350338561416, 4.0}, {1.0, 10.0, 0.5148931928079842, 2.0},
        {16.0, 17.0, 0.595815209880995, 6.0}, {9.0, 15.0, 0.5965514050506161, 4.0},
        {19.0, 20.0, 0.6937811208431209, 10.0}, {18.0, 21.0, 0.8434269451563136, 12.0}};
    private static final double[][] WARD = {{0.0, 8.0, 0.07379024325749313, 2.0},
        {7.0, 11.0, 0.17742040468897596, 2.0}, {3.0, 5.0, 0.18149380154705008, 2.0},
        {2.0, 6.0, 0.3394731211745637, 2.0}, {4.0, 14.0, 0.38107567052577196, 3.0},
        {1.0, 10.0, 0.5148931928079842, 2.0}, {12.0, 13.0, 0.6189721318443988, 4.0},
        {9.0, 16.0, 0.7033141782541665, 4.0}, {15.0, 18.0, 0.8791136634891608, 6.0},
        {17.0, 19.0, 1.1471734103148192, 6.0}, {20.0, 21.0, 1.359342058987852, 12.0}};
    private static final double[][] WARD_ORDERED = {{0.0, 8.0, 0.07379024325749313, 2.0},
        {11.0, 7.0, 0.17742040468897596, 2.0}, {3.0, 5.0, 0.18149380154705008, 2.0},
        {6.0, 2.0, 0.3394731211745637, 2.0}, {14.0, 4.0, 0.38107567052577196, 3.0},
        {1.0, 10.0, 0.5148931928079842, 2.0}, {13.0, 12.0, 0.6189721318443988, 4.0},
        {16.0, 9.0, 0.7033141782541665, 4.0}, {18.0, 15.0, 0.8791136634891608, 6.0},
        {19.0, 17.0, 1.1471734103148192, 6.0}, {20.0, 21.0, 1.359342058987852, 12.0}};

    @Test
    void averageAndWardMatchScipy() {
        double[][] d = euclidean(POINTS);
        assertMatrix(AVERAGE, Linkage.linkage(d, Linkage.Method.AVERAGE));
        assertMatrix(WARD, Linkage.linkage(d, Linkage.Method.WARD));
    }

    @Test
    void optimalLeafOrderingMatchesScipy() {
        double[][] d = euclidean(POINTS);
        double[][] ordered = Linkage.optimalLeafOrdering(Linkage.linkage(d, Linkage.Method.WARD), d);
        assertMatrix(WARD_ORDERED, ordered);
        assertArrayEquals(new int[] {11, 7, 0, 8, 6, 2, 3, 5, 4, 9, 1, 10}, Linkage.leaves(ordered));
    }

    @Test
    void optimalLeafOrderingResolvesTiesAsScipy() {
        double[][] grid = {{0, 0}, {1, 0}, {2, 0}, {3, 0}, {0, 1}, {1, 1}, {2, 1}, {3, 1}, {5, 5}};
        double[][] d = euclidean(grid);
        double[][] ordered = Linkage.optimalLeafOrdering(Linkage.linkage(d, Linkage.Method.WARD), d);
        double[][] expected = {{1.0, 0.0, 1.0, 2.0}, {4.0, 5.0, 1.0, 2.0}, {2.0, 3.0, 1.0, 2.0}, {7.0, 6.0, 1.0, 2.0},
            {10.0, 9.0, 1.4142135623730951, 4.0}, {11.0, 12.0, 1.4142135623730951, 4.0}, {14.0, 13.0, 4.0, 8.0},
            {8.0, 15.0, 7.60116950066092, 9.0}};
        assertMatrix(expected, ordered);
        assertArrayEquals(new int[] {8, 2, 3, 7, 6, 4, 5, 1, 0}, Linkage.leaves(ordered));
    }

    @Test
    void cutLabelsClustersAsScikitLearn() {
        double[][] z = Linkage.linkage(euclidean(POINTS), Linkage.Method.AVERAGE);
        assertArrayEquals(new int[12], Linkage.cut(z, 1));
        assertArrayEquals(new int[] {2, 1, 2, 0, 0, 0, 2, 2, 2, 0, 1, 2}, Linkage.cut(z, 3));
        assertArrayEquals(new int[] {0, 1, 0, 2, 2, 2, 0, 0, 0, 3, 1, 0}, Linkage.cut(z, 4));
        assertArrayEquals(new int[] {0, 5, 1, 2, 2, 2, 1, 0, 0, 3, 4, 0}, Linkage.cut(z, 6));
        assertArrayEquals(new int[] {4, 3, 5}, Linkage.leavesOf(z, 15));
    }

    @Test
    void badInputIsRejectedWithTheFix() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Linkage.linkage(new double[][] {{0}}, Linkage.Method.WARD));
        assertTrue(e.getMessage().contains("at least 2 rows"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Linkage.linkage(new double[][] {{0, Double.NaN}, {1, 0}}, Linkage.Method.AVERAGE));
        assertTrue(e.getMessage().contains("distances[0][1] is NaN"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Linkage.cut(AVERAGE, 13));
        assertTrue(e.getMessage().contains("clusters must be in [1, 12], got 13"), e.getMessage());
    }

    private static void assertMatrix(double[][] expected, double[][] actual) {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i][0], actual[i][0], "left child of row " + i);
            assertEquals(expected[i][1], actual[i][1], "right child of row " + i);
            assertEquals(expected[i][2], actual[i][2], 1e-14, "height of row " + i);
            assertEquals(expected[i][3], actual[i][3], "size of row " + i);
        }
    }

    private static double[][] euclidean(double[][] x) {
        double[][] d = new double[x.length][x.length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x.length; j++) {
                double s = 0;
                for (int k = 0; k < x[i].length; k++) {
                    s += (x[i][k] - x[j][k]) * (x[i][k] - x[j][k]);
                }
                d[i][j] = Math.sqrt(s);
            }
        }
        return d;
    }
}
