package org.bertopic4j.reduce;

import java.util.SplittableRandom;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.bertopic4j.DimensionReducer;
import org.bertopic4j.Reduction;
import org.bertopic4j.check.Arguments;
import org.bertopic4j.matrix.Matrices;
import org.bertopic4j.persist.PersistableStage;
import org.bertopic4j.persist.Tensor;

/**
 * Principal component analysis by randomized SVD (Halko, Martinsson and Tropp 2011, as scikit-learn's
 * {@code PCA(svd_solver="randomized")}): BERTopic's lightweight alternative to UMAP
 * ({@code PCA(n_components=5)}). The data are centred (implicitly, without a centred copy), a
 * Gaussian sketch with 10 oversamples is refined by power iterations (7 when nComponents is below
 * a tenth of min(n, d), else 4, as scikit-learn's "auto"), and signs follow scikit-learn's
 * {@code svd_flip} (largest-magnitude entry of each left singular vector positive). The reduced
 * points are {@code U S}; transform projects centred new points on the components. Labels are ignored.
 * Deterministic for a seed; single-threaded.
 */
public final class PcaReducer implements DimensionReducer {
    /** The kind under which a fitted PCA is saved in a model directory's Java extension. */
    public static final String KIND = "pca";
    private final int nComponents;
    private final Long seed;

    private PcaReducer(Builder b) {
        this.nComponents = b.nComponents;
        this.seed = b.seed;
    }

