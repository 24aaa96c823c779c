package org.bertopic4j.hdbscan;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The condensed tree (hdbscan's {@code condense_tree}): the single-linkage tree walked breadth-first
 * from the root; a split where both sides have at least {@code minClusterSize} points makes two new
 * clusters, otherwise the small side's points fall out of the current cluster at that lambda
 * (1 / distance, infinite at distance 0). Points are {@code 0..n-1}, the root cluster is {@code n},
 * new clusters are numbered in the order they appear. Rows are kept in hdbscan's emission order.
 */
final class CondensedTree {
    final int n;
    final int[] parent;
    final int[] child;
    final double[] lambda;
    final int[] childSize;
    /** One past the largest cluster id. */
    final int clusterEnd;
    /** For every point, the row in which it is the child. */
    final int[] pointRow;
    /** For every cluster id (offset by n), the row in which it is the child, -1 for the root. */
    final int[] clusterRow;

    private CondensedTree(int n, int[] parent, int[] child, double[] lambda, int[] childSize) {
        this.n = n;
        this.parent = parent;
        this.child = child;
        this.lambda = lambda;
        this.childSize = childSize;
        int end = n + 1;
        for (int c : child) {
            end = Math.max(end, c + 1);
        }
        clusterEnd = end;
        pointRow = new int[n];
        clusterRow = new int[end - n];
        Arrays.fill(clusterRow, -1);
        for (int r = 0; r < child.length; r++) {
            if (child[r] < n) {
                pointRow[child[r]] = r;
            } else {
                clusterRow[child[r] - n] = r;
            }
        }
    }

    int rows() {
        return parent.length;
    }

    int root() {
        return n;
    }

    /** Parent cluster of cluster {@code c} ({@code -1} for the root). */
    int parentOf(int c) {
        int r = clusterRow[c - n];
        return r < 0 ? -1 : parent[r];
    }

    /** The lambda at which cluster {@code c} was born (0 for the root). */
    double birth(int c) {
        int r = clusterRow[c - n];
        return r < 0 ? 0.0 : lambda[r];
    }

    /** Number of clusters, the root included. */
    int clusterCount() {
        return clusterEnd - n;
    }

    /** For every cluster, the largest lambda among its direct children rows (0 if none). */
    double[] directMaxLambda() {
        double[] max = new double[clusterCount()];
        for (int r = 0; r < rows(); r++) {
            int p = parent[r] - n;
            max[p] = Math.max(max[p], lambda[r]);
        }
        return max;
    }

    /** For every cluster (index = id - n), its child clusters in row order. */
    int[][] clusterChildren() {
        int[] count = new int[clusterCount()];
        for (int r = 0; r < rows(); r++) {
            if (child[r] >= n) {
                count[parent[r] - n]++;
            }
        }
        int[][] out = new int[clusterCount()][];
        for (int c = 0; c < out.length; c++) {
            out[c] = new int[count[c]];
            count[c] = 0;
        }
        for (int r = 0; r < rows(); r++) {
            if (child[r] >= n) {
                int p = parent[r] - n;
                out[p][count[p]++] = child[r];
            }
        }
        return out;
    }

    /** All clusters strictly below cluster {@code c}, breadth first. */
    static List<Integer> descendants(int[][] children, int n, int c) {
        List<Integer> out = new ArrayList<>();
        int head = 0;
        for (int ch : children[c - n]) {
            out.add(ch);
        }
        while (head < out.size()) {
            for (int ch : children[out.get(head++) - n]) {
                out.add(ch);
            }
        }
        return out;
    }

    /** Leaves of the cluster tree below {@code c} (or {@code c} itself), depth first in row order. */
    static void collectLeaves(int[][] children, int n, int c, List<Integer> out) {
        ArrayDeque<Integer> stack = new ArrayDeque<>();
        stack.push(c);
        while (!stack.isEmpty()) {
            int x = stack.pop();
            int[] ch = children[x - n];
            if (ch.length == 0) {
                out.add(x);
            }
            for (int k = ch.length - 1; k >= 0; k--) {
                stack.push(ch[k]);
            }
        }
    }

    /** Condenses {@code slt} with the given minimum cluster size. */
    static CondensedTree condense(SingleLinkage slt, int minClusterSize) {
        int n = slt.n;
        Builder out = new Builder(n);
        if (n == 1) {
            return out.build(n);
        }
        int root = 2 * n - 2;
        int[] relabel = new int[2 * n - 1];
        relabel[root] = n;
        int nextLabel = n + 1;
        boolean[] ignore = new boolean[2 * n - 1];
        int[] queue = new int[2 * n - 1];
        int head = 0;
        int tail = 0;
        queue[tail++] = root;
        int[] scratch = new int[2 * n - 1];
        while (head < tail) {
            int node = queue[head++];
            if (node < n) {
                continue;
            }
            int k = node - n;
            queue[tail++] = slt.left[k];
            queue[tail++] = slt.right[k];
            if (ignore[node]) {
                continue;
            }
            int l = slt.left[k];
            int r = slt.right[k];
            double lam = slt.distance[k] > 0.0 ? 1.0 / slt.distance[k] : Double.POSITIVE_INFINITY;
            int lc = slt.sizeOf(l);
            int rc = slt.sizeOf(r);
            int p = relabel[node];
            if (lc >= minClusterSize && rc >= minClusterSize) {
                relabel[l] = nextLabel++;
                out.add(p, relabel[l], lam, lc);
                relabel[r] = nextLabel++;
                out.add(p, relabel[r], lam, rc);
            } else if (lc < minClusterSize && rc < minClusterSize) {
                fallOut(slt, l, p, lam, out, ignore, scratch);
                fallOut(slt, r, p, lam, out, ignore, scratch);
            } else if (lc < minClusterSize) {
                relabel[r] = p;
                fallOut(slt, l, p, lam, out, ignore, scratch);
            } else {
                relabel[l] = p;
                fallOut(slt, r, p, lam, out, ignore, scratch);
            }
        }
        return out.build(n);
    }

    /** Emits every point under {@code top} (breadth-first) as falling out of {@code p}; ignores the subtree. */
    private static void fallOut(SingleLinkage slt, int top, int p, double lam, Builder out, boolean[] ignore,
            int[] queue) {
        int n = slt.n;
        int head = 0;
        int tail = 0;
        queue[tail++] = top;
        while (head < tail) {
            int node = queue[head++];
            ignore[node] = true;
            if (node < n) {
                out.add(p, node, lam, 1);
            } else {
                queue[tail++] = slt.left[node - n];
                queue[tail++] = slt.right[node - n];
            }
        }
    }

    /** Growable row storage. */
    private static final class Builder {
        private int[] parent;
        private int[] child;
        private double[] lambda;
        private int[] size;
        private int rows;

        Builder(int n) {
            int cap = Math.max(4, n + 16);
            parent = new int[cap];
            child = new int[cap];
            lambda = new double[cap];
            size = new int[cap];
        }

        void add(int p, int c, double lam, int s) {
            if (rows == parent.length) {
                int cap = rows * 2;
                parent = Arrays.copyOf(parent, cap);
                child = Arrays.copyOf(child, cap);
                lambda = Arrays.copyOf(lambda, cap);
                size = Arrays.copyOf(size, cap);
            }
            parent[rows] = p;
            child[rows] = c;
            lambda[rows] = lam;
            size[rows] = s;
            rows++;
        }

        CondensedTree build(int n) {
            return new CondensedTree(n, Arrays.copyOf(parent, rows), Arrays.copyOf(child, rows),
                    Arrays.copyOf(lambda, rows), Arrays.copyOf(size, rows));
        }
    }
}
