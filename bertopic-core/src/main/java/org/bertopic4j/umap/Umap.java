package org.bertopic4j.umap;

import java.util.Objects;
import org.bertopic4j.DimensionReducer;
import org.bertopic4j.Reduction;

/**
 * UMAP (McInnes, Healy and Melville 2018), a port of umap-learn 0.5 and BERTopic's default
 * {@link DimensionReducer}: k-nearest-neighbour graph (exact below 4096 points, NN-descent above),
 * fuzzy simplicial set, spectral initialisation and SGD layout with negative sampling. Supports
 * supervised and semi-supervised fitting with categorical labels ({@code -1} = unlabelled) and
 * {@link UmapModel#transform placing new points}.
 *
 * <p><b>Defaults</b> follow BERTopic, which is what this library ports: BERTopic builds
 * {@code UMAP(n_neighbors=15, n_components=5, min_dist=0.0, metric="cosine")}, so
 * {@link Builder#minDist} defaults to 0.0 (umap-learn's own default is 0.1) and the metric to
 * cosine (umap-learn's: euclidean). Every other default is umap-learn 0.5's.
 *
 * <p><b>Determinism</b>: with a {@link Builder#seed seed} the result is bit-identical for any
 * {@link Builder#threads thread count} (umap-learn instead turns its parallelism off when given a
 * random_state). Without a seed a fresh one is drawn; the work is parallel either way.
 *
 * <p>An instance is an immutable configuration, safe to share; {@link #fit} returns a new
 * immutable {@link UmapModel}.
 */
public final class Umap implements DimensionReducer {

    /** Input-space distance. */
    public enum Metric {
        /** {@code 1 - cos(x, y)} (BERTopic's choice for sentence embeddings). */
        COSINE,
        /** Euclidean distance. */
        EUCLIDEAN
    }

    /** How the layout starts. */
    public enum Init {
        /** Eigenvectors of the normalised graph Laplacian (random when the graph is disconnected). */
        SPECTRAL,
        /** Uniform in [-10, 10]. */
        RANDOM,
        /** The leading principal components, scaled to [-10, 10]. */
        PCA
    }

    private final int nNeighbors;
    private final int nComponents;
    private final double minDist;
    private final double spread;
    private final Metric metric;
    private final Integer nEpochs;
    private final double learningRate;
    private final double negativeSampleRate;
    private final double repulsionStrength;
    private final double localConnectivity;
    private final double setOpMixRatio;
    private final Init init;
    private final Long seed;
    private final long transformSeed;
    private final double targetWeight;
    private final boolean lowMemory;
    private final boolean forceApproximateKnn;
    private final int threads;

    private Umap(Builder b) {
        this.nNeighbors = b.nNeighbors;
        this.nComponents = b.nComponents;
        this.minDist = b.minDist;
        this.spread = b.spread;
        this.metric = b.metric;
        this.nEpochs = b.nEpochs;
        this.learningRate = b.learningRate;
        this.negativeSampleRate = b.negativeSampleRate;
        this.repulsionStrength = b.repulsionStrength;
        this.localConnectivity = b.localConnectivity;
        this.setOpMixRatio = b.setOpMixRatio;
        this.init = b.init;
        this.seed = b.seed;
        this.transformSeed = b.transformSeed;
        this.targetWeight = b.targetWeight;
        this.lowMemory = b.lowMemory;
        this.forceApproximateKnn = b.forceApproximateKnn;
        this.threads = b.threads;
    }

    /** A builder with BERTopic's defaults (see the class comment). */
    public static Builder builder() {
        return new Builder();
    }

    /** A UMAP with BERTopic's defaults: 15 neighbours, 5 components, minDist 0, cosine. */
    public static Umap bertopicDefaults() {
        return builder().build();
    }

