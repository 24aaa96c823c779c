package org.bertopic4j.hdbscan;

import org.bertopic4j.Clusterer;
import org.bertopic4j.check.Arguments;
import org.bertopic4j.matrix.Matrices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HDBSCAN, BERTopic's default clusterer, with the parameters and results of {@code hdbscan.HDBSCAN}
 * 0.8.40: core distances from a KD-tree, the exact minimum spanning tree of the mutual-reachability
 * graph (Boruvka), the single-linkage and condensed trees, excess-of-mass or leaf selection, GLOSH
 * outlier scores, and, with {@link Builder#predictionData(boolean)}, approximate prediction and soft
 * clustering. An immutable configuration; {@link #fit} returns an {@link HdbscanModel}.
 *
 * <pre>{@code
 * Hdbscan hdbscan = Hdbscan.builder().minClusterSize(10).metric(Hdbscan.Metric.EUCLIDEAN).build();
 * HdbscanModel model = hdbscan.fit(reducedEmbeddings);
 * int[] topics = model.labels();
 * Clustering.Prediction next = model.predict(newPoints);
 * }</pre>
 *
 * <p>Small inputs: one point is rejected; fewer points than {@code minClusterSize} give all noise
 * (unless {@code allowSingleCluster}, which, as in hdbscan, may keep them as one cluster); identical
 * points merge at distance 0 (lambda infinite).
 */
public final class Hdbscan implements Clusterer {
    private static final Logger LOG = LoggerFactory.getLogger(Hdbscan.class);

    /** Distance between points. */
    public enum Metric {
        /** Straight-line distance. */
        EUCLIDEAN,
        /** {@code 1 - cos(a, b)}; rows must not be all zeros. */
        COSINE,
        /** Sum of absolute coordinate differences. */
        MANHATTAN
    }

    /** How flat clusters are chosen from the condensed tree. */
    public enum SelectionMethod {
        /** Excess of mass: the most stable clusters (hdbscan's default). */
        EOM,
        /** The leaves of the condensed tree: many small, homogeneous clusters. */
        LEAF
    }

    /** How the minimum spanning tree of the mutual-reachability graph is built; all are exact. */
    public enum Algorithm {
        /**
         * {@link #GENERIC} up to {@link #AUTO_GENERIC_MAX_POINTS} points, where it costs well under a
         * second and gives hdbscan's exact labels even where spanning-tree weights tie;
         * {@link #BORUVKA_KDTREE} above (the default).
         */
        AUTO,
        /**
         * Boruvka over a KD-tree in O(n) memory and about O(n log n) time. Where weights
         * tie, the tree may merge tied edges in another order than hdbscan, which can move a few
         * borderline points.
         */
        BORUVKA_KDTREE,
        /**
         * hdbscan's {@code algorithm='generic'}: Prim's algorithm in O(n^2) time (O(n) memory),
         * reproducing hdbscan's order of tied merges. For small data and exact comparisons.
         */
        GENERIC
    }

    /** Largest input for which {@link Algorithm#AUTO} uses {@link Algorithm#GENERIC}. */
    public static final int AUTO_GENERIC_MAX_POINTS = 8192;

    private final int minClusterSize;
    private final Integer minSamples;
    private final Metric metric;
    private final double alpha;
    private final double clusterSelectionEpsilon;
    private final SelectionMethod clusterSelectionMethod;
    private final boolean allowSingleCluster;
    private final boolean predictionData;
    private final Algorithm algorithm;
    private final int threads;

    private Hdbscan(Builder b) {
        minClusterSize = b.minClusterSize;
        minSamples = b.minSamples;
        metric = b.metric;
        alpha = b.alpha;
        clusterSelectionEpsilon = b.clusterSelectionEpsilon;
        clusterSelectionMethod = b.clusterSelectionMethod;
        allowSingleCluster = b.allowSingleCluster;
        predictionData = b.predictionData;
        algorithm = b.algorithm;
        threads = b.threads;
    }

    /** A builder with hdbscan's defaults (minClusterSize 5, euclidean, EOM) and prediction data on. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this configuration. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.minClusterSize = minClusterSize;
        b.minSamples = minSamples;
        b.metric = metric;
        b.alpha = alpha;
        b.clusterSelectionEpsilon = clusterSelectionEpsilon;
        b.clusterSelectionMethod = clusterSelectionMethod;
        b.allowSingleCluster = allowSingleCluster;
        b.predictionData = predictionData;
        b.algorithm = algorithm;
        b.threads = threads;
        return b;
    }

    /** Smallest group of points that counts as a cluster. */
    public int minClusterSize() {
        return minClusterSize;
    }

    /** Neighbours defining a point's core distance (self excluded): the given value, else minClusterSize. */
    public int minSamples() {
        return minSamples != null ? minSamples : minClusterSize;
    }

    /** The distance between points. */
    public Metric metric() {
        return metric;
    }

    /** Distance scaling in mutual reachability ({@code dist / alpha}). */
    public double alpha() {
        return alpha;
    }

    /** Clusters born below this distance are merged into their parents (0 = off). */
    public double clusterSelectionEpsilon() {
        return clusterSelectionEpsilon;
    }

    /** Excess of mass or leaf selection. */
    public SelectionMethod clusterSelectionMethod() {
        return clusterSelectionMethod;
    }

    /** Whether the whole data set may be returned as one cluster. */
    public boolean allowSingleCluster() {
        return allowSingleCluster;
    }

    /** Whether the model keeps what prediction and soft clustering need. */
    public boolean predictionData() {
        return predictionData;
    }

    /** How the minimum spanning tree is built. */
    public Algorithm algorithm() {
        return algorithm;
    }

    /**
     * Whether every point is the same: then every merge happens at distance 0 and Prim's visiting order
     * splits the points arbitrarily, so AUTO takes the Boruvka tree, which leaves them all noise (or one
     * cluster with {@code allowSingleCluster}).
     */
    private static boolean allRowsEqual(double[][] points) {
        for (double[] row : points) {
            if (!java.util.Arrays.equals(row, points[0])) {
                return false;
            }
        }
        return true;
    }

    /** Number of worker threads. */
    public int threads() {
        return threads;
    }

    /**
     * Clusters {@code points}.
     *
     * @param points n x d finite values, n >= 2; not modified
     * @param labels ignored (HDBSCAN is unsupervised); may be null
     * @throws IllegalArgumentException for empty, ragged or non-finite input, a single point, or a
     *     zero row under the cosine metric
     */
    @Override
    public HdbscanModel fit(double[][] points, int[] labels) {
        Matrices.requireFinite("points", points);
        Matrices.requireLabels("labels", labels, points.length);
        int n = points.length;
        if (n < 2) {
            throw new IllegalArgumentException("points has 1 row: HDBSCAN needs at least 2 points to build a "
                    + "hierarchy; give more points");
        }
        long t0 = System.nanoTime();
        MetricSpace space = MetricSpace.of(points, metric);
        int ms = Math.max(1, Math.min(n - 1, minSamples()));
        int predictionK = Math.min(minSamples(), n);
        CoreDistances neighbours = CoreDistances.neighbours(space, Math.min(n, Math.max(ms + 2, predictionK)), threads);
        double[] weights = new double[n - 1];
        int[][] mst;
        long t1 = System.nanoTime();
        if (algorithm == Algorithm.GENERIC
                || algorithm == Algorithm.AUTO && n <= AUTO_GENERIC_MAX_POINTS && !allRowsEqual(points)) {
            mst = PrimMst.compute(points, metric, ms, alpha, threads, weights);
        } else {
            mst = BoruvkaMst.compute(space, neighbours, neighbours.core(ms + 1), alpha, threads, weights);
        }
        SingleLinkage slt = SingleLinkage.fromMst(n, mst[0], mst[1], weights);
        long t2 = System.nanoTime();
        CondensedTree tree = CondensedTree.condense(slt, minClusterSize);
        long t3 = System.nanoTime();
        ClusterSelection selection = ClusterSelection.select(tree, this);
        double[] outlierScores = Glosh.scores(tree);
        long t4 = System.nanoTime();
        PredictionData prediction = predictionData
                ? new PredictionData(tree, this, neighbours.core(predictionK)) : null;
        long t5 = System.nanoTime();
        HdbscanModel.Timings timings = new HdbscanModel.Timings(seconds(t0, t1), seconds(t1, t2), seconds(t2, t3),
                seconds(t3, t4), seconds(t4, t5));
        LOG.debug("HDBSCAN fit of {} points: {} clusters, {}", n, selection.selected.length, timings);
        return new HdbscanModel(this, space, slt, weights, tree, selection, outlierScores, prediction, timings);
    }

    /** {@link #fit(double[][], int[])} without labels. */
    @Override
    public HdbscanModel fit(double[][] points) {
        return fit(points, null);
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }

    @Override
    public String toString() {
        return "Hdbscan{minClusterSize=" + minClusterSize + ", minSamples=" + minSamples() + ", metric=" + metric
                + ", alpha=" + alpha + ", clusterSelectionEpsilon=" + clusterSelectionEpsilon
                + ", clusterSelectionMethod=" + clusterSelectionMethod + ", allowSingleCluster="
                + allowSingleCluster + ", predictionData=" + predictionData + ", algorithm=" + algorithm + ", threads=" + threads + "}";
    }

    /** Builds an {@link Hdbscan}; every setter checks its value. */
    public static final class Builder {
        private int minClusterSize = 5;
        private Integer minSamples;
        private Metric metric = Metric.EUCLIDEAN;
        private double alpha = 1.0;
        private double clusterSelectionEpsilon = 0.0;
        private SelectionMethod clusterSelectionMethod = SelectionMethod.EOM;
        private boolean allowSingleCluster;
        private boolean predictionData = true;
        private Algorithm algorithm = Algorithm.AUTO;
        private int threads = Runtime.getRuntime().availableProcessors();

        private Builder() {
        }

        /** Smallest cluster (BERTopic passes its {@code min_topic_size}); at least 2, default 5. */
        public Builder minClusterSize(int value) {
            minClusterSize = Arguments.atLeast("minClusterSize", value, 2);
            return this;
        }

        /** Core-distance neighbours, at least 1; {@code null} (default) uses minClusterSize. */
        public Builder minSamples(Integer value) {
            if (value != null && value < 1) {
                throw new IllegalArgumentException("minSamples must be >= 1 or null (= minClusterSize), got " + value);
            }
            minSamples = value;
            return this;
        }

        /** Distance between points (default EUCLIDEAN). */
        public Builder metric(Metric value) {
            if (value == null) {
                throw new IllegalArgumentException("metric is null: give EUCLIDEAN, COSINE or MANHATTAN");
            }
            metric = value;
            return this;
        }

        /** Mutual-reachability distance scaling, > 0 and finite (default 1.0). */
        public Builder alpha(double value) {
            if (!(value > 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("alpha must be a finite value > 0, got " + value);
            }
            alpha = value;
            return this;
        }

        /** Distance below which clusters are merged, >= 0 and finite (default 0 = off). */
        public Builder clusterSelectionEpsilon(double value) {
            if (!(value >= 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("clusterSelectionEpsilon must be a finite value >= 0, got "
                        + value);
            }
            clusterSelectionEpsilon = value;
            return this;
        }

        /** EOM (default) or LEAF. */
        public Builder clusterSelectionMethod(SelectionMethod value) {
            if (value == null) {
                throw new IllegalArgumentException("clusterSelectionMethod is null: give EOM or LEAF");
            }
            clusterSelectionMethod = value;
            return this;
        }

        /** Whether one cluster of everything may be returned (default false). */
        public Builder allowSingleCluster(boolean value) {
            allowSingleCluster = value;
            return this;
        }

        /**
         * Whether to keep prediction data (default true, as BERTopic's default HDBSCAN; hdbscan's own
         * default is false). Without it the model cannot predict or give membership vectors.
         */
        public Builder predictionData(boolean value) {
            predictionData = value;
            return this;
        }

        /** How the exact minimum spanning tree is built (default BORUVKA_KDTREE). */
        public Builder algorithm(Algorithm value) {
            if (value == null) {
                throw new IllegalArgumentException("algorithm is null: give AUTO, BORUVKA_KDTREE or GENERIC");
            }
            algorithm = value;
            return this;
        }

        /** Worker threads, >= 1 (default: available processors). Results do not depend on it. */
        public Builder threads(int value) {
            threads = Arguments.atLeast("threads", value, 1);
            return this;
        }

        /** The immutable configuration. */
        public Hdbscan build() {
            return new Hdbscan(this);
        }
    }
}
