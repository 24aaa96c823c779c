package org.bertopic4j.hdbscan;

/**
 * The fitted points in the form the KD-tree searches, with the metric's distance. Euclidean and
 * Manhattan points are searched as given; cosine points are scaled to unit length and searched by
 * Euclidean distance, since for unit vectors the cosine distance {@code 1 - cos} equals half the
 * squared Euclidean distance, a monotone function of it (nearest neighbours and minimum spanning
 * trees are therefore the same). Immutable.
 */
final class MetricSpace {
    final Hdbscan.Metric metric;
    final int n;
    final int d;
    final double[] coords;
    final KdTree tree;

    private MetricSpace(Hdbscan.Metric metric, double[] coords, int n, int d) {
        this.metric = metric;
        this.coords = coords;
        this.n = n;
        this.d = d;
        this.tree = new KdTree(coords, n, d, metric == Hdbscan.Metric.MANHATTAN);
    }

    /** Copies {@code points} (validated, n x d) into a searchable space. */
    static MetricSpace of(double[][] points, Hdbscan.Metric metric) {
        int n = points.length;
        int d = points[0].length;
        double[] flat = new double[n * d];
        for (int i = 0; i < n; i++) {
            System.arraycopy(transform(points[i], metric, "points", i), 0, flat, i * d, d);
        }
        return new MetricSpace(metric, flat, n, d);
    }

    /** A point as the tree searches it: the point itself, or for cosine its unit vector. */
    static double[] transform(double[] point, Hdbscan.Metric metric, String name, int row) {
        if (metric != Hdbscan.Metric.COSINE) {
            return point.clone();
        }
        double norm = 0;
        for (double v : point) {
            norm += v * v;
        }
        norm = Math.sqrt(norm);
        if (norm == 0) {
            throw new IllegalArgumentException(name + " row " + row + " is all zeros: the cosine distance "
                    + "is undefined for a zero vector; remove the row or use Metric.EUCLIDEAN");
        }
        double[] out = new double[point.length];
        for (int j = 0; j < point.length; j++) {
            out[j] = point[j] / norm;
        }
        return out;
    }

    /** The metric's distance from a reduced tree distance. */
    double distance(double rdist) {
        switch (metric) {
            case EUCLIDEAN:
                return Math.sqrt(rdist);
            case COSINE:
                return rdist / 2;
            default:
                return rdist;
        }
    }

    /**
     * The {@code k} nearest fitted rows of {@code q} (transformed), sorted by (distance, row), with
     * their metric distances.
     */
    void knn(double[] q, int qo, int k, int[] rows, double[] distances) {
        tree.knn(q, qo, k, rows, distances);
        for (int i = 0; i < k; i++) {
            distances[i] = distance(distances[i]);
        }
    }
}
