package org.bertopic4j.hdbscan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What prediction and soft clustering need, built as hdbscan's {@code PredictionData}: the clusters
 * as {@code CondensedTree._select_clusters} reports them (see {@link #selectedForPrediction}), a map from every cluster below them to their label and their
 * largest lambda, each cluster's own largest child lambda, the exemplar points of each label (points
 * of its leaves that persist to the leaf's largest lambda), and prediction core distances: hdbscan
 * queries {@code k = min_samples} neighbours here with the point itself counted, one fewer than when
 * clustering; this is kept for parity. Immutable.
 */
final class PredictionData {
    /** The selected clusters in label order. */
    final int[] clusters;
    /** Label of every cluster id (index = id - n), -1 outside the selected subtrees. */
    final int[] labelOf;
    /** Largest lambda of the selected cluster above each cluster id (index = id - n). */
    final double[] maxLambda;
    /** Largest direct child lambda of every cluster (index = id - n). */
    final double[] leafMaxLambda;
    /** Exemplar rows of each label. */
    final int[][] exemplars;
    /** Merge heights of fitted and new points with the clusters. */
    final MergeHeights mergeHeights;
    /** Prediction core distances. */
    final double[] core;
    final int minSamples;

    PredictionData(CondensedTree t, Hdbscan config, double[] core) {
        int n = t.n;
        this.minSamples = config.minSamples();
        int[][] children = t.clusterChildren();
        clusters = selectedForPrediction(t, children, config);
        labelOf = new int[t.clusterCount()];
        Arrays.fill(labelOf, -1);
        maxLambda = new double[t.clusterCount()];
        leafMaxLambda = t.directMaxLambda();
        exemplars = new int[clusters.length][];
        List<List<Integer>> pointsOf = new ArrayList<>();
        for (int c = 0; c < t.clusterCount(); c++) {
            pointsOf.add(new ArrayList<>());
        }
        for (int r = 0; r < t.rows(); r++) {
            if (t.child[r] < n) {
                pointsOf.get(t.parent[r] - n).add(t.child[r]);
            }
        }
        for (int k = 0; k < clusters.length; k++) {
            int c = clusters[k];
            List<Integer> below = CondensedTree.descendants(children, n, c);
            below.add(0, c);
            for (int b : below) {
                labelOf[b - n] = k;
                maxLambda[b - n] = leafMaxLambda[c - n];
            }
            List<Integer> leaves = new ArrayList<>();
            CondensedTree.collectLeaves(children, n, c, leaves);
            exemplars[k] = exemplarRows(t, leaves, pointsOf);
        }
        this.core = core;
        mergeHeights = new MergeHeights(t, clusters);
    }

    /**
     * hdbscan 0.8.40's {@code CondensedTree._select_clusters}: excess of mass redone on a fresh
     * stability without the epsilon step and in double precision, or the leaves (the root when
     * there is no cluster tree).
     */
    private static int[] selectedForPrediction(CondensedTree t, int[][] children, Hdbscan config) {
        int n = t.n;
        List<Integer> selected;
        if (config.clusterSelectionMethod() == Hdbscan.SelectionMethod.EOM) {
            boolean[] isCluster = new boolean[t.clusterCount()];
            int lowest = config.allowSingleCluster() ? n : n + 1;
            Arrays.fill(isCluster, lowest - n, isCluster.length, true);
            ClusterSelection.excessOfMass(t, children, ClusterSelection.stability(t), isCluster, lowest, false);
            selected = ClusterSelection.chosen(isCluster, n);
        } else {
            selected = new ArrayList<>();
            CondensedTree.collectLeaves(children, n, n, selected);
        }
        return selected.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    private int[] exemplarRows(CondensedTree t, List<Integer> leaves, List<List<Integer>> pointsOf) {
        List<Integer> rows = new ArrayList<>();
        for (int leaf : leaves) {
            double m = leafMaxLambda[leaf - t.n];
            for (int p : pointsOf.get(leaf - t.n)) {
                if (t.lambda[t.pointRow[p]] == m) {
                    rows.add(p);
                }
            }
        }
        return rows.stream().mapToInt(Integer::intValue).toArray();
    }
}