    /**
     * Fits on {@code embeddings}; with {@code labels}, fits supervised (or semi-supervised where
     * labels are {@code -1}) as umap-learn's categorical target with weight {@link Builder#targetWeight}.
     * The model keeps the rows of {@code embeddings} for {@link UmapModel#transform} without copying them:
     * do not modify them afterwards.
     *
     * @throws IllegalArgumentException for empty, ragged or non-finite input, labels of the wrong
     *     length or below -1, or fewer rows than {@code nComponents + 1} (one row gives a zero point)
     */
    @Override
    public UmapModel fit(float[][] embeddings, int[] labels) {
        return UmapFit.run(this, embeddings, labels);
    }

    /** Unsupervised {@link #fit(float[][], int[])}. */
    @Override
    public UmapModel fit(float[][] embeddings) {
        return fit(embeddings, null);
    }

    int nNeighbors() {
        return nNeighbors;
    }

    int nComponents() {
        return nComponents;
    }

    double minDist() {
        return minDist;
    }

    double spread() {
        return spread;
    }

    Metric metric() {
        return metric;
    }

    Integer nEpochs() {
        return nEpochs;
    }

    double learningRate() {
        return learningRate;
    }

    double negativeSampleRate() {
        return negativeSampleRate;
    }

    double repulsionStrength() {
        return repulsionStrength;
    }

    double localConnectivity() {
        return localConnectivity;
    }

    double setOpMixRatio() {
        return setOpMixRatio;
    }

    Init init() {
        return init;
    }

    Long seed() {
        return seed;
    }

    long transformSeed() {
        return transformSeed;
    }

    double targetWeight() {
        return targetWeight;
    }

    boolean lowMemory() {
        return lowMemory;
    }

    boolean forceApproximateKnn() {
        return forceApproximateKnn;
    }

    int threads() {
        return threads;
    }

    @Override
    public String toString() {
        return "Umap{nNeighbors=" + nNeighbors + ", nComponents=" + nComponents + ", minDist=" + minDist
                + ", spread=" + spread + ", metric=" + metric + ", nEpochs=" + nEpochs + ", learningRate="
                + learningRate + ", negativeSampleRate=" + negativeSampleRate + ", repulsionStrength="
                + repulsionStrength + ", localConnectivity=" + localConnectivity + ", setOpMixRatio="
                + setOpMixRatio + ", init=" + init + ", seed=" + seed + ", transformSeed=" + transformSeed
                + ", targetWeight=" + targetWeight + ", lowMemory=" + lowMemory + ", forceApproximateKnn="
                + forceApproximateKnn + ", threads=" + threads + "}";
    }

    /** Builder for {@link Umap}; each setter validates its argument. */
    public static final class Builder {
        private int nNeighbors = 15;
        private int nComponents = 5;
        private double minDist = 0.0;
        private double spread = 1.0;
        private Metric metric = Metric.COSINE;
        private Integer nEpochs;
        private double learningRate = 1.0;
        private double negativeSampleRate = 5;
        private double repulsionStrength = 1.0;
        private double localConnectivity = 1.0;
        private double setOpMixRatio = 1.0;
        private Init init = Init.SPECTRAL;
        private Long seed;
        private long transformSeed = 42;
        private double targetWeight = 0.5;
        private boolean lowMemory;
        private boolean forceApproximateKnn;
        private int threads = Runtime.getRuntime().availableProcessors();

        private Builder() {
        }

        /** Neighbours per point in the kNN graph (default 15); at least 2. */
        public Builder nNeighbors(int value) {
            require(value >= 2, "nNeighbors must be >= 2, got " + value);
            nNeighbors = value;
            return this;
        }

        /** Output dimensions (default 5, BERTopic's); at least 1. */
        public Builder nComponents(int value) {
            require(value >= 1, "nComponents must be >= 1, got " + value);
            nComponents = value;
            return this;
        }

        /** Minimum distance between embedded points (default 0.0, BERTopic's; umap-learn's is 0.1); >= 0. */
        public Builder minDist(double value) {
            require(value >= 0 && Double.isFinite(value), "minDist must be a finite value >= 0, got " + value);
            minDist = value;
            return this;
        }

        /** Scale of the embedded points (default 1.0); > 0 and not below minDist at fit time. */
        public Builder spread(double value) {
            require(value > 0 && Double.isFinite(value), "spread must be a finite value > 0, got " + value);
            spread = value;
            return this;
        }

