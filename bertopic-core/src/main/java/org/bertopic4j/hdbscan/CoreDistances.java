package org.bertopic4j.hdbscan;

/**
 * Core distances: each fitted point's distance to its k-th nearest fitted point, counting the
 * point itself as the first (hdbscan: {@code tree.query(X, k)[0][:, -1]}). Queries run in parallel;
 * each writes only its own slot.
 */
final class CoreDistances {
    private CoreDistances() {
    }

    /**
     * The distance from every fitted point to its {@code k}-th nearest fitted point (self included).
     *
     * @param k between 1 and n
     */
    static double[] compute(MetricSpace space, int k, int threads) {
        double[] core = new double[space.n];
        Parallel.forEach(threads, space.n, i -> {
            int[] rows = new int[k];
            double[] dist = new double[k];
            space.knn(space.coords, i * space.d, k, rows, dist);
            core[i] = dist[k - 1];
        });
        return core;
    }
}
