package org.bertopic4j.cluster;

import java.util.Random;
import org.bertopic4j.check.Arguments;
import org.bertopic4j.matrix.Matrices;
import org.bertopic4j.online.IncrementalClusterer;
import org.bertopic4j.online.IncrementalClustering;

/**
 * Mini-batch k-means (scikit-learn 1.2's {@code MiniBatchKMeans}): k-means++ seeding (best of
 * {@code nInit} seedings on a sample of {@code 3 * batchSize} points), then mini-batches drawn with
 * replacement, each moving the centres by a count-weighted mean, until {@code maxIter} passes over the data
 * or ten steps without improving the smoothed batch inertia. {@link #partialFit(double[][])} seeds on the
 * first batch and takes one step per batch, as scikit-learn's {@code partial_fit}, which makes it the
 * clusterer of online topic modelling. Every point gets a cluster (no outliers); as in scikit-learn, a
 * centre may end up without points, and a batch of {@code partialFit} need not use every cluster.
 * Single-threaded and deterministic for a seed.
 *
 * <pre>{@code
 * MiniBatchKMeans kmeans = MiniBatchKMeans.builder().clusters(20).seed(42).build();
 * Clustering clustering = kmeans.fit(points);
 * IncrementalClustering online = kmeans.partialFit(firstBatch).partialFit(secondBatch);
 * }</pre>
 */
public final class MiniBatchKMeans implements IncrementalClusterer {
    private static final int MAX_NO_IMPROVEMENT = 10;
    private final int clusters;
    private final int batchSize;
    private final int maxIter;
    private final int nInit;
    private final long seed;

    private MiniBatchKMeans(Builder b) {
        this.clusters = b.clusters;
        this.batchSize = b.batchSize;
        this.maxIter = b.maxIter;
        this.nInit = b.nInit;
        this.seed = b.seed;
    }

    /** A builder with scikit-learn's defaults (8 clusters, batch size 1024, 100 iterations, 3 seedings, seed 0). */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Clusters {@code points}; labels are ignored.
     *
     * @throws IllegalArgumentException when there are fewer points than clusters
     */
    @Override
    public IncrementalClustering fit(double[][] points, int[] labels) {
        requirePoints(points);
        Random random = new Random(seed);
        int n = points.length;
        double[][] best = null;
        double bestInertia = Double.POSITIVE_INFINITY;
        double[][] sample = sample(points, Math.min(n, 3 * batchSize), random);
        for (int run = 0; run < nInit; run++) {
            double[][] centers = KMeansSteps.kMeansPlusPlus(sample, clusters, random);
            double inertia = KMeansSteps.inertia(sample, centers);
            if (inertia < bestInertia) {
                bestInertia = inertia;
                best = centers;
            }
        }
        double[] counts = new double[clusters];
        long steps = (long) maxIter * n / batchSize;
        double alpha = Math.min(1.0, batchSize * 2.0 / (n + 1));
        double ewa = Double.NaN;
        double minEwa = Double.POSITIVE_INFINITY;
        int noImprovement = 0;
        for (long s = 0; s < steps && noImprovement < MAX_NO_IMPROVEMENT; s++) {
            double[][] batch = new double[batchSize][];
            for (int i = 0; i < batchSize; i++) {
                batch[i] = points[random.nextInt(n)];
            }
            double batchInertia = KMeansSteps.step(batch, best, counts) / batchSize;
            ewa = Double.isNaN(ewa) ? batchInertia : ewa * (1 - alpha) + batchInertia * alpha;
            if (ewa < minEwa) {
                minEwa = ewa;
                noImprovement = 0;
            } else {
                noImprovement++;
            }
        }
        return new Fitted(best, counts, points);
    }

    /**
     * Seeds on {@code batch} (one k-means++ seeding) and takes one mini-batch step on it.
     *
     * @throws IllegalArgumentException when the batch has fewer points than clusters
     */
    @Override
    public IncrementalClustering partialFit(double[][] batch) {
        requirePoints(batch);
        Random random = new Random(seed);
        double[][] centers = KMeansSteps.kMeansPlusPlus(sample(batch, Math.min(batch.length, 3 * batchSize), random),
                clusters, random);
        double[] counts = new double[clusters];
        KMeansSteps.step(batch, centers, counts);
        return new Fitted(centers, counts, batch);
    }

