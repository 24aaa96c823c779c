package org.bertopic4j.hdbscan;

import java.util.Arrays;
import org.bertopic4j.numpy.NumpyArgsort;

/**
 * hdbscan's {@code algorithm='generic'} path without its n x n matrix: pairwise distances computed
 * as scikit-learn's {@code pairwise_distances} computes them (Euclidean through
 * {@code |x|^2 - 2 x.y + |y|^2} with the dot product accumulated by fused multiply-adds, as the
 * BLAS behind NumPy does), core distances as the {@code min_samples}-th smallest of each column,
 * Prim's {@code mst_linkage_core} from point 0 (emitting the previously added point and the new one,
 * ties to the lowest index), and the edges ordered with NumPy's unstable argsort. This reproduces
 * hdbscan's single-linkage tree even where weights tie. O(n^2) time, O(n) memory per thread: meant
 * for small data and exact comparison; {@link BoruvkaMst} is the default.
 */
final class PrimMst {
    private final double[] x;
    private final int n;
    private final int d;
    private final Hdbscan.Metric metric;
    private final double[] squaredNorms;

    private PrimMst(double[][] points, Hdbscan.Metric metric) {
        n = points.length;
        d = points[0].length;
        this.metric = metric;
        x = new double[n * d];
        squaredNorms = new double[n];
        for (int i = 0; i < n; i++) {
            double[] row = points[i];
            double s = 0;
            for (double v : row) {
                s += v * v;
            }
            double norm = Math.sqrt(s);
            for (int j = 0; j < d; j++) {
                x[i * d + j] = metric == Hdbscan.Metric.COSINE ? row[j] / norm : row[j];
            }
            squaredNorms[i] = s;
        }
    }

    /** scikit-learn's pairwise distance between rows {@code i} and {@code j}. */
    private double distance(int i, int j) {
        if (i == j) {
            return 0.0;
        }
        int a = i * d;
        int b = j * d;
        double s = 0;
        switch (metric) {
            case MANHATTAN:
                for (int k = 0; k < d; k++) {
                    s += Math.abs(x[a + k] - x[b + k]);
                }
                return s;
            case COSINE:
                for (int k = 0; k < d; k++) {
                    s += x[a + k] * x[b + k];
                }
                return Math.min(2.0, Math.max(0.0, -s + 1));
            default:
                for (int k = 0; k < d; k++) {
                    s = Math.fma(x[a + k], x[b + k], s);
                }
                double d2 = -2 * s + squaredNorms[i] + squaredNorms[j];
                return Math.sqrt(Math.max(d2, 0.0));
        }
    }

    /**
     * Core distances and the spanning-tree edges in hdbscan's merge order.
     *
     * @param minSamples the row position of the core distance (self at position 0)
     * @return {@code {from, to}} with weights in {@code weightsOut}, already in merge order
     */
    static int[][] compute(double[][] points, Hdbscan.Metric metric, int minSamples, double alpha, int threads,
            double[] weightsOut) {
        return new PrimMst(points, metric).run(minSamples, alpha, threads, weightsOut);
    }

    private int[][] run(int minSamples, double alpha, int threads, double[] weightsOut) {
        double[] core = new double[n];
        Parallel.forEach(threads, n, i -> {
            double[] smallest = new double[minSamples + 1];
            Arrays.fill(smallest, Double.POSITIVE_INFINITY);
            for (int j = 0; j < n; j++) {
                double dist = distance(j, i);
                if (dist < smallest[minSamples]) {
                    int p = minSamples;
                    while (p > 0 && smallest[p - 1] > dist) {
                        smallest[p] = smallest[p - 1];
                        p--;
                    }
                    smallest[p] = dist;
                }
            }
            core[i] = smallest[minSamples];
        });
        int[] remaining = new int[n - 1];
        double[] best = new double[n - 1];
        for (int k = 0; k < n - 1; k++) {
            remaining[k] = k + 1;
            best[k] = Double.POSITIVE_INFINITY;
        }
        int count = n - 1;
        int current = 0;
        int[] from = new int[n - 1];
        int[] to = new int[n - 1];
        double[] w = new double[n - 1];
        for (int step = 0; step < n - 1; step++) {
            int argmin = -1;
            double min = Double.POSITIVE_INFINITY;
            for (int k = 0; k < count; k++) {
                int j = remaining[k];
                double dist = distance(current, j);
                double mr = Math.max(Math.max(core[current], core[j]), alpha != 1.0 ? dist / alpha : dist);
                if (!(best[k] < mr)) {
                    best[k] = mr;
                }
                if (argmin < 0 || best[k] < min) {
                    min = best[k];
                    argmin = k;
                }
            }
            int next = remaining[argmin];
            from[step] = current;
            to[step] = next;
            w[step] = min;
            count--;
            System.arraycopy(remaining, argmin + 1, remaining, argmin, count - argmin);
            System.arraycopy(best, argmin + 1, best, argmin, count - argmin);
            current = next;
        }
        int[] order = NumpyArgsort.argsort(w);
        int[][] edges = new int[2][n - 1];
        for (int k = 0; k < n - 1; k++) {
            edges[0][k] = from[order[k]];
            edges[1][k] = to[order[k]];
            weightsOut[k] = w[order[k]];
        }
        return edges;
    }
}
