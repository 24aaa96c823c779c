package org.bertopic4j.umap;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bertopic4j.Reduction;
import org.bertopic4j.matrix.Matrices;
import org.bertopic4j.persist.PersistableStage;
import org.bertopic4j.persist.Tensor;

/**
 * A fitted {@link Umap}: the embedding of the training points and a {@link #transform} that places
 * new points as umap-learn's {@code UMAP.transform} does. Thread-safe. Like umap-learn, it keeps the
 * training embeddings, which transform searches for neighbours, by reference rather than as a copy (a
 * copy would double the memory of a large fit): the caller must not modify those rows afterwards.
 */
public final class UmapModel implements Reduction, PersistableStage {
    /** The kind under which a fitted UMAP is saved in a model directory's Java extension. */
    public static final String KIND = "umap";
    private final Umap config;
    private final float[][] training;
    private final PointDistance points;
    private final int nNeighbors;
    private final float[] layout;
    private final CurveParameters.AB ab;
    private final Map<String, Double> seconds;

    UmapModel(Umap config, float[][] training, int nNeighbors, float[] layout, CurveParameters.AB ab,
            Map<String, Double> seconds) {
        this.config = config;
        this.training = training;
        this.points = new PointDistance(training, config.metric());
        this.nNeighbors = nNeighbors;
        this.layout = layout;
        this.ab = ab;
        this.seconds = Collections.unmodifiableMap(new LinkedHashMap<>(seconds));
    }

    /**
     * Rebuilds a fitted UMAP saved as a {@link PersistableStage} (the loader registered for {@link #KIND}):
     * the training points, their embedding, the curve parameters and the configuration, which is all that
     * {@link #transform} reads, so a rebuilt model transforms exactly as the saved one.
     *
     * @throws IllegalArgumentException when the saved state is missing arrays or inconsistent
     */
    public static UmapModel restore(Map<String, Tensor> tensors, Map<String, Object> params) {
        return UmapState.restore(tensors, params);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Map<String, Tensor> tensors() {
        return UmapState.tensors(training, layout, outputDimension());
    }

    @Override
    public Map<String, Object> params() {
        return UmapState.params(config, nNeighbors, ab);
    }

    @Override
    public int inputDimension() {
        return training[0].length;
    }

    @Override
    public int outputDimension() {
        return config.nComponents();
    }

    @Override
    public double[][] embedding() {
        return toRows(layout, training.length, outputDimension());
    }

    /** The curve parameter {@code a} fitted from minDist and spread. */
    public double a() {
        return ab.a();
    }

    /** The curve parameter {@code b} fitted from minDist and spread. */
    public double b() {
        return ab.b();
    }

    /** The number of neighbours actually used (nNeighbors, or n - 1 for tiny inputs). */
    public int nNeighborsUsed() {
        return nNeighbors;
    }

    /** Seconds spent in each fitting phase: {@code knn}, {@code graph}, {@code init}, {@code layout}. */
    public Map<String, Double> phaseSeconds() {
        return seconds;
    }

    /**
     * Places new points: their {@code nNeighbors} nearest training points (exact search), fuzzy
     * memberships with local connectivity reduced by one, the membership-weighted mean of those
     * neighbours' embeddings as the start, then SGD against the fixed training embedding (100 epochs
     * up to 10,000 training points, else 30; nEpochs / 3 when nEpochs is set) at a quarter of the
     * learning rate, with random streams from {@code transformSeed}.
     *
     * @throws IllegalArgumentException for empty, ragged or non-finite input or the wrong width
     */
    @Override
    public double[][] transform(float[][] embeddings) {
        Matrices.requireFinite("embeddings", embeddings, inputDimension());
        int m = embeddings.length;
        int dim = outputDimension();
        int k = Math.min(nNeighbors, training.length);
        try (Workers workers = new Workers(config.threads())) {
            KnnGraph knn = ExactKnn.ofQueries(points, embeddings, k, workers);
            FuzzySimplicialSet.Smoothing s = FuzzySimplicialSet.smoothKnnDistances(knn, k,
                    Math.max(0.0, config.localConnectivity() - 1.0));
            SparseGraph graph = FuzzySimplicialSet.memberships(knn, s, true, training.length);
            float[] start = weightedMeans(graph, dim);
            int epochs = config.nEpochs() == null ? (training.length <= 10_000 ? 100 : 30) : config.nEpochs() / 3;
            SparseGraph pruned = graph.pruneBelow(graph.max() / (double) Math.max(epochs, 1));
            Layout.Problem problem = new Layout.Problem(pruned, dim, ab.a(), ab.b(), config.repulsionStrength(),
                    config.learningRate() / 4.0, config.negativeSampleRate(), epochs, config.transformSeed(), false);
            Layout.optimize(problem, start, layout, workers);
            return toRows(start, m, dim);
        }
    }

    /** umap-learn's {@code init_graph_transform}: a weight-1 neighbour is copied, else the weighted mean. */
    private float[] weightedMeans(SparseGraph graph, int dim) {
        float[] out = new float[graph.rows * dim];
        for (int i = 0; i < graph.rows; i++) {
            double sum = 0;
            for (int p = graph.rowStart[i]; p < graph.rowStart[i + 1]; p++) {
                sum += graph.values[p];
            }
            double[] acc = new double[dim];
            for (int p = graph.rowStart[i]; p < graph.rowStart[i + 1]; p++) {
                int j = graph.columns[p];
                if (graph.values[p] == 1f) {
                    for (int d = 0; d < dim; d++) {
                        acc[d] = layout[j * dim + d];
                    }
                    break;
                }
                for (int d = 0; d < dim; d++) {
                    acc[d] += graph.values[p] / sum * layout[j * dim + d];
                }
            }
            for (int d = 0; d < dim; d++) {
                out[i * dim + d] = (float) acc[d];
            }
        }
        return out;
    }

    private static double[][] toRows(float[] flat, int rows, int dim) {
        double[][] out = new double[rows][dim];
        for (int i = 0; i < rows; i++) {
            for (int d = 0; d < dim; d++) {
                out[i][d] = flat[i * dim + d];
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "UmapModel{n=" + training.length + ", inputDimension=" + inputDimension() + ", outputDimension="
                + outputDimension() + ", a=" + ab.a() + ", b=" + ab.b() + "}";
    }
}
