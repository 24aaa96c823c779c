package org.bertopic4j.linkage;

import java.util.Arrays;

/**
 * Agglomerative clustering on a precomputed distance matrix, with scipy's output: a linkage matrix of
 * {@code n - 1} rows {@code [left, right, height, size]}, leaves {@code 0..n-1}, the cluster formed in
 * row {@code i} numbered {@code n + i}, rows sorted by height, the smaller child first
 * ({@code scipy.cluster.hierarchy.linkage}, which uses the nearest-neighbour chain for these methods).
 *
 * <pre>{@code
 * double[][] z = Linkage.linkage(distances, Linkage.Method.WARD);
 * double[][] ordered = Linkage.optimalLeafOrdering(z, distances);
 * int[] labels = Linkage.cut(Linkage.linkage(distances, Linkage.Method.AVERAGE), 4);
 * }</pre>
 */
public final class Linkage {
    /** How the distance of a merged cluster to another cluster is computed. */
    public enum Method {
        /** UPGMA: the mean of all pairwise distances. */
        AVERAGE,
        /** Ward's minimum-variance update (Lance-Williams form). */
        WARD
    }

    private Linkage() {
    }

    /**
     * The linkage matrix of a square, symmetric distance matrix.
     *
     * @param distances n x n distances, zero diagonal, finite, non-negative
     * @param method the linkage
     * @return {@code (n-1) x 4} rows {@code [left, right, height, size]}
     * @throws IllegalArgumentException when {@code distances} is not a square finite matrix of at least 2 rows
     */
    public static double[][] linkage(double[][] distances, Method method) {
        int n = requireDistances(distances);
        double[] d = new double[n * (n - 1) / 2];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                d[condensed(n, i, j)] = distances[i][j];
            }
        }
        double[][] z = nnChain(d, n, method);
        Integer[] order = new Integer[z.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(z[a][2], z[b][2])); // stable, as numpy's mergesort
        double[][] sorted = new double[z.length][];
        for (int i = 0; i < order.length; i++) {
            sorted[i] = z[order[i]];
        }
        relabel(sorted, n);
        return sorted;
    }

    /**
     * Re-orders the children of every merge so that the sum of distances between neighbouring leaves is
     * minimal (scipy's {@code optimal_leaf_ordering}); heights and merges stay the same.
     *
     * @throws IllegalArgumentException when the matrices do not fit together
     */
    public static double[][] optimalLeafOrdering(double[][] z, double[][] distances) {
        int n = requireDistances(distances);
        requireLinkage(z, n);
        return OptimalLeafOrdering.apply(z, distances);
    }

    /** The leaves from left to right (scipy's {@code leaves_list}). */
    public static int[] leaves(double[][] z) {
        requireLinkage(z, z.length + 1);
        return Trees.leaves(z, z.length + z.length);
    }

    /** The leaves below node {@code node} ({@code < n} a leaf, else the cluster of row {@code node - n}), left to right. */
    public static int[] leavesOf(double[][] z, int node) {
        requireLinkage(z, z.length + 1);
        if (node < 0 || node > 2 * z.length) {
            throw new IllegalArgumentException("node must be in [0, " + 2 * z.length + "], got " + node);
        }
        return Trees.leaves(z, node);
    }

    /**
     * Cuts the tree into {@code clusters} flat clusters and labels them as scikit-learn's
     * {@code AgglomerativeClustering} does ({@code _hc_cut}: undo the last merges, labels in heap order).
     *
     * @throws IllegalArgumentException when {@code clusters} is not in [1, n]
     */
    public static int[] cut(double[][] z, int clusters) {
        int n = z.length + 1;
        requireLinkage(z, n);
        if (clusters < 1 || clusters > n) {
            throw new IllegalArgumentException("clusters must be in [1, " + n + "], got " + clusters);
        }
        return Trees.cut(z, clusters);
    }

    private static double[][] nnChain(double[] d, int n, Method method) {
        double[][] z = new double[n - 1][];
        int[] size = new int[n];
        Arrays.fill(size, 1);
        int[] chain = new int[n];
        int length = 0;
        for (int k = 0; k < n - 1; k++) {
            if (length == 0) {
                length = 1;
                for (int i = 0; i < n; i++) {
                    if (size[i] > 0) {
                        chain[0] = i;
                        break;
                    }
                }
            }
            int x;
            int y;
            double min;
            while (true) {
                x = chain[length - 1];
                y = length > 1 ? chain[length - 2] : -1;
                min = length > 1 ? d[condensed(n, x, y)] : Double.POSITIVE_INFINITY;
                for (int i = 0; i < n; i++) {
                    if (size[i] == 0 || i == x) {
                        continue;
                    }
                    double dist = d[condensed(n, x, i)];
                    if (dist < min) {
                        min = dist;
                        y = i;
                    }
                }
                if (length > 1 && y == chain[length - 2]) {
                    break;
                }
                chain[length++] = y;
            }
            length -= 2;
            if (x > y) {
                int t = x;
                x = y;
                y = t;
            }
            int nx = size[x];
            int ny = size[y];
            z[k] = new double[] {x, y, min, nx + ny};
            size[x] = 0;
            size[y] = nx + ny;
            for (int i = 0; i < n; i++) {
                int ni = size[i];
                if (ni == 0 || i == y) {
                    continue;
                }
                double dxi = d[condensed(n, i, x)];
                double dyi = d[condensed(n, i, y)];
                d[condensed(n, i, y)] = update(method, dxi, dyi, min, nx, ny, ni);
            }
        }
        return z;
    }

    /** The Lance-Williams update, with scipy's operation order (so heights agree to the last bit). */
    private static double update(Method method, double dxi, double dyi, double dxy, int nx, int ny, int ni) {
        if (method == Method.AVERAGE) {
            return (nx * dxi + ny * dyi) / (nx + ny);
        }
        double t = 1.0 / (nx + ny + ni);
        return Math.sqrt((ni + nx) * t * dxi * dxi + (ni + ny) * t * dyi * dyi - ni * t * dxy * dxy);
    }

    /** scipy's {@code label}: replaces the chain's representative ids by cluster ids {@code n + row}. */
    private static void relabel(double[][] z, int n) {
        int[] parent = new int[2 * n - 1];
        int[] size = new int[2 * n - 1];
        Arrays.fill(parent, -1);
        Arrays.fill(size, 1);
        int next = n;
        for (double[] row : z) {
            int a = find(parent, (int) row[0]);
            int b = find(parent, (int) row[1]);
            row[0] = Math.min(a, b);
            row[1] = Math.max(a, b);
            parent[a] = next;
            parent[b] = next;
            size[next] = size[a] + size[b];
            row[3] = size[next];
            next++;
        }
    }

    private static int find(int[] parent, int x) {
        int root = x;
        while (parent[root] != -1) {
            root = parent[root];
        }
        while (parent[x] != -1 && parent[x] != root) {
            int up = parent[x];
            parent[x] = root;
            x = up;
        }
        return root;
    }

    static int condensed(int n, int i, int j) {
        int a = Math.min(i, j);
        int b = Math.max(i, j);
        return n * a - a * (a + 1) / 2 + (b - a - 1);
    }

    private static int requireDistances(double[][] distances) {
        if (distances == null || distances.length < 2) {
            throw new IllegalArgumentException("distances needs at least 2 rows, got "
                    + (distances == null ? "null" : distances.length) + "; give an n x n distance matrix");
        }
        int n = distances.length;
        for (int i = 0; i < n; i++) {
            if (distances[i] == null || distances[i].length != n) {
                throw new IllegalArgumentException("distances must be square: row " + i + " has "
                        + (distances[i] == null ? "no values" : distances[i].length + " values") + ", expected " + n);
            }
            for (int j = 0; j < n; j++) {
                double v = distances[i][j];
                if (!Double.isFinite(v) || v < 0) {
                    throw new IllegalArgumentException("distances[" + i + "][" + j + "] is " + v
                            + "; distances must be finite and non-negative");
                }
            }
        }
        return n;
    }

    private static void requireLinkage(double[][] z, int n) {
        if (z == null || z.length != n - 1 || n < 2) {
            throw new IllegalArgumentException("the linkage matrix must have " + (n - 1) + " rows, got "
                    + (z == null ? "null" : z.length));
        }
        for (int i = 0; i < z.length; i++) {
            if (z[i] == null || z[i].length != 4 || z[i][0] < 0 || z[i][1] < 0 || z[i][0] >= n + i || z[i][1] >= n + i) {
                throw new IllegalArgumentException("linkage row " + i + " is not [left, right, height, size] with "
                        + "children formed before it: " + Arrays.toString(z[i]));
            }
        }
    }
}
