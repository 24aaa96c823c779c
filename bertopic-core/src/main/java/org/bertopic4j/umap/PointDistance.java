package org.bertopic4j.umap;

/**
 * Distances between rows of a dense float matrix under the configured metric, accumulated in double
 * precision with a fixed summation order (so results are bit-identical on any thread). Cosine
 * distance is {@code 1 - cos}, as umap-learn and scikit-learn define it: two zero rows are at
 * distance 0 and a zero row is at distance 1 from any other row.
 */
final class PointDistance {
    private final float[][] data;
    private final Umap.Metric metric;
    private final double[] inverseNorms;

    PointDistance(float[][] data, Umap.Metric metric) {
        this.data = data;
        this.metric = metric;
        this.inverseNorms = metric == Umap.Metric.COSINE ? inverseNorms(data) : null;
    }

    int size() {
        return data.length;
    }

    float[] row(int i) {
        return data[i];
    }

    /** Distance between rows {@code i} and {@code j}. */
    double between(int i, int j) {
        return metric == Umap.Metric.COSINE
                ? cosine(data[i], inverseNorms[i], data[j], inverseNorms[j])
                : Math.sqrt(squaredEuclidean(data[i], data[j]));
    }

    /** Distance from an outside point (with its inverse norm, see {@link #inverseNorm}) to row {@code j}. */
    double to(float[] point, double pointInverseNorm, int j) {
        return metric == Umap.Metric.COSINE
                ? cosine(point, pointInverseNorm, data[j], inverseNorms[j])
                : Math.sqrt(squaredEuclidean(point, data[j]));
    }

    /**
     * Distances from up to four query rows {@code queries[q .. q+width)} (inverse norms at
     * {@code inverse[offset ..]}) to row {@code j}, into {@code out}; one pass over row j serves all four.
     */
    void toFour(float[][] queries, int q, int width, double[] inverse, int offset, int j, double[] out) {
        if (width < 4) {
            for (int r = 0; r < width; r++) {
                out[r] = to(queries[q + r], inverse[offset + r], j);
            }
            return;
        }
        float[] y = data[j];
        float[] a = queries[q];
        float[] b = queries[q + 1];
        float[] c = queries[q + 2];
        float[] e = queries[q + 3];
        double sa = 0;
        double sb = 0;
        double sc = 0;
        double se = 0;
        if (metric == Umap.Metric.COSINE) {
            for (int i = 0; i < y.length; i++) {
                double v = y[i];
                sa += a[i] * v;
                sb += b[i] * v;
                sc += c[i] * v;
                se += e[i] * v;
            }
            double inv = inverseNorms[j];
            out[0] = cosineFromDot(sa, inverse[offset], inv);
            out[1] = cosineFromDot(sb, inverse[offset + 1], inv);
            out[2] = cosineFromDot(sc, inverse[offset + 2], inv);
            out[3] = cosineFromDot(se, inverse[offset + 3], inv);
        } else {
            for (int i = 0; i < y.length; i++) {
                double v = y[i];
                double da = a[i] - v;
                double db = b[i] - v;
                double dc = c[i] - v;
                double de = e[i] - v;
                sa += da * da;
                sb += db * db;
                sc += dc * dc;
                se += de * de;
            }
            out[0] = Math.sqrt(sa);
            out[1] = Math.sqrt(sb);
            out[2] = Math.sqrt(sc);
            out[3] = Math.sqrt(se);
        }
    }

    private static double cosineFromDot(double dot, double invA, double invB) {
        if (invA == 0 || invB == 0) {
            return invA == 0 && invB == 0 ? 0.0 : 1.0;
        }
        return Math.max(0.0, 1.0 - dot * invA * invB);
    }

    private static double cosine(float[] a, double invA, float[] b, double invB) {
        return cosineFromDot(dot(a, b), invA, invB);
    }

    /** 1 / the Euclidean norm, or 0 for a zero row. */
    static double inverseNorm(float[] v) {
        double s = dot(v, v);
        return s == 0 ? 0.0 : 1.0 / Math.sqrt(s);
    }

    private static double[] inverseNorms(float[][] data) {
        double[] out = new double[data.length];
        for (int i = 0; i < data.length; i++) {
            out[i] = inverseNorm(data[i]);
        }
        return out;
    }

    /** Dot product with four independent accumulators (a fixed order, so deterministic). */
    static double dot(float[] a, float[] b) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int n = a.length;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            s0 += (double) a[i] * b[i];
            s1 += (double) a[i + 1] * b[i + 1];
            s2 += (double) a[i + 2] * b[i + 2];
            s3 += (double) a[i + 3] * b[i + 3];
        }
        for (; i < n; i++) {
            s0 += (double) a[i] * b[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    static double squaredEuclidean(float[] a, float[] b) {
        double s0 = 0;
        double s1 = 0;
        int n = a.length;
        int i = 0;
        for (; i + 1 < n; i += 2) {
            double d0 = (double) a[i] - b[i];
            double d1 = (double) a[i + 1] - b[i + 1];
            s0 += d0 * d0;
            s1 += d1 * d1;
        }
        if (i < n) {
            double d0 = (double) a[i] - b[i];
            s0 += d0 * d0;
        }
        return s0 + s1;
    }
}
