package org.bertopic4j.hdbscan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.bertopic4j.Clustering;
import org.bertopic4j.matrix.Matrices;

/**
 * A fitted {@link Hdbscan}: the labels ({@code labels_}), membership strengths
 * ({@code probabilities_}), GLOSH outlier scores, the condensed tree, cluster persistence, exemplars,
 * and, when fitted with prediction data, approximate prediction and soft clustering exactly as
 * hdbscan computes them. Immutable and safe to use from many threads; accessors return copies.
 */
public final class HdbscanModel implements Clustering {
    private final Hdbscan config;
    private final MetricSpace space;
    private final double[] mstWeights;
    private final double[][] singleLinkage;
    private final CondensedTree tree;
    private final ClusterSelection selection;
    private final double[] outlierScores;
    private final PredictionData prediction;
    private final Timings timings;

    HdbscanModel(Hdbscan config, MetricSpace space, SingleLinkage slt, double[] mstWeights, CondensedTree tree,
            ClusterSelection selection, double[] outlierScores, PredictionData prediction, Timings timings) {
        this.config = config;
        this.space = space;
        this.mstWeights = mstWeights;
        this.singleLinkage = new double[slt.n - 1][];
        for (int k = 0; k < slt.n - 1; k++) {
            singleLinkage[k] = new double[] {slt.left[k], slt.right[k], slt.distance[k], slt.size[k]};
        }
        this.tree = tree;
        this.selection = selection;
        this.outlierScores = outlierScores;
        this.prediction = prediction;
        this.timings = timings;
    }

    /** Seconds spent in each phase of the fit. */
    public record Timings(double coreDistances, double spanningTree, double condensedTree, double selection,
            double predictionData) {
    }

    /** The configuration this model was fitted with. */
    public Hdbscan config() {
        return config;
    }

    /** Seconds spent in each phase of the fit. */
    public Timings timings() {
        return timings;
    }

    @Override
    public int[] labels() {
        return selection.labels.clone();
    }

    @Override
    public int clusterCount() {
        return selection.selected.length;
    }

    /** {@code probabilities_}: strength of each point in its cluster, 0 for noise. */
    @Override
    public double[] strengths() {
        return selection.probabilities.clone();
    }

    /** GLOSH outlier score of each fitted point ({@code outlier_scores_}); larger is more outlying. */
    public double[] outlierScores() {
        return outlierScores.clone();
    }

    /** {@code cluster_persistence_}: the stability of each cluster scaled to [0, 1], in label order. */
    public double[] clusterPersistence() {
        return selection.persistence.clone();
    }

    /** The condensed tree, in hdbscan's row order. */
    public List<CondensedTreeRow> condensedTree() {
        List<CondensedTreeRow> rows = new ArrayList<>(tree.rows());
        for (int r = 0; r < tree.rows(); r++) {
            rows.add(new CondensedTreeRow(tree.parent[r], tree.child[r], tree.lambda[r], tree.childSize[r]));
        }
        return Collections.unmodifiableList(rows);
    }

    /**
     * The single-linkage tree ({@code single_linkage_tree_.to_numpy()}): n-1 rows of left node, right
     * node, mutual-reachability distance and size; node {@code n + i} is created by row {@code i}.
     */
    public double[][] singleLinkageTree() {
        return Matrices.copy(singleLinkage);
    }

    /** The n-1 edge weights of the exact minimum spanning tree of the mutual-reachability graph, ascending. */
    public double[] spanningTreeWeights() {
        double[] w = mstWeights.clone();
        Arrays.sort(w);
        return w;
    }

    /**
     * The exemplars of each cluster ({@code exemplars_}): the points of its leaf clusters that persist
     * longest, as rows of the fitted points (for cosine, scaled to unit length).
     *
     * @throws IllegalStateException without prediction data
     */
    public List<double[][]> exemplars() {
        PredictionData data = requirePredictionData("exemplars");
        List<double[][]> out = new ArrayList<>();
        for (int[] rows : data.exemplars) {
            double[][] e = new double[rows.length][];
            for (int k = 0; k < rows.length; k++) {
                e[k] = Arrays.copyOfRange(space.coords, rows[k] * space.d, (rows[k] + 1) * space.d);
            }
            out.add(e);
        }
        return out;
    }

    @Override
    public boolean supportsPrediction() {
        return prediction != null;
    }

    @Override
    public boolean supportsMembership() {
        return prediction != null;
    }

    /**
     * {@code approximate_predict}: the cluster each new point would join and its strength there.
     *
     * @param points m x d finite values, d = the fitted width
     * @throws IllegalStateException without prediction data
     */
    @Override
    public Prediction predict(double[][] points) {
        PredictionData data = requirePredictionData("predict");
        Matrices.requireFinite("points", points, space.d);
        int[] labels = new int[points.length];
        double[] strengths = new double[points.length];
        Parallel.forEach(config.threads(), points.length, i -> ApproximatePredict.predict(tree, space, data,
                MetricSpace.transform(points[i], space.metric, "points", i), i, labels, strengths));
        return new Prediction(labels, strengths);
    }

    /**
     * {@code all_points_membership_vectors}: soft membership of every fitted point in every cluster,
     * n x {@link #clusterCount()} (n x 0 when there are no clusters).
     *
     * @throws IllegalStateException without prediction data
     */
    @Override
    public double[][] membershipVectors() {
        PredictionData data = requirePredictionData("membershipVectors");
        return new SoftClustering(tree, space, data).allPoints(config.threads());
    }

    /**
     * {@code membership_vector}: soft membership of new points, m x {@link #clusterCount()}.
     *
     * @param points m x d finite values, d = the fitted width
     * @throws IllegalStateException without prediction data
     */
    @Override
    public double[][] membershipVectors(double[][] points) {
        PredictionData data = requirePredictionData("membershipVectors");
        Matrices.requireFinite("points", points, space.d);
        SoftClustering soft = new SoftClustering(tree, space, data);
        double[][] out = new double[points.length][];
        Parallel.forEach(config.threads(), points.length,
                i -> out[i] = soft.newPoint(MetricSpace.transform(points[i], space.metric, "points", i)));
        return out;
    }

    private PredictionData requirePredictionData(String what) {
        if (prediction == null) {
            throw new IllegalStateException(what + " needs prediction data: fit with "
                    + "Hdbscan.builder().predictionData(true)");
        }
        return prediction;
    }

    @Override
    public String toString() {
        return "HdbscanModel{n=" + tree.n + ", clusters=" + clusterCount() + ", " + config + "}";
    }
}
