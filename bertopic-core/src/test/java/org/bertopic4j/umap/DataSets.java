package org.bertopic4j.umap;

import java.util.Random;

/** Small reproducible synthetic data sets for UMAP tests. */
final class DataSets {
    private DataSets() {
    }

    /** {@code n} rows of {@code d} columns around {@code clusters} Gaussian centres (row i in cluster i % clusters). */
    static float[][] blobs(int n, int d, int clusters, long seed) {
        Random rng = new Random(seed);
        double[][] centres = new double[clusters][d];
        for (double[] c : centres) {
            for (int j = 0; j < d; j++) {
                c[j] = rng.nextGaussian() * 5;
            }
        }
        float[][] x = new float[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                x[i][j] = (float) (centres[i % clusters][j] + rng.nextGaussian());
            }
        }
        return x;
    }

    /** Two tight clusters very far apart: a 5-NN graph over them has two components. */
    static float[][] farApartPairsOfClusters(int n, int d) {
        float[][] x = blobs(n, d, 1, 5);
        for (int i = 0; i < n / 2; i++) {
            x[i][0] += 1000f;
        }
        return x;
    }
}