        /** Input metric (default {@link Metric#COSINE}, BERTopic's). */
        public Builder metric(Metric value) {
            metric = Objects.requireNonNull(value, "metric must not be null; use Metric.COSINE or Metric.EUCLIDEAN");
            return this;
        }

        /** Training epochs, or {@code null} for 500 up to 10,000 points and 200 above (default). */
        public Builder nEpochs(Integer value) {
            require(value == null || value >= 0, "nEpochs must be >= 0 or null (automatic), got " + value);
            nEpochs = value;
            return this;
        }

        /** Initial SGD learning rate (default 1.0); > 0. */
        public Builder learningRate(double value) {
            require(value > 0 && Double.isFinite(value), "learningRate must be a finite value > 0, got " + value);
            learningRate = value;
            return this;
        }

        /** Negative samples per positive sample (default 5); >= 0. */
        public Builder negativeSampleRate(double value) {
            require(value >= 0 && Double.isFinite(value),
                    "negativeSampleRate must be a finite value >= 0, got " + value);
            negativeSampleRate = value;
            return this;
        }

        /** Weight of the repulsive (negative-sample) gradient, umap-learn's gamma (default 1.0); >= 0. */
        public Builder repulsionStrength(double value) {
            require(value >= 0 && Double.isFinite(value),
                    "repulsionStrength must be a finite value >= 0, got " + value);
            repulsionStrength = value;
            return this;
        }

        /** Neighbours assumed connected at distance rho (default 1.0); >= 0. */
        public Builder localConnectivity(double value) {
            require(value >= 0 && Double.isFinite(value),
                    "localConnectivity must be a finite value >= 0, got " + value);
            localConnectivity = value;
            return this;
        }

        /** 1 = fuzzy union (default), 0 = fuzzy intersection when symmetrising the graph; in [0, 1]. */
        public Builder setOpMixRatio(double value) {
            require(value >= 0 && value <= 1, "setOpMixRatio must be in [0, 1], got " + value);
            setOpMixRatio = value;
            return this;
        }

        /** Initial layout (default {@link Init#SPECTRAL}). */
        public Builder init(Init value) {
            init = Objects.requireNonNull(value, "init must not be null; use Init.SPECTRAL, RANDOM or PCA");
            return this;
        }

        /** Seed for reproducible results on any thread count; {@code null} (default) draws a fresh one. */
        public Builder seed(Long value) {
            seed = value;
            return this;
        }

        /** Seed of {@link UmapModel#transform} (default 42, umap-learn's transform_seed). */
        public Builder transformSeed(long value) {
            transformSeed = value;
            return this;
        }

        /** Weight of the labels against the data in supervised fitting (default 0.5); in [0, 1]. */
        public Builder targetWeight(double value) {
            require(value >= 0 && value <= 1, "targetWeight must be in [0, 1], got " + value);
            targetWeight = value;
            return this;
        }

        /** Smaller NN-descent candidate lists: less memory, slightly lower recall (default false). */
        public Builder lowMemory(boolean value) {
            lowMemory = value;
            return this;
        }

        /** Use NN-descent even below 4096 points (umap-learn's force_approximation_algorithm). */
        public Builder forceApproximateKnn(boolean value) {
            forceApproximateKnn = value;
            return this;
        }

        /** Worker threads (default: available processors); >= 1. Results do not depend on it. */
        public Builder threads(int value) {
            require(value >= 1, "threads must be >= 1, got " + value);
            threads = value;
            return this;
        }

        /**
         * The configuration.
         *
         * @throws IllegalArgumentException when minDist exceeds spread
         */
        public Umap build() {
            require(minDist <= spread, "minDist (" + minDist + ") must not exceed spread (" + spread
                    + "); lower minDist or raise spread");
            return new Umap(this);
        }

        private static void require(boolean ok, String message) {
            if (!ok) {
                throw new IllegalArgumentException(message);
            }
        }
    }
}
