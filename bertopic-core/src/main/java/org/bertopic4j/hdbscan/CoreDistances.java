package org.bertopic4j.hdbscan;

/**
 * The k nearest fitted points of every fitted point (itself included, as hdbscan's
 * {@code tree.query(X, k)}), from which core distances are read: the distance to the k-th. Queries
 * run in parallel in the KD-tree's order (neighbouring queries touch the same nodes); each writes
 * only its own rows.
 */
final class CoreDistances {
    final int k;
    /** Row-major n x k neighbour rows, nearest first (ties by row). */
    final int[] rows;
    /** Row-major n x k neighbour distances. */
    final double[] distances;

    private CoreDistances(int k, int[] rows, double[] distances) {
        this.k = k;
        this.rows = rows;
        this.distances = distances;
    }

    /** The {@code k} nearest fitted points of every fitted point, {@code 1 <= k <= n}. */
    static CoreDistances neighbours(MetricSpace space, int k, int threads) {
        int n = space.n;
        int[] rows = new int[n * k];
        double[] distances = new double[n * k];
        Parallel.forEach(threads, n, p -> {
            int i = space.tree.index[p];
            int[] r = new int[k];
            double[] d = new double[k];
            space.knn(space.coords, i * space.d, k, r, d);
            System.arraycopy(r, 0, rows, i * k, k);
            System.arraycopy(d, 0, distances, i * k, k);
        });
        return new CoreDistances(k, rows, distances);
    }

    /** Every point's distance to its {@code m}-th nearest point (self first), {@code 1 <= m <= k}. */
    double[] core(int m) {
        int n = rows.length / k;
        double[] core = new double[n];
        for (int i = 0; i < n; i++) {
            core[i] = distances[i * k + m - 1];
        }
        return core;
    }
}
