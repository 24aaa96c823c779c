package org.bertopic4j.cluster;

import java.util.Arrays;
import java.util.Map;
import org.bertopic4j.Clustering;
import org.bertopic4j.matrix.Matrices;
import org.bertopic4j.persist.PersistableStage;
import org.bertopic4j.persist.Tensor;

/**
 * A fitted {@link KMeansClusterer}: the centres of the non-empty clusters, every point labelled
 * (no outliers, strength 1), and prediction by nearest centre (ties to the lower label). Immutable.
 */
final class FittedKMeans implements Clustering, PersistableStage {
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

    /**
     * A saved fitted k-means (see {@link KMeansClusterer#restore}).
     *
     * @throws IllegalArgumentException when the centres are not a finite non-empty matrix or a label is not one of them
     */
    static FittedKMeans restore(Map<String, Tensor> tensors, Map<String, Object> params) {
        Tensor c = tensors.get("centers");
        Tensor l = tensors.get("labels");
        if (c == null || c.shape().length != 2 || c.shape()[0] == 0 || l == null || l.shape().length != 1) {
            throw new IllegalArgumentException("k-means state needs a non-empty 2-D tensor 'centers' and a 1-D tensor "
                    + "'labels', got " + c + " and " + l);
        }
        double[][] centers = c.toDoubleMatrix();
        Matrices.requireFinite("saved k-means centers", centers);
        int[] labels = l.toIntArray();
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= centers.length) {
                throw new IllegalArgumentException("saved k-means label " + labels[i] + " at " + i + " is not one of the "
                        + centers.length + " centres");
            }
        }
        Object threads = params.get("threads");
        return new FittedKMeans(centers, labels, threads instanceof Number n ? Math.max(1, n.intValue()) : 1);
    }

    @Override
    public String kind() {
        return KMeansClusterer.KIND;
    }

    @Override
    public Map<String, Tensor> tensors() {
        return Map.of("centers", Tensor.f64(centers), "labels", Tensor.i32(labels));
    }

    @Override
    public Map<String, Object> params() {
        return Map.of("threads", threads);
    }

    @Override
    public String toString() {
        return "KMeans clustering of " + labels.length + " points into " + centers.length + " clusters";
    }
}
