package org.bertopic4j.umap;

/**
 * The fuzzy simplicial set of umap-learn's {@code umap_.py}: {@code smooth_knn_dist} finds, per
 * point, the distance to its nearest neighbour ({@code rho}) and the bandwidth {@code sigma} whose
 * membership strengths sum to {@code log2(k)}; {@code compute_membership_strengths} turns distances
 * into weights; the directed graph is symmetrised by fuzzy union (or a mix with the intersection).
 * Also the categorical-target intersection used for supervised and semi-supervised fitting.
 */
final class FuzzySimplicialSet {
    private static final double SMOOTH_K_TOLERANCE = 1e-5;
    private static final double MIN_K_DIST_SCALE = 1e-3;
    private static final int ITERATIONS = 64;

    /** The per-point bandwidths and nearest-neighbour distances. */
    record Smoothing(float[] sigmas, float[] rhos) {
    }

    /** The symmetric graph and the smoothing that produced it. */
    record Result(SparseGraph graph, Smoothing smoothing) {
    }

    private FuzzySimplicialSet() {
    }

    /** umap-learn's {@code fuzzy_simplicial_set} given the kNN (self at column 0). */
    static Result of(KnnGraph knn, double localConnectivity, double setOpMixRatio) {
        Smoothing s = smoothKnnDistances(knn, knn.k(), localConnectivity);
        SparseGraph directed = memberships(knn, s, false, knn.n());
        return new Result(directed.symmetrize((float) setOpMixRatio), s);
    }

    /** umap-learn's {@code smooth_knn_dist} (binary search for sigma, bandwidth 1). */
    static Smoothing smoothKnnDistances(KnnGraph knn, double k, double localConnectivity) {
        int n = knn.n();
        int cols = knn.k();
        double target = Math.log(k) / Math.log(2);
        float[] rhos = new float[n];
        float[] sigmas = new float[n];
        double meanAll = 0;
        for (float d : knn.distances()) {
            meanAll += d;
        }
        meanAll /= knn.distances().length;
        for (int i = 0; i < n; i++) {
            rhos[i] = rho(knn, i, localConnectivity);
            double lo = 0;
            double hi = Double.POSITIVE_INFINITY;
            double mid = 1;
            for (int it = 0; it < ITERATIONS; it++) {
                double psum = 0;
                for (int j = 1; j < cols; j++) {
                    float d = knn.distance(i, j) - rhos[i];
                    psum += d > 0 ? Math.exp(-(d / mid)) : 1.0;
                }
                if (Math.abs(psum - target) < SMOOTH_K_TOLERANCE) {
                    break;
                }
                if (psum > target) {
                    hi = mid;
                    mid = (lo + hi) / 2;
                } else {
                    lo = mid;
                    mid = hi == Double.POSITIVE_INFINITY ? mid * 2 : (lo + hi) / 2;
                }
            }
            double floor = MIN_K_DIST_SCALE * (rhos[i] > 0 ? rowMean(knn, i) : meanAll);
            sigmas[i] = (float) Math.max(mid, floor);
        }
        return new Smoothing(sigmas, rhos);
    }

    private static float rho(KnnGraph knn, int i, double localConnectivity) {
        int nonZero = 0;
        float[] positive = new float[knn.k()];
        for (int j = 0; j < knn.k(); j++) {
            if (knn.distance(i, j) > 0) {
                positive[nonZero++] = knn.distance(i, j);
            }
        }
        if (nonZero >= localConnectivity) {
            int index = (int) Math.floor(localConnectivity);
            double interpolation = localConnectivity - index;
            if (index > 0) {
                float r = positive[index - 1];
                if (interpolation > SMOOTH_K_TOLERANCE) {
                    r += (float) (interpolation * (positive[index] - positive[index - 1]));
                }
                return r;
            }
            return (float) (interpolation * positive[0]);
        }
        float max = 0f;
        for (int j = 0; j < nonZero; j++) {
            max = Math.max(max, positive[j]);
        }
        return max;
    }

    private static double rowMean(KnnGraph knn, int i) {
        double s = 0;
        for (int j = 0; j < knn.k(); j++) {
            s += knn.distance(i, j);
        }
        return s / knn.k();
    }

    /**
     * umap-learn's {@code compute_membership_strengths}: the directed graph of weights
     * {@code exp(-(d - rho) / sigma)} (1 within rho; 0 to itself unless {@code bipartite}), over {@code columns} target points.
     */
    static SparseGraph memberships(KnnGraph knn, Smoothing s, boolean bipartite, int columns) {
        int n = knn.n();
        int k = knn.k();
        int[] rows = new int[n * k];
        int[] cols = new int[n * k];
        float[] vals = new float[n * k];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                int e = i * k + j;
                int neighbour = knn.index(i, j);
                rows[e] = i;
                cols[e] = Math.max(neighbour, 0);
                float excess = knn.distance(i, j) - s.rhos()[i];
                if (neighbour < 0 || (!bipartite && neighbour == i)) {
                    vals[e] = 0f;
                } else if (excess <= 0 || s.sigmas()[i] == 0f) {
                    vals[e] = 1f;
                } else {
                    vals[e] = (float) Math.exp(-(excess / (double) s.sigmas()[i]));
                }
            }
        }
        return SparseGraph.fromTriplets(n, columns, rows, cols, vals);
    }

    /**
     * umap-learn's {@code discrete_metric_simplicial_set_intersection} for a categorical target:
     * edges touching an unlabelled point ({@code -1}) are scaled by {@code exp(-unknownDist)}, edges
     * between different labels by {@code exp(-farDist)}; then local connectivity is reset (rows
     * scaled to max 1, fuzzy union with the transpose).
     */
    static SparseGraph intersectCategorical(SparseGraph graph, int[] labels, double unknownDist, double farDist) {
        int[] rows = new int[graph.nnz()];
        int[] cols = new int[graph.nnz()];
        float[] vals = new float[graph.nnz()];
        for (int i = 0; i < graph.rows; i++) {
            for (int p = graph.rowStart[i]; p < graph.rowStart[i + 1]; p++) {
                int j = graph.columns[p];
                float v = graph.values[p];
                if (labels[i] == -1 || labels[j] == -1) {
                    v *= (float) Math.exp(-unknownDist);
                } else if (labels[i] != labels[j]) {
                    v *= (float) Math.exp(-farDist);
                }
                rows[p] = i;
                cols[p] = j;
                vals[p] = v;
            }
        }
        SparseGraph scaled = SparseGraph.fromTriplets(graph.rows, graph.cols, rows, cols, vals);
        for (int i = 0; i < scaled.rows; i++) {
            float max = 0f;
            for (int p = scaled.rowStart[i]; p < scaled.rowStart[i + 1]; p++) {
                max = Math.max(max, scaled.values[p]);
            }
            for (int p = scaled.rowStart[i]; p < scaled.rowStart[i + 1]; p++) {
                scaled.values[p] /= max;
            }
        }
        return scaled.symmetrize(1f);
    }
}
