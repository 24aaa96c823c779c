package org.bertopic4j.report;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;

/**
 * Two-dimensional layouts for the maps: classical (Torgerson) MDS on cosine distances for the few
 * topic embeddings, and PCA of L2-normalised document embeddings for the many documents (PCA of
 * normalised rows is classical MDS on their chord distances, without an n x n matrix). Both are
 * deterministic: eigenvector signs are fixed so that the largest-magnitude coordinate is positive.
 */
final class Projection {
    private Projection() {
    }

    /** Classical MDS of the rows' pairwise cosine distances to 2-D; one {x, y} per row. */
    static double[][] cosineMds(double[][] rows) {
        int n = rows.length;
        if (n < 3) {
            return line(n);
        }
        double[][] unit = normalise(rows);
        double[][] b = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double d = 1 - dot(unit[i], unit[j]);
                b[i][j] = -0.5 * d * d;
            }
        }
        doubleCentre(b);
        Axis[] axes = topAxes(b);
        double[][] out = new double[n][2];
        for (int c = 0; c < axes.length; c++) {
            double scale = Math.sqrt(Math.max(axes[c].value, 0));
            for (int i = 0; i < n; i++) {
                out[i][c] = axes[c].vector[i] * scale;
            }
        }
        return out;
    }

    /** The first two principal components of the L2-normalised rows; one {x, y} per row. */
    static double[][] normalisedPca(double[][] rows) {
        int n = rows.length;
        if (n < 3) {
            return line(n);
        }
        double[][] unit = normalise(rows);
        int d = unit[0].length;
        double[] mean = new double[d];
        for (double[] r : unit) {
            for (int k = 0; k < d; k++) {
                mean[k] += r[k] / n;
            }
        }
        double[][] cov = new double[d][d];
        for (double[] r : unit) {
            for (int a = 0; a < d; a++) {
                double ca = r[a] - mean[a];
                for (int b = a; b < d; b++) {
                    cov[a][b] += ca * (r[b] - mean[b]);
                }
            }
        }
        for (int a = 0; a < d; a++) {
            for (int b = 0; b < a; b++) {
                cov[a][b] = cov[b][a];
            }
        }
        Axis[] axes = topAxes(cov);
        double[][] out = new double[n][2];
        for (int c = 0; c < axes.length; c++) {
            double[] axis = axes[c].vector;
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int k = 0; k < d; k++) {
                    s += (unit[i][k] - mean[k]) * axis[k];
                }
                out[i][c] = s;
            }
        }
        return out;
    }

    /** Cosine similarity of every pair of rows (0 where a row is all zeros). */
    static double[][] cosineSimilarity(double[][] rows) {
        double[][] unit = normalise(rows);
        double[][] out = new double[rows.length][rows.length];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < rows.length; j++) {
                out[i][j] = dot(unit[i], unit[j]);
            }
        }
        return out;
    }

    /** An eigenpair of a symmetric matrix. */
    private record Axis(double value, double[] vector) {
    }

    /** The (up to) two eigenpairs with the largest eigenvalues, signs fixed. */
    private static Axis[] topAxes(double[][] symmetric) {
        EigenDecomposition eig = new EigenDecomposition(new Array2DRowRealMatrix(symmetric, false));
        double[] values = eig.getRealEigenvalues();
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(values[b], values[a]));
        Axis[] out = new Axis[Math.min(2, values.length)];
        for (int c = 0; c < out.length; c++) {
            out[c] = new Axis(values[order[c]], signFixed(eig.getEigenvector(order[c]).toArray()));
        }
        return out;
    }

    private static double[] signFixed(double[] v) {
        int arg = 0;
        for (int i = 1; i < v.length; i++) {
            if (Math.abs(v[i]) > Math.abs(v[arg]) + 1e-12) {
                arg = i;
            }
        }
        if (v[arg] < 0) {
            for (int i = 0; i < v.length; i++) {
                v[i] = -v[i];
            }
        }
        return v;
    }

    private static void doubleCentre(double[][] b) {
        int n = b.length;
        double[] rowMean = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                rowMean[i] += b[i][j] / n;
            }
            total += rowMean[i] / n;
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                b[i][j] = b[i][j] - rowMean[i] - rowMean[j] + total;
            }
        }
    }

    private static double[][] line(int n) {
        double[][] out = new double[n][2];
        for (int i = 0; i < n; i++) {
            out[i][0] = i;
        }
        return out;
    }

    static double[][] normalise(double[][] rows) {
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            double norm = Math.sqrt(dot(rows[i], rows[i]));
            out[i] = new double[rows[i].length];
            for (int k = 0; k < rows[i].length; k++) {
                out[i][k] = norm == 0 ? 0 : rows[i][k] / norm;
            }
        }
        return out;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            s += a[k] * b[k];
        }
        return s;
    }
}
