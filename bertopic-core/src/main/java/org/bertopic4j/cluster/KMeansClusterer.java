package org.bertopic4j.cluster;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.bertopic4j.Clusterer;
import org.bertopic4j.Clustering;
import org.bertopic4j.check.Arguments;
import org.bertopic4j.matrix.Matrices;

/**
 * k-means as scikit-learn's {@code KMeans} 1.2 runs it (Lloyd's algorithm): k-means++ seeding with
 * {@code 2 + floor(ln k)} local trials, {@code nInit} restarts keeping the lowest inertia, at most
 * {@code maxIter} iterations, stopping when labels no longer change or the centres move less than
 * {@code tol} times the mean feature variance; empty clusters are re-seeded with the points farthest
 * from their centres. There are no outliers: every point gets a cluster, strength 1. New points go to
 * the nearest centre. The random numbers come from a seeded {@link SplittableRandom}, so results are
 * reproducible (and identical on any number of threads) but not the same numbers as scikit-learn's.
 *
 * <pre>{@code
 * Clusterer kmeans = KMeansClusterer.builder().nClusters(20).seed(42).build();
 * }</pre>
 *
 * <p>With fewer distinct points than {@code nClusters}, identical points may be spread over several
 * clusters (as in scikit-learn, whose empty-cluster relocation does the same); any cluster still
 * empty at the end is dropped and the labels renumbered without gaps. More clusters than points is
 * an error.
 */
public final class KMeansClusterer implements Clusterer {
    /** The kind under which a fitted k-means is saved in a model directory's Java extension. */
    public static final String KIND = "kmeans";
    private final int nClusters;
    private final int nInit;
    private final int maxIter;
    private final double tol;
    private final long seed;
    private final int threads;

    private KMeansClusterer(Builder b) {
        nClusters = b.nClusters;
        nInit = b.nInit;
        maxIter = b.maxIter;
        tol = b.tol;
        seed = b.seed;
        threads = b.threads;
    }

    /** A builder with scikit-learn's defaults (8 clusters, 10 restarts, 300 iterations, tol 1e-4) and seed 42. */
    public static Builder builder() {
        return new Builder();
    }

    /** The number of clusters. */
    public int nClusters() {
        return nClusters;
    }

    /** The number of k-means++ restarts. */
    public int nInit() {
        return nInit;
    }

    /** The iteration limit per restart. */
    public int maxIter() {
        return maxIter;
    }

    /** The relative convergence tolerance. */
    public double tol() {
        return tol;
    }

    /** The random seed. */
    public long seed() {
        return seed;
    }

    /** The number of worker threads. */
    public int threads() {
        return threads;
    }

    /**
     * Clusters {@code points} into at most {@link #nClusters()} clusters.
     *
     * @param points n x d finite values, n >= nClusters; not modified
     * @param labels ignored; may be null
     * @throws IllegalArgumentException for empty, ragged or non-finite input, or fewer points than clusters
     */
    @Override
    public Clustering fit(double[][] points, int[] labels) {
        int d = Matrices.requireFinite("points", points);
        Matrices.requireLabels("labels", labels, points.length);
        int n = points.length;
        if (n < nClusters) {
            throw new IllegalArgumentException("points has " + n + " rows but nClusters is " + nClusters
                    + ": give at least as many points as clusters, or lower nClusters");
        }
        double tolerance = tol * meanVariance(points, d);
        SplittableRandom random = new SplittableRandom(seed);
        Run best = null;
        for (int r = 0; r < nInit; r++) {
            Run run = lloyd(points, kMeansPlusPlus(points, random.split()), tolerance);
            if (best == null || run.inertia < best.inertia) {
                best = run;
            }
        }
        return FittedKMeans.of(best.centers, best.labels, threads);
    }

    private static double meanVariance(double[][] x, int d) {
        double sum = 0;
        for (int j = 0; j < d; j++) {
            double mean = 0;
            for (double[] row : x) {
                mean += row[j];
            }
            mean /= x.length;
            double var = 0;
            for (double[] row : x) {
                var += (row[j] - mean) * (row[j] - mean);
            }
            sum += var / x.length;
        }
        return sum / d;
    }

    /** k-means++ seeding with greedy local trials (scikit-learn's {@code _kmeans_plusplus}). */
    private double[][] kMeansPlusPlus(double[][] x, SplittableRandom random) {
        int n = x.length;
        int trials = 2 + (int) Math.log(nClusters);
        double[][] centers = new double[nClusters][];
        centers[0] = x[random.nextInt(n)].clone();
        double[] closest = new double[n];
        parallel(n, i -> closest[i] = squaredDistance(x[i], centers[0]));
        double potential = sum(closest);
        for (int c = 1; c < nClusters; c++) {
            int bestCandidate = -1;
            double bestPotential = Double.POSITIVE_INFINITY;
            double[] bestClosest = null;
            for (int t = 0; t < trials; t++) {
                int candidate = sample(closest, potential, random);
                double[] next = new double[n];
                parallel(n, i -> next[i] = Math.min(closest[i], squaredDistance(x[i], x[candidate])));
                double p = sum(next);
                if (p < bestPotential) {
                    bestPotential = p;
                    bestCandidate = candidate;
                    bestClosest = next;
                }
            }
            centers[c] = x[bestCandidate].clone();
            System.arraycopy(bestClosest, 0, closest, 0, n);
            potential = bestPotential;
        }
        return centers;
    }

