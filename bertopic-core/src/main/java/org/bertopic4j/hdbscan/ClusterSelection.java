package org.bertopic4j.hdbscan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Flat clusters from the condensed tree, as hdbscan's {@code compute_stability} and
 * {@code get_clusters}: cluster stability, excess-of-mass or leaf selection, the epsilon merge,
 * labelling, membership strengths and cluster persistence. Selected clusters are labelled in
 * ascending cluster id.
 */
final class ClusterSelection {
    /** Selected cluster ids, ascending; label {@code i} is {@code selected[i]}. */
    final int[] selected;
    final int[] labels;
    final double[] probabilities;
    final double[] persistence;

    private ClusterSelection(int[] selected, int[] labels, double[] probabilities, double[] persistence) {
        this.selected = selected;
        this.labels = labels;
        this.probabilities = probabilities;
        this.persistence = persistence;
    }

    /** Stability of every cluster (index = id - n), summed in row order as hdbscan does. */
    static double[] stability(CondensedTree t) {
        double[] s = new double[t.clusterCount()];
        for (int r = 0; r < t.rows(); r++) {
            int p = t.parent[r];
            s[p - t.n] += (t.lambda[r] - t.birth(p)) * t.childSize[r];
        }
        return s;
    }

    /** Selects the flat clustering. */
    static ClusterSelection select(CondensedTree t, Hdbscan config) {
        int n = t.n;
        int clusters = t.clusterCount();
        int[][] children = t.clusterChildren();
        boolean hasClusterTree = clusters > 1;
        double[] stability = stability(t);
        boolean single = config.allowSingleCluster();
        boolean[] isCluster = new boolean[clusters];
        int lowest = single ? n : n + 1;
        for (int c = lowest; c < t.clusterEnd; c++) {
            isCluster[c - n] = true;
        }
        double epsilon = config.clusterSelectionEpsilon();
        if (config.clusterSelectionMethod() == Hdbscan.SelectionMethod.EOM) {
            excessOfMass(t, children, stability, isCluster, lowest, true);
            if (epsilon != 0.0 && hasClusterTree) {
                List<Integer> eom = chosen(isCluster, n);
                List<Integer> selected;
                if (eom.size() == 1 && eom.get(0) == n) {
                    selected = single ? eom : List.of();
                } else {
                    selected = epsilonSearch(eom, t, children, epsilon, single);
                }
                keepOnly(isCluster, n, lowest, selected);
            }
        } else {
            List<Integer> leaves = new ArrayList<>();
            if (hasClusterTree) {
                CondensedTree.collectLeaves(children, n, n, leaves);
            }
            List<Integer> selected = epsilon != 0.0 ? epsilonSearch(leaves, t, children, epsilon, single) : leaves;
            keepOnly(isCluster, n, lowest, selected);
        }
        int[] sel = chosen(isCluster, n).stream().mapToInt(Integer::intValue).toArray();
        int[] labels = label(t, sel, config);
        double[] deaths = t.directMaxLambda();
        double[] probabilities = new double[n];
        for (int i = 0; i < n; i++) {
            if (labels[i] < 0) {
                continue;
            }
            double max = deaths[sel[labels[i]] - n];
            double lam = t.lambda[t.pointRow[i]];
            probabilities[i] = max == 0.0 || !Double.isFinite(lam) ? 1.0 : Math.min(lam, max) / max;
        }
        double maxLambda = 0;
        for (double l : t.lambda) {
            maxLambda = Math.max(maxLambda, l);
        }
        double[] persistence = new double[sel.length];
        int[] sizes = new int[sel.length];
        for (int l : labels) {
            if (l >= 0) {
                sizes[l]++;
            }
        }
        for (int k = 0; k < sel.length; k++) {
            boolean degenerate = Double.isInfinite(maxLambda) || maxLambda == 0.0 || sizes[k] == 0;
            persistence[k] = degenerate ? 1.0 : stability[sel[k] - n] / (sizes[k] * maxLambda);
        }
        return new ClusterSelection(sel, labels, probabilities, persistence);
    }

