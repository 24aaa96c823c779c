package org.bertopic4j.cluster;

import java.util.Arrays;
import org.bertopic4j.Clustering;
import org.bertopic4j.matrix.Matrices;

/**
 * A fitted {@link KMeansClusterer}: the centres of the non-empty clusters, every point labelled
 * (no outliers, strength 1), and prediction by nearest centre (ties to the lower label). Immutable.
 */
final class FittedKMeans implements Clustering {
    private final double[][] centers;
    private final int[] labels;
    private final int threads;

    private FittedKMeans(double[][] centers, int[] labels, int threads) {
        this.centers = centers;
        this.labels = labels;
        this.threads = threads;
    }

    /** Drops empty clusters and renumbers the rest in centre order. */
    static FittedKMeans of(double[][] centers, int[] labels, int threads) {
        int[] count = new int[centers.length];
        for (int l : labels) {
            count[l]++;
        }
        int[] remap = new int[centers.length];
        int k = 0;
        for (int c = 0; c < centers.length; c++) {
            remap[c] = count[c] > 0 ? k++ : -1;
        }
        double[][] kept = new double[k][];
        for (int c = 0; c < centers.length; c++) {
            if (remap[c] >= 0) {
                kept[remap[c]] = centers[c].clone();
            }
        }
        int[] dense = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            dense[i] = remap[labels[i]];
        }
        return new FittedKMeans(kept, dense, threads);
    }

    @Override
    public int[] labels() {
        return labels.clone();
    }

    @Override
    public int clusterCount() {
        return centers.length;
    }

    /** All 1: k-means has no notion of membership strength. */
    @Override
    public double[] strengths() {
        double[] s = new double[labels.length];
        Arrays.fill(s, 1.0);
        return s;
    }

    @Override
    public boolean supportsPrediction() {
        return true;
    }

    /** The nearest centre of each point, strength 1. */
    @Override
    public Prediction predict(double[][] points) {
        Matrices.requireFinite("points", points, centers[0].length);
        int[] out = new int[points.length];
        double[] strengths = new double[points.length];
        KMeansClusterer.parallel(threads, points.length, i -> {
            int best = 0;
            double bestD = Double.POSITIVE_INFINITY;
            for (int c = 0; c < centers.length; c++) {
                double dd = KMeansClusterer.squaredDistance(points[i], centers[c]);
                if (dd < bestD) {
                    bestD = dd;
                    best = c;
                }
            }
            out[i] = best;
            strengths[i] = 1.0;
        });
        return new Prediction(out, strengths);
    }

    @Override
    public String toString() {
        return "KMeans clustering of " + labels.length + " points into " + centers.length + " clusters";
    }
}
