package org.bertopic4j.umap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The spectral initialisation: Lanczos eigenvectors of the normalised Laplacian, and its fallbacks. */
class SpectralInitTest {

    private static SparseGraph graph(float[][] x, int k, Umap.Metric metric) {
        try (Workers workers = new Workers(2)) {
            KnnGraph knn = ExactKnn.ofTraining(new PointDistance(x, metric), k, workers);
            return FuzzySimplicialSet.of(knn, 1.0, 1.0).graph();
        }
    }

    @Test
    void lanczosVectorsAreEigenvectorsOfTheNormalisedLaplacian() {
        SparseGraph g = graph(Arrays.copyOf(UmapFixtures.embeddings(), 1000), 15, Umap.Metric.COSINE);
        assertEquals(1, SpectralInit.components(g));
        double[][] layout;
        try (Workers workers = new Workers(2)) {
            layout = SpectralInit.layout(g, 3, workers);
        }
        double[] inv = new double[g.rows];
        for (int i = 0; i < g.rows; i++) {
            double s = 0;
            for (int p = g.rowStart[i]; p < g.rowStart[i + 1]; p++) {
                s += g.values[p];
            }
            inv[i] = 1 / Math.sqrt(s);
        }
        double previous = 0;
        for (int c = 0; c < 3; c++) {
            double[] v = new double[g.rows];
            for (int i = 0; i < g.rows; i++) {
                v[i] = layout[i][c];
            }
            double norm = Math.sqrt(SpectralInit.dot(v, v));
            double[] lv = new double[g.rows];
            for (int i = 0; i < g.rows; i++) {
                double s = 0;
                for (int p = g.rowStart[i]; p < g.rowStart[i + 1]; p++) {
                    s += g.values[p] * inv[i] * inv[g.columns[p]] * v[g.columns[p]];
                }
                lv[i] = v[i] - s;
            }
            double lambda = SpectralInit.dot(v, lv) / (norm * norm);
            double residual = 0;
            for (int i = 0; i < g.rows; i++) {
                residual += Math.pow(lv[i] - lambda * v[i], 2);
            }
            assertTrue(Math.sqrt(residual) / norm < 1e-3, "residual of eigenvector " + c + ": " + residual);
            assertTrue(lambda > 1e-8 && lambda >= previous - 1e-9, "eigenvalues ascending, above 0: " + lambda);
            previous = lambda;
        }
    }

    @Test
    void sameResultOnOneOrFourThreads() {
        SparseGraph g = graph(Arrays.copyOf(UmapFixtures.embeddings(), 800), 15, Umap.Metric.COSINE);
        double[][] one;
        double[][] four;
        try (Workers w1 = new Workers(1); Workers w4 = new Workers(4)) {
            one = SpectralInit.layout(g, 5, w1);
            four = SpectralInit.layout(g, 5, w4);
        }
        for (int i = 0; i < one.length; i++) {
            assertArrayEquals(one[i], four[i]);
        }
    }

    @Test
    void disconnectedGraphGivesNullForTheRandomFallback() {
        SparseGraph g = graph(DataSets.farApartPairsOfClusters(80, 6), 5, Umap.Metric.EUCLIDEAN);
        assertEquals(2, SpectralInit.components(g));
        try (Workers workers = new Workers(1)) {
            assertNull(SpectralInit.layout(g, 2, workers));
        }
    }
}
