package org.bertopic4j.hdbscan;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * hdbscan's {@code merge_height} for all selected clusters at once, in O(depth + k) per point instead
 * of a walk per cluster. For a point leaving cluster {@code pc} at lambda {@code l}, the height for a
 * selected cluster {@code c} is {@code l} when one of {@code pc}, {@code c} lies below the other, and
 * otherwise the birth lambda of the clusters that split off where their paths to the root meet (both
 * children of a split are born at the same lambda, so either side gives it). Walking up from
 * {@code pc}, each ancestor adds the selected clusters of its subtree not already reached; with the
 * clusters numbered in depth-first order those form one contiguous block. Immutable.
 */
final class MergeHeights {
    private final CondensedTree t;
    /** Selected clusters (label order) sorted by depth-first position. */
    private final int[] byPosition;
    /** For every cluster (index = id - n), the block [from, to) of byPosition inside its subtree. */
    private final int[] from;
    private final int[] to;
    private final boolean[] selected;

    MergeHeights(CondensedTree t, int[] clusters) {
        this.t = t;
        int count = t.clusterCount();
        int[][] children = t.clusterChildren();
        int[] enter = new int[count];
        int[] exit = new int[count];
        int clock = 0;
        ArrayDeque<int[]> stack = new ArrayDeque<>();
        stack.push(new int[] {0, 0});
        enter[0] = clock++;
        while (!stack.isEmpty()) {
            int[] top = stack.peek();
            int[] ch = children[top[0]];
            if (top[1] < ch.length) {
                int c = ch[top[1]++] - t.n;
                enter[c] = clock++;
                stack.push(new int[] {c, 0});
            } else {
                exit[top[0]] = clock;
                stack.pop();
            }
        }
        Integer[] order = new Integer[clusters.length];
        for (int j = 0; j < clusters.length; j++) {
            order[j] = j;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(enter[clusters[a] - t.n], enter[clusters[b] - t.n]));
        byPosition = new int[clusters.length];
        int[] positions = new int[clusters.length];
        selected = new boolean[count];
        for (int p = 0; p < clusters.length; p++) {
            byPosition[p] = order[p];
            positions[p] = enter[clusters[order[p]] - t.n];
            selected[clusters[order[p]] - t.n] = true;
        }
        from = new int[count];
        to = new int[count];
        for (int c = 0; c < count; c++) {
            from[c] = lowerBound(positions, enter[c]);
            to[c] = lowerBound(positions, exit[c]);
        }
    }

    private static int lowerBound(int[] sorted, int key) {
        int i = Arrays.binarySearch(sorted, key);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && sorted[i - 1] == key) {
            i--;
        }
        return i;
    }

    /** Merge heights, in label order, of a point leaving cluster {@code pointCluster} at {@code pointLambda}. */
    double[] of(int pointCluster, double pointLambda) {
        double[] out = new double[byPosition.length];
        int c = pointCluster - t.n;
        fill(out, from[c], to[c], pointLambda);
        int lo = from[c];
        int hi = to[c];
        int below = pointCluster;
        for (int a = t.parentOf(pointCluster); a >= 0; a = t.parentOf(a)) {
            int ai = a - t.n;
            double height = t.birth(below);
            fill(out, from[ai], lo, height);
            fill(out, hi, to[ai], height);
            if (selected[ai]) {
                out[byPosition[from[ai]]] = pointLambda;
            }
            lo = from[ai];
            hi = to[ai];
            below = a;
        }
        return out;
    }

    private void fill(double[] out, int fromPos, int toPos, double value) {
        for (int p = fromPos; p < toPos; p++) {
            out[byPosition[p]] = value;
        }
    }
}
