package org.bertopic4j.hdbscan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.bertopic4j.Clustering;
import org.bertopic4j.contract.ClustererContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** HDBSCAN on bad or degenerate input: each case gets a clear error or its documented outcome. */
class HdbscanBadInputTest {

    private static void assertRejected(String expectedFragment, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(expectedFragment), e.getMessage());
    }

    @Test
    void invalidSettingsAreRejectedBySetters() {
        assertRejected("minClusterSize must be >= 2, got 1", () -> Hdbscan.builder().minClusterSize(1));
        assertRejected("minSamples must be >= 1", () -> Hdbscan.builder().minSamples(0));
        assertRejected("alpha must be a finite value > 0, got 0.0", () -> Hdbscan.builder().alpha(0));
        assertRejected("alpha must be a finite value > 0, got NaN", () -> Hdbscan.builder().alpha(Double.NaN));
        assertRejected("clusterSelectionEpsilon must be a finite value >= 0, got -0.5",
                () -> Hdbscan.builder().clusterSelectionEpsilon(-0.5));
        assertRejected("threads must be >= 1, got 0", () -> Hdbscan.builder().threads(0));
        assertRejected("metric is null", () -> Hdbscan.builder().metric(null));
        assertRejected("clusterSelectionMethod is null", () -> Hdbscan.builder().clusterSelectionMethod(null));
        assertRejected("algorithm is null", () -> Hdbscan.builder().algorithm(null));
    }

    @Test
    void nonFiniteValuesNameRowAndColumn() {
        double[][] x = {{0, 0}, {1, 1}, {2, Double.NaN}};
        assertRejected("row 2, column 1", () -> Hdbscan.builder().build().fit(x));
        x[2][1] = Double.NEGATIVE_INFINITY;
        assertRejected("row 2, column 1", () -> Hdbscan.builder().build().fit(x));
    }

    @Test
    void zeroDimensionsAndNoRowsAreRejected() {
        assertRejected("zero columns", () -> Hdbscan.builder().build().fit(new double[10][0]));
        assertRejected("no rows", () -> Hdbscan.builder().build().fit(new double[0][]));
        assertRejected("is null", () -> Hdbscan.builder().build().fit(null));
    }

    @Test
    void aSinglePointIsRejected() {
        assertRejected("at least 2 points", () -> Hdbscan.builder().build().fit(new double[][] {{1, 2}}));
    }

    @Test
    void fewerPointsThanMinClusterSizeAreAllNoise() {
        double[][] x = {{0, 0}, {0, 1}, {1, 0}, {5, 5}};
        HdbscanModel model = Hdbscan.builder().minClusterSize(5).build().fit(x);
        assertEquals(0, model.clusterCount());
        assertArrayEquals(new int[] {-1, -1, -1, -1}, model.labels());
        assertArrayEquals(new double[4], model.strengths());
        Clustering.Prediction p = model.predict(new double[][] {{0.5, 0.5}});
        assertArrayEquals(new int[] {-1}, p.labels());
        assertEquals(0, model.membershipVectors()[0].length);
        assertEquals(0, model.membershipVectors(new double[][] {{0.5, 0.5}})[0].length);
    }

    @Test
    void identicalPointsAreAllNoiseWithTheDefaultTree() {
        double[][] x = identical(50);
        HdbscanModel model = Hdbscan.builder().minClusterSize(5).build().fit(x);
        for (double w : model.spanningTreeWeights()) {
            assertEquals(0.0, w);
        }
        assertEquals(0, model.clusterCount());
        for (int l : model.labels()) {
            assertEquals(-1, l, "identical points: everything merges at distance 0, no cluster splits off");
        }
        for (double s : model.outlierScores()) {
            assertEquals(0.0, s);
        }
        assertArrayEquals(new int[] {-1}, model.predict(new double[][] {{2.5, 2.5, 2.5}}).labels());
    }

    @Test
    void identicalPointsUnderGenericGiveAValidClustering() {
        HdbscanModel model = Hdbscan.builder().minClusterSize(5).algorithm(Hdbscan.Algorithm.GENERIC).build()
                .fit(identical(50));
        ClustererContract.assertValidOutput(model, 50);
        for (double s : model.outlierScores()) {
            assertEquals(0.0, s);
        }
    }

    private static double[][] identical(int n) {
        double[][] x = new double[n][3];
        for (double[] row : x) {
            Arrays.fill(row, 2.5);
        }
        return x;
    }

    @Test
    void identicalPointsWithAllowSingleClusterAreOneCluster() {
        double[][] x = new double[20][2];
        HdbscanModel model = Hdbscan.builder().minClusterSize(5).allowSingleCluster(true).build().fit(x);
        assertEquals(1, model.clusterCount());
        for (int l : model.labels()) {
            assertEquals(0, l);
        }
        for (double s : model.strengths()) {
            assertEquals(1.0, s);
        }
    }

    @Test
    void cosineRejectsZeroRows() {
        double[][] x = {{1, 0}, {0, 1}, {0, 0}, {1, 1}};
        assertRejected("row 2 is all zeros", () -> Hdbscan.builder().metric(Hdbscan.Metric.COSINE).build().fit(x));
    }

    @Test
    void predictionWithoutPredictionDataIsAClearStateError() {
        double[][] x = {{0, 0}, {0, 1}, {1, 0}, {5, 5}, {5, 6}, {6, 5}};
        HdbscanModel model = Hdbscan.builder().minClusterSize(2).predictionData(false).build().fit(x);
        assertTrue(!model.supportsPrediction() && !model.supportsMembership());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> model.predict(x));
        assertTrue(e.getMessage().contains("predictionData(true)"), e.getMessage());
        assertThrows(IllegalStateException.class, model::membershipVectors);
        assertThrows(IllegalStateException.class, model::exemplars);
    }

    @Test
    void labelsOfTheWrongLengthAreRejected() {
        double[][] x = {{0, 0}, {0, 1}, {1, 0}};
        assertRejected("labels has 2 entries", () -> Hdbscan.builder().build().fit(x, new int[2]));
    }
}
