package org.bertopic4j.contract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bertopic4j.Clusterer;
import org.bertopic4j.Clustering;
import org.bertopic4j.matrix.Matrices;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link Clusterer} passes (CONTRACT-TESTS.md): input never modified, clear
 * errors for empty, ragged and non-finite input and for the wrong width at predict time, identical
 * results on 1 and several threads and on a second fit, small inputs handled, labels in
 * {@code {-1, 0..k-1}} without gaps, strengths in [0, 1], no NaN anywhere, and a fitted clustering
 * that gives 8 concurrent callers exactly what sequential calls give. An implementation's test
 * extends this class and says how to build the clusterer.
 */
public abstract class ClustererContract {

    /** The clusterer under test, using {@code threads} worker threads. */
    protected abstract Clusterer clusterer(int threads);

    /** Labels to fit with (for clusterers that need them), or {@code null}. */
    protected int[] fitLabels(double[][] points) {
        return null;
    }

    /** Three well-separated 5-d blobs of 200 points each, fixed seed (enough to keep several threads busy). */
    protected double[][] points() {
        SplittableRandom random = new SplittableRandom(7);
        double[][] x = new double[600][5];
        for (int i = 0; i < x.length; i++) {
            int blob = i % 3;
            for (int j = 0; j < 5; j++) {
                x[i][j] = 10.0 * blob * (j == blob ? 1 : 0) + random.nextDouble(-1, 1);
            }
        }
        return x;
    }

    /** Points the fitted clustering has not seen. */
    protected double[][] newPoints() {
        SplittableRandom random = new SplittableRandom(11);
        double[][] x = new double[30][5];
        for (double[] row : x) {
            for (int j = 0; j < 5; j++) {
                row[j] = random.nextDouble(-2, 12);
            }
        }
        return x;
    }

    private Clustering fit(Clusterer c, double[][] x) {
        return c.fit(x, fitLabels(x));
    }

    @Test
    void inputIsNeverModified() {
        double[][] x = points();
        double[][] copy = Matrices.copy(x);
        Clustering fitted = fit(clusterer(2), x);
        assertArrayEquals(copy, x, "fit modified its input");
        double[][] q = newPoints();
        double[][] qCopy = Matrices.copy(q);
        if (fitted.supportsPrediction()) {
            fitted.predict(q);
        }
        if (fitted.supportsMembership()) {
            fitted.membershipVectors(q);
        }
        assertArrayEquals(qCopy, q, "predict modified its input");
    }

    @Test
    void emptyInputIsRejectedNamingTheArgument() {
        IllegalArgumentException noRows = assertThrows(IllegalArgumentException.class,
                () -> clusterer(1).fit(new double[0][], null));
        assertTrue(noRows.getMessage().contains("points"), noRows.getMessage());
        double[][] noColumns = new double[4][0];
        IllegalArgumentException noCols = assertThrows(IllegalArgumentException.class,
                () -> clusterer(1).fit(noColumns, fitLabels(noColumns)));
        assertTrue(noCols.getMessage().contains("points"), noCols.getMessage());
    }