    private static int sample(double[] weights, double total, SplittableRandom random) {
        if (!(total > 0)) {
            return random.nextInt(weights.length);
        }
        double target = random.nextDouble() * total;
        double acc = 0;
        for (int i = 0; i < weights.length; i++) {
            acc += weights[i];
            if (acc > target) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private record Run(double[][] centers, int[] labels, double inertia) {
    }

    private Run lloyd(double[][] x, double[][] centers, double tolerance) {
        int n = x.length;
        int d = x[0].length;
        int[] labels = new int[n];
        double[] dist = new double[n];
        boolean strict = false;
        for (int iter = 0; iter < maxIter; iter++) {
            int[] previous = labels.clone();
            assign(x, centers, labels, dist);
            double[][] updated = new double[nClusters][d];
            int[] counts = new int[nClusters];
            for (int i = 0; i < n; i++) {
                counts[labels[i]]++;
                for (int j = 0; j < d; j++) {
                    updated[labels[i]][j] += x[i][j];
                }
            }
            relocateEmpty(x, centers, labels, dist, updated, counts);
            double shift = 0;
            for (int c = 0; c < nClusters; c++) {
                for (int j = 0; j < d; j++) {
                    updated[c][j] /= counts[c];
                    shift += (updated[c][j] - centers[c][j]) * (updated[c][j] - centers[c][j]);
                }
            }
            centers = updated;
            if (iter > 0 && Arrays.equals(previous, labels)) {
                strict = true;
                break;
            }
            if (shift <= tolerance) {
                break;
            }
        }
        if (!strict) {
            assign(x, centers, labels, dist);
        }
        return new Run(centers, labels, sum(dist));
    }

    /** Gives each empty cluster the point farthest from its centre (scikit-learn's relocation). */
    private void relocateEmpty(double[][] x, double[][] centers, int[] labels, double[] dist, double[][] sums,
            int[] counts) {
        boolean[] taken = new boolean[x.length];
        for (int c = 0; c < nClusters; c++) {
            if (counts[c] > 0) {
                continue;
            }
            int far = -1;
            for (int i = 0; i < x.length; i++) {
                if (!taken[i] && counts[labels[i]] > 1 && (far < 0 || dist[i] > dist[far])) {
                    far = i;
                }
            }
            if (far < 0) {
                sums[c] = centers[c].clone();
                counts[c] = 1;
                continue;
            }
            taken[far] = true;
            int old = labels[far];
            counts[old]--;
            for (int j = 0; j < x[far].length; j++) {
                sums[old][j] -= x[far][j];
            }
            sums[c] = x[far].clone();
            counts[c] = 1;
            labels[far] = c;
            dist[far] = 0;
        }
    }

    private void assign(double[][] x, double[][] centers, int[] labels, double[] dist) {
        parallel(x.length, i -> {
            int best = 0;
            double bestD = Double.POSITIVE_INFINITY;
            for (int c = 0; c < centers.length; c++) {
                double dd = squaredDistance(x[i], centers[c]);
                if (dd < bestD) {
                    bestD = dd;
                    best = c;
                }
            }
            labels[i] = best;
            dist[i] = bestD;
        });
    }

    static double squaredDistance(double[] a, double[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            double t = a[j] - b[j];
            s += t * t;
        }
        return s;
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }

    private void parallel(int n, IntConsumer body) {
        parallel(threads, n, body);
    }

    /** Runs {@code body} over {@code [0, n)} on {@code threads} threads; each index writes only its own slots. */
    static void parallel(int threads, int n, IntConsumer body) {
        if (threads <= 1 || n < 512) {
            for (int i = 0; i < n; i++) {
                body.accept(i);
            }
            return;
        }
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(() -> IntStream.range(0, n).parallel().forEach(body)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    @Override
    public String toString() {
        return "KMeansClusterer{nClusters=" + nClusters + ", nInit=" + nInit + ", maxIter=" + maxIter + ", tol=" + tol
                + ", seed=" + seed + ", threads=" + threads + "}";
    }

    /** Builds a {@link KMeansClusterer}; every setter checks its value. */
    public static final class Builder {
        private int nClusters = 8;
        private int nInit = 10;
        private int maxIter = 300;
        private double tol = 1e-4;
        private long seed = 42;
        private int threads = Runtime.getRuntime().availableProcessors();

        private Builder() {
        }

        /** Number of clusters, >= 1 (default 8). */
        public Builder nClusters(int value) {
            nClusters = Arguments.atLeast("nClusters", value, 1);
            return this;
        }

        /** k-means++ restarts, >= 1 (default 10, scikit-learn 1.2's). */
        public Builder nInit(int value) {
            nInit = Arguments.atLeast("nInit", value, 1);
            return this;
        }

        /** Iteration limit per restart, >= 1 (default 300). */
        public Builder maxIter(int value) {
            maxIter = Arguments.atLeast("maxIter", value, 1);
            return this;
        }

        /** Relative tolerance on the centre shift, finite and >= 0 (default 1e-4). */
        public Builder tol(double value) {
            if (!(value >= 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("tol must be a finite value >= 0, got " + value);
            }
            tol = value;
            return this;
        }

        /** Random seed (default 42). */
        public Builder seed(long value) {
            seed = value;
            return this;
        }

        /** Worker threads, >= 1 (default: available processors). Results do not depend on it. */
        public Builder threads(int value) {
            threads = Arguments.atLeast("threads", value, 1);
            return this;
        }

        /** The immutable configuration. */
        public KMeansClusterer build() {
            return new KMeansClusterer(this);
        }
    }

    /**
     * Rebuilds a fitted k-means saved as a {@link org.bertopic4j.persist.PersistableStage} (centres and labels).
     *
     * @throws IllegalArgumentException when the saved state is inconsistent
     */
    public static Clustering restore(java.util.Map<String, org.bertopic4j.persist.Tensor> tensors,
                                     java.util.Map<String, Object> params) {
        return FittedKMeans.restore(tensors, params);
    }
}