    /** A builder with scikit-learn/BERTopic defaults (5 components, random seed). */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Fits the principal components of {@code embeddings}.
     *
     * @throws IllegalArgumentException for empty, ragged or non-finite input, labels of the wrong
     *     length, or nComponents above min(rows, columns)
     */
    @Override
    public Reduction fit(float[][] embeddings, int[] labels) {
        int d = Matrices.requireFinite("embeddings", embeddings);
        int n = embeddings.length;
        Matrices.requireLabels("labels", labels, n);
        if (nComponents > Math.min(n, d)) {
            throw new IllegalArgumentException("nComponents (" + nComponents + ") must be <= min(rows, columns) = "
                    + Math.min(n, d) + "; give more rows or lower nComponents");
        }
        double[] mean = new double[d];
        for (float[] row : embeddings) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= n;
        }
        Centred x = new Centred(embeddings, mean);
        int l = Math.min(nComponents + 10, Math.min(n, d));
        int iterations = nComponents < 0.1 * Math.min(n, d) ? 7 : 4;
        SplittableRandom rng = new SplittableRandom(seed != null ? seed : ThreadLocalRandom.current().nextLong());
        double[][] omega = new double[d][l];
        for (double[] row : omega) {
            for (int c = 0; c < l; c++) {
                row[c] = rng.nextGaussian();
            }
        }
        double[][] q = orthonormalize(x.times(omega));
        for (int it = 0; it < iterations; it++) {
            q = orthonormalize(x.times(orthonormalize(x.transposeTimes(q))));
        }
        double[][] b = transpose(x.transposeTimes(q));
        SingularValueDecomposition svd = new SingularValueDecomposition(new Array2DRowRealMatrix(b, false));
        double[][] ub = svd.getU().getData();
        double[] s = svd.getSingularValues();
        double[][] vt = svd.getVT().getData();
        double[][] components = new double[nComponents][];
        double[][] points = new double[n][nComponents];
        for (int c = 0; c < nComponents; c++) {
            double[] u = new double[n];
            for (int i = 0; i < n; i++) {
                for (int r = 0; r < l; r++) {
                    u[i] += q[i][r] * ub[r][c];
                }
            }
            double sign = signOfLargest(u);
            components[c] = vt[c].clone();
            for (int j = 0; j < d; j++) {
                components[c][j] *= sign;
            }
            for (int i = 0; i < n; i++) {
                points[i][c] = sign * u[i] * s[c];
            }
        }
        return new Fitted(mean, components, points);
    }

    private static double signOfLargest(double[] u) {
        double best = 0;
        for (double v : u) {
            if (Math.abs(v) > Math.abs(best)) {
                best = v;
            }
        }
        return best < 0 ? -1.0 : 1.0;
    }

    /** Gram-Schmidt (twice) of the columns; a column that vanishes stays zero. */
    private static double[][] orthonormalize(double[][] y) {
        int n = y.length;
        int l = y[0].length;
        for (int c = 0; c < l; c++) {
            for (int pass = 0; pass < 2; pass++) {
                for (int p = 0; p < c; p++) {
                    double dot = 0;
                    for (double[] row : y) {
                        dot += row[p] * row[c];
                    }
                    for (double[] row : y) {
                        row[c] -= dot * row[p];
                    }
                }
            }
            double norm = 0;
            for (double[] row : y) {
                norm += row[c] * row[c];
            }
            norm = Math.sqrt(norm);
            for (int i = 0; i < n; i++) {
                y[i][c] = norm > 1e-12 ? y[i][c] / norm : 0.0;
            }
        }
        return y;
    }

    private static double[][] transpose(double[][] m) {
        double[][] t = new double[m[0].length][m.length];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[0].length; j++) {
                t[j][i] = m[i][j];
            }
        }
        return t;
    }

    /** The centred data {@code X - 1 mean^T}, applied without materialising it. */
    private record Centred(float[][] x, double[] mean) {
        /** (X - 1 mean^T) M for a d x l matrix M. */
        double[][] times(double[][] m) {
            int l = m[0].length;
            double[] shift = new double[l];
            for (int j = 0; j < mean.length; j++) {
                for (int c = 0; c < l; c++) {
                    shift[c] += mean[j] * m[j][c];
                }
            }
            double[][] out = new double[x.length][l];
            for (int i = 0; i < x.length; i++) {
                for (int j = 0; j < mean.length; j++) {
                    double v = x[i][j];
                    for (int c = 0; c < l; c++) {
                        out[i][c] += v * m[j][c];
                    }
                }
                for (int c = 0; c < l; c++) {
                    out[i][c] -= shift[c];
                }
            }
            return out;
        }

        /** (X - 1 mean^T)^T Q for an n x l matrix Q, as d x l. */
        double[][] transposeTimes(double[][] q) {
            int l = q[0].length;
            double[] colSums = new double[l];
            double[][] out = new double[mean.length][l];
            for (int i = 0; i < x.length; i++) {
                for (int c = 0; c < l; c++) {
                    colSums[c] += q[i][c];
                }
                for (int j = 0; j < mean.length; j++) {
                    double v = x[i][j];
                    for (int c = 0; c < l; c++) {
                        out[j][c] += v * q[i][c];
                    }
                }
            }
            for (int j = 0; j < mean.length; j++) {
                for (int c = 0; c < l; c++) {
                    out[j][c] -= mean[j] * colSums[c];
                }
            }
            return out;
        }
    }

    /**
     * Rebuilds a fitted PCA saved as a {@link PersistableStage}: the mean, the components and the reduced
     * training points.
     *
     * @throws IllegalArgumentException when the arrays are missing, not finite or of inconsistent widths
     */
    public static Reduction restore(java.util.Map<String, Tensor> tensors, java.util.Map<String, Object> params) {
        Tensor mean = tensors.get("mean");
        Tensor components = tensors.get("components");
        Tensor points = tensors.get("embedding");
        if (mean == null || mean.shape().length != 1 || components == null || components.shape().length != 2
                || points == null || points.shape().length != 2 || components.shape()[1] != mean.shape()[0]
                || points.shape()[1] != components.shape()[0] || components.shape()[0] == 0) {
            throw new IllegalArgumentException("pca state needs 'mean' (d), 'components' (k x d) and 'embedding' (n x k), got "
                    + mean + ", " + components + " and " + points);
        }
        double[] m = mean.toDoubleArray();
        double[][] c = components.toDoubleMatrix();
        double[][] p = points.toDoubleMatrix();
        Matrices.requireFinite("saved pca mean", new double[][] {m});
        Matrices.requireFinite("saved pca components", c);
        if (p.length > 0) {
            Matrices.requireFinite("saved pca embedding", p);
        }
        return new Fitted(m, c, p);
    }

    private record Fitted(double[] mean, double[][] components, double[][] points) implements Reduction, PersistableStage {
        @Override
        public String kind() {
            return KIND;
        }

        @Override
        public java.util.Map<String, Tensor> tensors() {
            return java.util.Map.of("mean", Tensor.f64(mean), "components", Tensor.f64(components), "embedding",
                    Tensor.f64(points));
        }

        @Override
        public java.util.Map<String, Object> params() {
            return java.util.Map.of();
        }

        @Override
        public int inputDimension() {
            return mean.length;
        }

        @Override
        public int outputDimension() {
            return components.length;
        }

        @Override
        public double[][] embedding() {
            return Matrices.copy(points);
        }

        @Override
        public double[][] transform(float[][] embeddings) {
            Matrices.requireFinite("embeddings", embeddings, mean.length);
            double[][] out = new double[embeddings.length][components.length];
            for (int i = 0; i < embeddings.length; i++) {
                for (int c = 0; c < components.length; c++) {
                    double s = 0;
                    for (int j = 0; j < mean.length; j++) {
                        s += (embeddings[i][j] - mean[j]) * components[c][j];
                    }
                    out[i][c] = s;
                }
            }
            return out;
        }
    }

    @Override
    public String toString() {
        return "PcaReducer{nComponents=" + nComponents + ", seed=" + seed + "}";
    }

    /** Builder for {@link PcaReducer}. */
    public static final class Builder {
        private int nComponents = 5;
        private Long seed;

        private Builder() {
        }

        /** Number of components (default 5, BERTopic's); at least 1. */
        public Builder nComponents(int value) {
            nComponents = Arguments.atLeast("nComponents", value, 1);
            return this;
        }

        /** Seed of the random sketch; {@code null} (default) draws a fresh one. */
        public Builder seed(Long value) {
            seed = value;
            return this;
        }

        /** The configuration. */
        public PcaReducer build() {
            return new PcaReducer(this);
        }
    }
}