    private void requirePoints(double[][] points) {
        Matrices.requireFinite("points", points);
        if (points.length < clusters) {
            throw new IllegalArgumentException("points has " + points.length + " rows but MiniBatchKMeans has "
                    + clusters + " clusters: give at least as many points as clusters, or fewer clusters");
        }
    }

    private static double[][] sample(double[][] points, int size, Random random) {
        if (size >= points.length) {
            return points;
        }
        int[] order = new int[points.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        double[][] out = new double[size][];
        for (int i = 0; i < size; i++) {
            int j = i + random.nextInt(order.length - i);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
            out[i] = points[order[i]];
        }
        return out;
    }

    @Override
    public String toString() {
        return "MiniBatchKMeans[clusters=" + clusters + ", batchSize=" + batchSize + ", maxIter=" + maxIter
                + ", nInit=" + nInit + ", seed=" + seed + "]";
    }

    /** The centres, their counts and the labels of the last points learned from. */
    private static final class Fitted implements IncrementalClustering {
        private final double[][] centers;
        private final double[] counts;
        private final int[] labels;

        Fitted(double[][] centers, double[] counts, double[][] points) {
            this.centers = centers;
            this.counts = counts;
            this.labels = new int[points.length];
            for (int i = 0; i < points.length; i++) {
                labels[i] = KMeansSteps.nearest(points[i], centers);
            }
        }

        @Override
        public int[] labels() {
            return labels.clone();
        }

        @Override
        public int clusterCount() {
            return centers.length;
        }

        @Override
        public double[] strengths() {
            double[] s = new double[labels.length];
            java.util.Arrays.fill(s, 1.0);
            return s;
        }

        @Override
        public Prediction predict(double[][] points) {
            Matrices.requireFinite("points", points, centers[0].length);
            int[] out = new int[points.length];
            double[] strengths = new double[points.length];
            for (int i = 0; i < points.length; i++) {
                out[i] = KMeansSteps.nearest(points[i], centers);
                strengths[i] = 1.0;
            }
            return new Prediction(out, strengths);
        }

        @Override
        public IncrementalClustering partialFit(double[][] batch) {
            Matrices.requireFinite("batch", batch, centers[0].length);
            double[][] c = Matrices.copy(centers);
            double[] n = counts.clone();
            KMeansSteps.step(batch, c, n);
            return new Fitted(c, n, batch);
        }
    }

    /** Builds a {@link MiniBatchKMeans}; every setter checks its argument. */
    public static final class Builder {
        private int clusters = 8;
        private int batchSize = 1024;
        private int maxIter = 100;
        private int nInit = 3;
        private long seed;

        private Builder() {
        }

        /** Number of clusters (scikit-learn's {@code n_clusters}, default 8; at least 1). */
        public Builder clusters(int clusters) {
            this.clusters = Arguments.atLeast("clusters", clusters, 1);
            return this;
        }

        /** Points per mini-batch (default 1024; at least 1). */
        public Builder batchSize(int batchSize) {
            this.batchSize = Arguments.atLeast("batchSize", batchSize, 1);
            return this;
        }

        /** Passes over the data in {@code fit} (default 100; at least 1). */
        public Builder maxIter(int maxIter) {
            this.maxIter = Arguments.atLeast("maxIter", maxIter, 1);
            return this;
        }

        /** k-means++ seedings in {@code fit}, the one with the lowest inertia kept (default 3; at least 1). */
        public Builder nInit(int nInit) {
            this.nInit = Arguments.atLeast("nInit", nInit, 1);
            return this;
        }

        /** The seed (default 0): the same seed gives the same clusters. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** The configuration. */
        public MiniBatchKMeans build() {
            return new MiniBatchKMeans(this);
        }
    }
}