    /**
     * Excess-of-mass selection over clusters {@code lowest..}, children before parents: a cluster is
     * kept unless its children's summed stability is larger, in which case it takes that sum.
     * hdbscan's {@code get_clusters} holds the sum in a float32 ({@code roundToFloat}); the
     * re-selection behind its prediction data does not.
     */
    static void excessOfMass(CondensedTree t, int[][] children, double[] stability, boolean[] isCluster,
            int lowest, boolean roundToFloat) {
        int n = t.n;
        for (int c = t.clusterEnd - 1; c >= lowest; c--) {
            double sum = 0;
            for (int ch : children[c - n]) {
                sum += stability[ch - n];
            }
            double subtree = roundToFloat ? (float) sum : sum;
            if (subtree > stability[c - n]) {
                isCluster[c - n] = false;
                stability[c - n] = subtree;
            } else {
                for (int d : CondensedTree.descendants(children, n, c)) {
                    isCluster[d - n] = false;
                }
            }
        }
    }

    static List<Integer> chosen(boolean[] isCluster, int n) {
        List<Integer> out = new ArrayList<>();
        for (int c = 0; c < isCluster.length; c++) {
            if (isCluster[c]) {
                out.add(c + n);
            }
        }
        return out;
    }

    private static void keepOnly(boolean[] isCluster, int n, int lowest, List<Integer> selected) {
        Arrays.fill(isCluster, false);
        for (int c : selected) {
            if (c >= lowest) {
                isCluster[c - n] = true;
            }
        }
    }

    /**
     * hdbscan's {@code epsilon_search}: a cluster born below distance epsilon is replaced by its
     * nearest ancestor born above epsilon. Candidates are visited in ascending id.
     */
    private static List<Integer> epsilonSearch(List<Integer> candidates, CondensedTree t,
            int[][] children, double epsilon, boolean single) {
        List<Integer> sorted = new ArrayList<>(candidates);
        sorted.sort(null);
        List<Integer> selected = new ArrayList<>();
        boolean[] processed = new boolean[t.clusterCount()];
        for (int leaf : sorted) {
            double eps = 1 / t.birth(leaf);
            if (eps < epsilon) {
                if (!processed[leaf - t.n]) {
                    int up = traverseUpwards(t, epsilon, leaf, single);
                    selected.add(up);
                    for (int d : CondensedTree.descendants(children, t.n, up)) {
                        processed[d - t.n] = true;
                    }
                }
            } else {
                selected.add(leaf);
            }
        }
        return selected;
    }

    private static int traverseUpwards(CondensedTree t, double epsilon, int leaf, boolean single) {
        int c = leaf;
        while (true) {
            int parent = t.parentOf(c);
            if (parent == t.root()) {
                return single ? parent : c;
            }
            if (1 / t.birth(parent) > epsilon) {
                return parent;
            }
            c = parent;
        }
    }

    /** hdbscan's {@code do_labelling}: each point takes its nearest selected ancestor, else noise. */
    private static int[] label(CondensedTree t, int[] sel, Hdbscan config) {
        int n = t.n;
        int[] labelOf = new int[t.clusterCount()];
        Arrays.fill(labelOf, -1);
        for (int k = 0; k < sel.length; k++) {
            labelOf[sel[k] - n] = k;
        }
        int[] assigned = new int[t.clusterCount()];
        for (int c = n; c < t.clusterEnd; c++) {
            int p = t.parentOf(c);
            assigned[c - n] = labelOf[c - n] >= 0 || p < 0 ? c : assigned[p - n];
        }
        boolean rootSelected = labelOf[0] >= 0;
        double rootThreshold = config.clusterSelectionEpsilon() != 0.0
                ? 1 / config.clusterSelectionEpsilon() : t.directMaxLambda()[0];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            int c = assigned[t.parent[t.pointRow[i]] - n];
            if (c != n) {
                labels[i] = labelOf[c - n];
            } else if (rootSelected && sel.length == 1 && config.allowSingleCluster()) {
                labels[i] = t.lambda[t.pointRow[i]] >= rootThreshold ? 0 : -1;
            } else {
                labels[i] = -1;
            }
        }
        return labels;
    }
}
