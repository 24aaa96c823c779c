package org.bertopic4j.umap;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.bertopic4j.matrix.Matrices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The fitting pipeline of {@link Umap}, step by step as umap-learn's {@code UMAP.fit}. */
final class UmapFit {
    private static final Logger LOG = LoggerFactory.getLogger(Umap.class);
    /** Below this many points umap-learn computes exact neighbours. */
    static final int EXACT_KNN_LIMIT = 4096;

    private UmapFit() {
    }

    static UmapModel run(Umap config, float[][] embeddings, int[] labels) {
        int d = Matrices.requireFinite("embeddings", embeddings);
        int n = embeddings.length;
        Matrices.requireLabels("labels", labels, n);
        requireLabelValues(labels);
        int dim = config.nComponents();
        // rows shared, not copied (as umap-learn keeps its training data): the input is often most of the heap
        float[][] data = embeddings.clone();
        long seed = config.seed() != null ? config.seed() : ThreadLocalRandom.current().nextLong();
        CurveParameters.AB ab = CurveParameters.fit(config.spread(), config.minDist());
        if (n == 1) {
            return new UmapModel(config, data, 1, new float[dim], ab, Map.of());
        }
        if (dim >= n) {
            throw new IllegalArgumentException("nComponents (" + dim + ") must be smaller than the number of rows ("
                    + n + "); give more rows or lower nComponents");
        }
        int k = config.nNeighbors();
        if (n <= k) {
            LOG.warn("nNeighbors ({}) is not smaller than the number of rows ({}); using {} as umap-learn does",
                    k, n, n - 1);
            k = n - 1;
        }
        Map<String, Double> seconds = new LinkedHashMap<>();
        try (Workers workers = new Workers(config.threads())) {
            long t0 = System.nanoTime();
            PointDistance points = new PointDistance(data, config.metric());
            boolean exact = n < EXACT_KNN_LIMIT && !config.forceApproximateKnn();
            KnnGraph knn = exact ? ExactKnn.ofTraining(points, k, workers)
                    : NnDescent.run(points, config.metric() == Umap.Metric.COSINE, k, config.lowMemory(), seed, workers);
            long t1 = System.nanoTime();
            seconds.put("knn", (t1 - t0) / 1e9);
            SparseGraph graph = FuzzySimplicialSet.of(knn, config.localConnectivity(), config.setOpMixRatio()).graph();
            if (labels != null) {
                double far = config.targetWeight() < 1.0 ? 2.5 * (1.0 / (1.0 - config.targetWeight())) : 1.0e12;
                graph = FuzzySimplicialSet.intersectCategorical(graph, labels, 1.0, far);
            }
            int epochs = config.nEpochs() != null ? config.nEpochs() : (n <= 10_000 ? 500 : 200);
            int pruneEpochs = epochs > 10 ? epochs : (n <= 10_000 ? 500 : 200);
            graph = graph.pruneBelow(graph.max() / (double) pruneEpochs);
            long t2 = System.nanoTime();
            seconds.put("graph", (t2 - t1) / 1e9);
            float[] layout = Initialisation.initial(config.init(), graph, data, dim, seed, workers);
            long t3 = System.nanoTime();
            seconds.put("init", (t3 - t2) / 1e9);
            Layout.Problem problem = new Layout.Problem(graph, dim, ab.a(), ab.b(), config.repulsionStrength(),
                    config.learningRate(), config.negativeSampleRate(), epochs, seed, true);
            Layout.optimize(problem, layout, null, workers);
            seconds.put("layout", (System.nanoTime() - t3) / 1e9);
            return new UmapModel(config, data, k, layout, ab, seconds);
        }
    }

    private static void requireLabelValues(int[] labels) {
        if (labels == null) {
            return;
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < -1) {
                throw new IllegalArgumentException("labels[" + i + "] is " + labels[i]
                        + "; labels must be >= 0, or -1 for an unlabelled row");
            }
        }
    }
}