    @Test
    void nonFiniteValuesAreRejectedNamingRowAndColumn() {
        for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            double[][] x = points();
            x[3][2] = bad;
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> fit(clusterer(1), x));
            assertTrue(e.getMessage().contains("row 3") && e.getMessage().contains("column 2"), e.getMessage());
        }
    }

    @Test
    void raggedRowsAreRejected() {
        double[][] x = points();
        x[5] = new double[] {1, 2, 3};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> fit(clusterer(1), x));
        assertTrue(e.getMessage().contains("row 5"), e.getMessage());
    }

    @Test
    void wrongWidthAtPredictIsRejected() {
        Clustering fitted = fit(clusterer(1), points());
        double[][] narrow = new double[3][4];
        if (fitted.supportsPrediction()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> fitted.predict(narrow));
            assertTrue(e.getMessage().contains("expected 5") && e.getMessage().contains("got 4"), e.getMessage());
        }
        if (fitted.supportsMembership()) {
            assertThrows(IllegalArgumentException.class, () -> fitted.membershipVectors(narrow));
        }
    }

    @Test
    void oneAndSeveralThreadsGiveIdenticalResults() {
        double[][] x = points();
        assertSameClustering(fit(clusterer(1), x), fit(clusterer(4), x));
    }

    @Test
    void fittingTwiceGivesEqualResultsAndKeepsTheConfiguration() {
        Clusterer c = clusterer(2);
        String before = c.toString();
        double[][] x = points();
        Clustering first = fit(c, x);
        Clustering second = fit(c, x);
        assertSameClustering(first, second);
        assertEquals(before, c.toString(), "fit changed the configuration");
    }

    @Test
    void smallInputsGiveAValidResultOrAClearError() {
        for (int n : new int[] {1, 2, 3, 4}) {
            double[][] x = Arrays.copyOf(points(), n);
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
                Clustering fitted;
                try {
                    fitted = fit(clusterer(2), x);
                } catch (IllegalArgumentException e) {
                    assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
                    return;
                }
                assertValidOutput(fitted, n);
            }, "n = " + n);
        }
    }

    @Test
    void outputsHaveTheDeclaredShapeAndRange() {
        double[][] x = points();
        Clustering fitted = fit(clusterer(2), x);
        assertValidOutput(fitted, x.length);
        assertTrue(fitted.clusterCount() >= 1, "three separated blobs gave no cluster");
        if (fitted.supportsPrediction()) {
            Clustering.Prediction p = fitted.predict(newPoints());
            assertEquals(newPoints().length, p.labels().length);
            for (int i = 0; i < p.labels().length; i++) {
                assertTrue(p.labels()[i] >= -1 && p.labels()[i] < fitted.clusterCount(), "predicted label");
                assertTrue(p.strengths()[i] >= 0 && p.strengths()[i] <= 1, "predicted strength " + p.strengths()[i]);
            }
        }
        if (fitted.supportsMembership()) {
            assertProbabilityRows(fitted.membershipVectors(newPoints()), newPoints().length, fitted.clusterCount());
        }
    }

    @Test
    void concurrentPredictionsEqualSequentialOnes() throws Exception {
        Clustering fitted = fit(clusterer(2), points());
        if (!fitted.supportsPrediction()) {
            return;
        }
        double[][] q = newPoints();
        Clustering.Prediction expected = fitted.predict(q);
        double[][] expectedMembership = fitted.supportsMembership() ? fitted.membershipVectors(q) : null;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                futures.add(pool.submit(() -> {
                    for (int r = 0; r < 5; r++) {
                        Clustering.Prediction p = fitted.predict(q);
                        assertArrayEquals(expected.labels(), p.labels());
                        assertArrayEquals(expected.strengths(), p.strengths());
                        if (expectedMembership != null) {
                            assertArrayEquals(expectedMembership, fitted.membershipVectors(q));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Checks labels, strengths and (when supported) all-points membership of a fit on n points. */
    public static void assertValidOutput(Clustering fitted, int n) {
        int[] labels = fitted.labels();
        double[] strengths = fitted.strengths();
        assertEquals(n, labels.length, "one label per point");
        assertEquals(n, strengths.length, "one strength per point");
        int k = fitted.clusterCount();
        boolean[] seen = new boolean[k];
        for (int i = 0; i < n; i++) {
            assertTrue(labels[i] >= -1 && labels[i] < k, "label " + labels[i] + " outside -1.." + (k - 1));
            if (labels[i] >= 0) {
                seen[labels[i]] = true;
            }
            assertTrue(strengths[i] >= 0 && strengths[i] <= 1, "strength " + strengths[i] + " outside [0, 1]");
        }
        for (int c = 0; c < k; c++) {
            assertTrue(seen[c], "label " + c + " is never used: labels must have no gaps");
        }
        if (fitted.supportsMembership()) {
            assertProbabilityRows(fitted.membershipVectors(), n, k);
        }
    }

    private static void assertProbabilityRows(double[][] m, int rows, int cols) {
        assertEquals(rows, m.length, "membership rows");
        for (double[] row : m) {
            assertEquals(cols, row.length, "membership columns");
            for (double v : row) {
                assertTrue(v >= 0 && v <= 1 + 1e-12, "membership " + v + " outside [0, 1]");
            }
        }
    }

    private void assertSameClustering(Clustering a, Clustering b) {
        assertArrayEquals(a.labels(), b.labels(), "labels");
        assertArrayEquals(a.strengths(), b.strengths(), "strengths");
        assertEquals(a.supportsPrediction(), b.supportsPrediction());
        if (a.supportsPrediction()) {
            Clustering.Prediction pa = a.predict(newPoints());
            Clustering.Prediction pb = b.predict(newPoints());
            assertArrayEquals(pa.labels(), pb.labels(), "predicted labels");
            assertArrayEquals(pa.strengths(), pb.strengths(), "predicted strengths");
        }
        if (a.supportsMembership()) {
            assertArrayEquals(a.membershipVectors(), b.membershipVectors(), "membership vectors");
            assertArrayEquals(a.membershipVectors(newPoints()), b.membershipVectors(newPoints()), "new-point membership");
        }
    }
}
