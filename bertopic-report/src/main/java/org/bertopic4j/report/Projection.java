package org.bertopic4j.report;

/**
 * Two-dimensional layouts for the maps: classical (Torgerson) MDS on cosine distances for the few
 * topic embeddings, and PCA of L2-normalised document embeddings for the many documents (PCA of
 * normalised rows is classical MDS on their chord distances, without an n x n matrix). Both are
 * deterministic: eigenvector signs are fixed so that the largest-magnitude coordinate is positive.
 */
final class Projection {
    private static final int MAX_ITERATIONS = 2000;

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
        if (d < 2) {
            double[][] out = new double[n][2];
            for (int i = 0; i < n; i++) {
                out[i][0] = unit[i][0];
            }
            return out;
        }
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

    /**
     * The two eigenpairs with the largest eigenvalues, signs fixed: orthogonal (subspace) iteration
     * on the matrix shifted to be positive semi-definite, then Rayleigh-Ritz on the 2-D subspace.
     * Deterministic (fixed start vectors) and robust to repeated eigenvalues, which a full
     * decomposition of these low-rank matrices often is not.
     */
    private static Axis[] topAxes(double[][] a) {
        int n = a.length;
        double shift = 0;
        for (int i = 0; i < n; i++) {
            double off = 0;
            for (int j = 0; j < n; j++) {
                off += i == j ? 0 : Math.abs(a[i][j]);
            }
            shift = Math.max(shift, off - a[i][i]);
        }
        double[][] q = new double[2][n];
        // shift = Gershgorin bound on the most negative eigenvalue, so the top two become the dominant ones
        java.util.Random start = new java.util.Random(42);
        for (int i = 0; i < n; i++) {
            q[0][i] = start.nextGaussian();
            q[1][i] = start.nextGaussian();
        }
        orthonormalise(q);
        for (int iter = 0; iter < MAX_ITERATIONS; iter++) {
            double[][] next = {multiply(a, q[0], shift), multiply(a, q[1], shift)};
            orthonormalise(next);
            double change = 0;
            for (double[] v : next) {
                change += 1 - (Math.pow(dot(v, q[0]), 2) + Math.pow(dot(v, q[1]), 2));
            }
            q = next;
            if (change < 1e-13) {
                break;
            }
        }
        double h00 = dot(q[0], multiply(a, q[0], 0));
        double h01 = dot(q[0], multiply(a, q[1], 0));
        double h11 = dot(q[1], multiply(a, q[1], 0));
        double angle = 0.5 * Math.atan2(2 * h01, h00 - h11);
        double c = Math.cos(angle);
        double s = Math.sin(angle);
        double[] v0 = new double[n];
        double[] v1 = new double[n];
        for (int i = 0; i < n; i++) {
            v0[i] = c * q[0][i] + s * q[1][i];
            v1[i] = -s * q[0][i] + c * q[1][i];
        }
        double l0 = dot(v0, multiply(a, v0, 0));
        double l1 = dot(v1, multiply(a, v1, 0));
        Axis first = new Axis(l0, signFixed(v0));
        Axis second = new Axis(l1, signFixed(v1));
        return l0 >= l1 ? new Axis[] {first, second} : new Axis[] {second, first};
    }

    private static double[] multiply(double[][] a, double[] v, double shift) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = dot(a[i], v) + shift * v[i];
        }
        return out;
    }

    /** Gram-Schmidt on the two rows; a row that collapses is replaced by a unit vector orthogonal to the first. */
    private static void orthonormalise(double[][] q) {
        scale(q[0]);
        double p = dot(q[0], q[1]);
        for (int i = 0; i < q[1].length; i++) {
            q[1][i] -= p * q[0][i];
        }
        if (Math.sqrt(dot(q[1], q[1])) < 1e-300) {
            java.util.Arrays.fill(q[1], 0);
            int arg = Math.abs(q[0][0]) < 0.9 ? 0 : 1;
            q[1][arg] = 1;
            p = dot(q[0], q[1]);
            for (int i = 0; i < q[1].length; i++) {
                q[1][i] -= p * q[0][i];
            }
        }
        scale(q[1]);
    }

    private static void scale(double[] v) {
        double norm = Math.sqrt(dot(v, v));
        for (int i = 0; i < v.length; i++) {
            v[i] = norm == 0 ? 0 : v[i] / norm;
        }
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
