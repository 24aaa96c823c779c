package org.bertopic4j.umap;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;

/**
 * umap-learn's {@code spectral_layout}: the eigenvectors of the symmetric normalised Laplacian
 * {@code L = I - D^-1/2 W D^-1/2} for the 2nd to (dim+1)th smallest eigenvalues. Small graphs use a
 * dense eigendecomposition; larger ones a Lanczos iteration with full reorthogonalisation on
 * {@code 2I - L} (whose largest eigenvalues are L's smallest), started from the all-ones vector as
 * umap-learn starts ARPACK, stopping when the wanted Ritz pairs reach umap-learn's tolerance 1e-4.
 * Every reduction runs in a fixed order, so the result does not depend on the thread count.
 * Returns {@code null} when the graph is disconnected or too small, for the caller's random fallback.
 */
final class SpectralInit {
    private static final int DENSE_LIMIT = 300;
    private static final int MAX_BASIS = 160;
    private static final double TOLERANCE = 1e-4;
    private static final int BLOCK = 1024;

    private SpectralInit() {
    }

    /** The layout as n rows of {@code dim} coordinates, or {@code null} (see the class comment). */
    static double[][] layout(SparseGraph graph, int dim, Workers workers) {
        int n = graph.rows;
        int k = dim + 1;
        if (n <= k || components(graph) > 1) {
            return null;
        }
        double[] invSqrtDegree = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int p = graph.rowStart[i]; p < graph.rowStart[i + 1]; p++) {
                s += graph.values[p];
            }
            invSqrtDegree[i] = 1.0 / Math.sqrt(s);
        }
        return n <= DENSE_LIMIT ? dense(graph, invSqrtDegree, k) : lanczos(graph, invSqrtDegree, k, workers);
    }

    static int components(SparseGraph graph) {
        int n = graph.rows;
        int[] label = new int[n];
        Arrays.fill(label, -1);
        int[] stack = new int[n];
        int count = 0;
        for (int s = 0; s < n; s++) {
            if (label[s] >= 0) {
                continue;
            }
            int top = 0;
            stack[top++] = s;
            label[s] = count;
            while (top > 0) {
                int v = stack[--top];
                for (int p = graph.rowStart[v]; p < graph.rowStart[v + 1]; p++) {
                    int u = graph.columns[p];
                    if (label[u] < 0) {
                        label[u] = count;
                        stack[top++] = u;
                    }
                }
            }
            count++;
        }
        return count;
    }

    private static double[][] dense(SparseGraph graph, double[] inv, int k) {
        int n = graph.rows;
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            m[i][i] = 1.0;
            for (int p = graph.rowStart[i]; p < graph.rowStart[i + 1]; p++) {
                m[i][graph.columns[p]] -= graph.values[p] * inv[i] * inv[graph.columns[p]];
            }
        }
        EigenDecomposition eig = new EigenDecomposition(new Array2DRowRealMatrix(m, false));
        double[] values = eig.getRealEigenvalues();
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        double[][] out = new double[n][k - 1];
        for (int c = 1; c < k; c++) {
            double[] vector = eig.getEigenvector(order[c]).toArray();
            for (int i = 0; i < n; i++) {
                out[i][c - 1] = vector[i];
            }
        }
        return out;
    }

    private static double[][] lanczos(SparseGraph graph, double[] inv, int k, Workers workers) {
        int n = graph.rows;
        int maxBasis = Math.min(n, Math.max(MAX_BASIS, 2 * k + 1));
        float[][] basis = new float[maxBasis][];
        double[] alpha = new double[maxBasis];
        double[] beta = new double[maxBasis];
        double[] v = new double[n];
        Arrays.fill(v, 1.0 / Math.sqrt(n));
        double[] w = new double[n];
        int m = 0;
        Ritz ritz = null;
        while (m < maxBasis) {
            basis[m] = toFloat(v);
            applyShiftedOperator(graph, inv, v, w, workers);
            alpha[m] = dot(w, v);
            for (int r = 0; r < 2; r++) {
                orthogonalize(basis, m + 1, w, workers);
            }
            beta[m] = Math.sqrt(dot(w, w));
            m++;
            boolean exhausted = beta[m - 1] < 1e-10;
            if (m >= 2 * k + 1 && (m % 5 == 0 || m == maxBasis || exhausted)) {
                ritz = Ritz.of(alpha, beta, m, k);
                if (exhausted || ritz.converged(beta[m - 1], TOLERANCE)) {
                    break;
                }
            }
            if (exhausted) {
                break;
            }
            for (int i = 0; i < n; i++) {
                v[i] = w[i] / beta[m - 1];
            }
        }
        if (ritz == null) {
            ritz = Ritz.of(alpha, beta, m, k);
        }
        return ritz.vectors(basis, n, workers);
    }

    /** w = (2I - L) v = v + D^-1/2 W D^-1/2 v, parallel over fixed row blocks. */
    private static void applyShiftedOperator(SparseGraph g, double[] inv, double[] v, double[] w, Workers workers) {
        workers.forEach(Workers.blocks(g.rows, BLOCK), b -> {
            for (int i = b * BLOCK; i < Math.min(g.rows, (b + 1) * BLOCK); i++) {
                double s = 0;
                for (int p = g.rowStart[i]; p < g.rowStart[i + 1]; p++) {
                    s += g.values[p] * inv[g.columns[p]] * v[g.columns[p]];
                }
                w[i] = v[i] + inv[i] * s;
            }
        });
    }

    /** One classical Gram-Schmidt pass of w against the first {@code count} basis vectors. */
    private static void orthogonalize(float[][] basis, int count, double[] w, Workers workers) {
        double[] h = new double[count];
        workers.forEach(count, j -> {
            double s = 0;
            float[] q = basis[j];
            for (int i = 0; i < w.length; i++) {
                s += q[i] * w[i];
            }
            h[j] = s;
        });
        workers.forEach(Workers.blocks(w.length, BLOCK), b -> {
            for (int i = b * BLOCK; i < Math.min(w.length, (b + 1) * BLOCK); i++) {
                double s = 0;
                for (int j = 0; j < count; j++) {
                    s += h[j] * basis[j][i];
                }
                w[i] -= s;
            }
        });
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static float[] toFloat(double[] v) {
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) v[i];
        }
        return out;
    }

    /** Ritz pairs of the Lanczos tridiagonal matrix, largest first. */
    private record Ritz(double[] values, double[][] vectors, int m, int k) {
        static Ritz of(double[] alpha, double[] beta, int m, int k) {
            EigenDecomposition eig = new EigenDecomposition(Arrays.copyOf(alpha, m), Arrays.copyOf(beta, m - 1));
            double[] all = eig.getRealEigenvalues();
            Integer[] order = IntStream.range(0, m).boxed().toArray(Integer[]::new);
            Arrays.sort(order, Comparator.comparingDouble(i -> -all[i]));
            int wanted = Math.min(k, m);
            double[] values = new double[wanted];
            double[][] vectors = new double[wanted][];
            for (int c = 0; c < wanted; c++) {
                values[c] = all[order[c]];
                vectors[c] = eig.getEigenvector(order[c]).toArray();
            }
            return new Ritz(values, vectors, m, k);
        }

        boolean converged(double lastBeta, double tolerance) {
            for (int c = 0; c < values.length; c++) {
                if (Math.abs(lastBeta * vectors[c][m - 1]) > tolerance * Math.max(1.0, Math.abs(values[c]))) {
                    return false;
                }
            }
            return values.length == k;
        }

        /** The Ritz vectors 2..k (the first is the trivial D^1/2 1 direction), n x (k - 1). */
        double[][] vectors(float[][] basis, int n, Workers workers) {
            double[][] out = new double[n][k - 1];
            workers.forEach(Workers.blocks(n, BLOCK), b -> {
                for (int i = b * BLOCK; i < Math.min(n, (b + 1) * BLOCK); i++) {
                    for (int c = 1; c < Math.min(k, values.length); c++) {
                        double s = 0;
                        for (int j = 0; j < m; j++) {
                            s += vectors[c][j] * basis[j][i];
                        }
                        out[i][c - 1] = s;
                    }
                }
            });
            return out;
        }
    }
}
