package org.bertopic4j.umap;

/**
 * Exact k-nearest neighbours by blocked brute force, parallel over blocks of query rows: the
 * small-data path of umap-learn (which takes exact pairwise distances below 4096 points) and the
 * neighbour search of {@link UmapModel#transform}. Four queries share each pass over a data row
 * (register blocking); every distance is summed in a fixed order, so results are deterministic.
 */
final class ExactKnn {
    private static final int QUERY_BLOCK = 32;

    private ExactKnn() {
    }

    /** The k nearest neighbours of every training point, itself included at column 0 (distance 0). */
    static KnnGraph ofTraining(PointDistance points, int k, Workers workers) {
        int n = points.size();
        float[][] rows = new float[n][];
        for (int i = 0; i < n; i++) {
            rows[i] = points.row(i);
        }
        int[] indices = new int[n * k];
        float[] distances = new float[n * k];
        workers.forEach(Workers.blocks(n, QUERY_BLOCK), b -> {
            int from = b * QUERY_BLOCK;
            int to = Math.min(n, from + QUERY_BLOCK);
            NeighborHeaps heaps = search(points, rows, from, to, k - 1, true);
            for (int q = from; q < to; q++) {
                indices[q * k] = q;
                distances[q * k] = 0f;
                if (k > 1) {
                    heaps.sortedRow(q - from, indices, distances, q * k + 1);
                }
            }
        });
        return new KnnGraph(n, k, indices, distances);
    }

    /** The k nearest training points of each query row. */
    static KnnGraph ofQueries(PointDistance points, float[][] queries, int k, Workers workers) {
        int m = queries.length;
        int[] indices = new int[m * k];
        float[] distances = new float[m * k];
        workers.forEach(Workers.blocks(m, QUERY_BLOCK), b -> {
            int from = b * QUERY_BLOCK;
            int to = Math.min(m, from + QUERY_BLOCK);
            NeighborHeaps heaps = search(points, queries, from, to, k, false);
            for (int q = from; q < to; q++) {
                heaps.sortedRow(q - from, indices, distances, q * k);
            }
        });
        return new KnnGraph(m, k, indices, distances);
    }

    /** Heaps of the {@code k} nearest points for queries {@code [from, to)}, skipping j == q when asked. */
    private static NeighborHeaps search(PointDistance points, float[][] queries, int from, int to, int k,
            boolean skipSelf) {
        NeighborHeaps heaps = new NeighborHeaps(to - from, Math.max(k, 1));
        if (k == 0) {
            return heaps;
        }
        double[] inverse = new double[to - from];
        for (int q = from; q < to; q++) {
            inverse[q - from] = PointDistance.inverseNorm(queries[q]);
        }
        double[] d = new double[4];
        for (int q = from; q < to; q += 4) {
            int width = Math.min(4, to - q);
            for (int j = 0; j < points.size(); j++) {
                points.toFour(queries, q, width, inverse, q - from, j, d);
                for (int r = 0; r < width; r++) {
                    if (!skipSelf || q + r != j) {
                        heaps.push(q + r - from, d[r], j, false);
                    }
                }
            }
        }
        return heaps;
    }
}
