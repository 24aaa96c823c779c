package org.bertopic4j.hdbscan;

/**
 * hdbscan's {@code _find_neighbor_and_lambda} for a new point: among its {@code 2 * min_samples}
 * nearest fitted points, the one at the smallest mutual-reachability distance
 * {@code max(core_neighbour, core_point, dist)}, where the point's own core distance is the distance
 * to its neighbour at position {@code min_samples}; lambda is 1 over that distance (the largest
 * double at distance 0). Fewer neighbours are used when fewer points were fitted.
 */
record NearestReachable(int neighbor, double lambda) {

    static NearestReachable find(MetricSpace space, PredictionData data, double[] point) {
        int k = Math.min(2 * data.minSamples, space.n);
        int[] rows = new int[k];
        double[] dist = new double[k];
        space.knn(point, 0, k, rows, dist);
        double pointCore = dist[Math.min(data.minSamples, k - 1)];
        int best = 0;
        double bestMr = Double.POSITIVE_INFINITY;
        for (int i = 0; i < k; i++) {
            double mr = Math.max(data.core[rows[i]], Math.max(pointCore, dist[i]));
            if (mr < bestMr) {
                bestMr = mr;
                best = i;
            }
        }
        double lambda = bestMr > 0.0 ? 1.0 / bestMr : Double.MAX_VALUE;
        return new NearestReachable(rows[best], lambda);
    }
}
