package org.bertopic4j.reduce;

import java.util.Arrays;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.bertopic4j.check.Arguments;
import org.bertopic4j.matrix.Matrices;
import org.bertopic4j.online.IncrementalReducer;
import org.bertopic4j.online.IncrementalReduction;

/**
 * Incremental principal component analysis (scikit-learn 1.2's {@code IncrementalPCA} without whitening):
 * each batch is centred on its own mean and stacked under the previous components scaled by their singular
 * values and a mean-correction row; the SVD of that stack gives the new components, signs fixed as
 * {@code svd_flip(u_based_decision=False)}. {@link #fit} runs this over batches of {@code batchSize} rows
 * (default {@code 5 * d}) and reduces all rows; {@link #partialFit(float[][])} starts from one batch, which
 * makes it the reducer of online topic modelling. It draws no random numbers, so it needs no seed and is
 * deterministic.
 *
 * <pre>{@code
 * IncrementalPCA pca = IncrementalPCA.builder().components(5).build();
 * IncrementalReduction step = pca.partialFit(firstBatch).partialFit(secondBatch);
 * double[][] reduced = step.transform(newEmbeddings);
 * }</pre>
 */
public final class IncrementalPCA implements IncrementalReducer {
    private final int components;
    private final Integer batchSize;

    private IncrementalPCA(Builder b) {
        this.components = b.components;
        this.batchSize = b.batchSize;
    }

    /** A builder: 5 components (BERTopic's online example), batch size {@code 5 * d}. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Fits batch by batch over {@code embeddings} and reduces all of them; labels are ignored.
     *
     * @throws IllegalArgumentException when there are fewer rows than components
     */
    @Override
    public IncrementalReduction fit(float[][] embeddings, int[] labels) {
        int d = Matrices.requireFinite("embeddings", embeddings);
        int size = batchSize != null ? batchSize : 5 * d;
        Fitted fitted = null;
        int start = 0;
        for (int b = 0; b < embeddings.length / size; b++) {
            int end = start + size;
            if (end + components > embeddings.length) {
                continue; // scikit-learn's gen_batches(min_batch_size=n_components): a short tail joins the last batch
            }
            fitted = learn(fitted, Arrays.copyOfRange(embeddings, start, end));
            start = end;
        }
        if (start < embeddings.length) {
            fitted = learn(fitted, Arrays.copyOfRange(embeddings, start, embeddings.length));
        }
        return fitted.withEmbedding(fitted.transform(embeddings));
    }

    private Fitted learn(Fitted fitted, float[][] batch) {
        return fitted == null ? (Fitted) partialFit(batch) : fitted.learn(batch);
    }

    /**
     * Fits on a first batch.
     *
     * @throws IllegalArgumentException when the batch has fewer rows or columns than components
     */
    @Override
    public IncrementalReduction partialFit(float[][] batch) {
        int d = Matrices.requireFinite("batch", batch);
        if (d < components) {
            throw new IllegalArgumentException("embeddings have " + d + " columns but IncrementalPCA has " + components
                    + " components: give fewer components");
        }
        return new Fitted(new double[d], null, null, 0, components).learn(batch);
    }

    @Override
    public String toString() {
        return "IncrementalPCA[components=" + components + ", batchSize=" + (batchSize == null ? "5*d" : batchSize) + "]";
    }

    /** Mean, components (rows), singular values and rows seen so far; {@code embedding} is the last batch, reduced. */
    private record Fitted(double[] mean, double[][] axes, double[] singular, long seen, int k, double[][] embedding)
            implements IncrementalReduction {

        Fitted(double[] mean, double[][] axes, double[] singular, long seen, int k) {
            this(mean, axes, singular, seen, k, new double[0][]);
        }

        @Override
        public IncrementalReduction partialFit(float[][] batch) {
            return learn(batch);
        }

        Fitted learn(float[][] batch) {
            Matrices.requireFinite("batch", batch, mean.length);
            if (batch.length < k) {
                throw new IllegalArgumentException("batch has " + batch.length + " rows but IncrementalPCA has " + k
                        + " components: each batch needs at least as many rows as components");
            }
            int d = mean.length;
            int m = batch.length;
            double[] batchMean = new double[d];
            for (float[] row : batch) {
                for (int j = 0; j < d; j++) {
                    batchMean[j] += row[j];
                }
            }
            long total = seen + m;
            double[] newMean = new double[d];
            for (int j = 0; j < d; j++) {
                newMean[j] = (mean[j] * seen + batchMean[j]) / total;
                batchMean[j] /= m;
            }
            int extra = seen == 0 ? 0 : k + 1;
            double[][] stack = new double[m + extra][d];
            int r = 0;
            if (seen > 0) {
                for (int c = 0; c < k; c++, r++) {
                    for (int j = 0; j < d; j++) {
                        stack[r][j] = singular[c] * axes[c][j];
                    }
                }
            }
            double[] centre = seen == 0 ? newMean : batchMean;
            for (float[] row : batch) {
                for (int j = 0; j < d; j++) {
                    stack[r][j] = row[j] - centre[j];
                }
                r++;
            }
            if (seen > 0) {
                double scale = Math.sqrt((double) seen / total * m);
                for (int j = 0; j < d; j++) {
                    stack[r][j] = scale * (mean[j] - batchMean[j]);
                }
            }
            SingularValueDecomposition svd = new SingularValueDecomposition(new Array2DRowRealMatrix(stack, false));
            RealMatrix vt = svd.getVT();
            double[] s = svd.getSingularValues();
            double[][] newAxes = new double[k][];
            double[] newSingular = Arrays.copyOf(s, k);
            for (int c = 0; c < k; c++) {
                double[] row = vt.getRow(c);
                int arg = 0;
                for (int j = 1; j < d; j++) {
                    if (Math.abs(row[j]) > Math.abs(row[arg])) {
                        arg = j;
                    }
                }
                if (row[arg] < 0) {
                    for (int j = 0; j < d; j++) {
                        row[j] = -row[j];
                    }
                }
                newAxes[c] = row;
            }
            Fitted next = new Fitted(newMean, newAxes, newSingular, total, k);
            return next.withEmbedding(next.transform(batch));
        }

        Fitted withEmbedding(double[][] reduced) {
            return new Fitted(mean, axes, singular, seen, k, reduced);
        }

        @Override
        public int inputDimension() {
            return mean.length;
        }

        @Override
        public int outputDimension() {
            return k;
        }

        @Override
        public double[][] embedding() {
            return Matrices.copy(embedding);
        }

        @Override
        public double[][] transform(float[][] embeddings) {
            Matrices.requireFinite("embeddings", embeddings, mean.length);
            double[][] out = new double[embeddings.length][k];
            for (int i = 0; i < embeddings.length; i++) {
                for (int c = 0; c < k; c++) {
                    double sum = 0;
                    for (int j = 0; j < mean.length; j++) {
                        sum += (embeddings[i][j] - mean[j]) * axes[c][j];
                    }
                    out[i][c] = sum;
                }
            }
            return out;
        }
    }

    /** Builds an {@link IncrementalPCA}; every setter checks its argument. */
    public static final class Builder {
        private int components = 5;
        private Integer batchSize;

        private Builder() {
        }

        /** Number of components kept (scikit-learn's {@code n_components}; default 5; at least 1). */
        public Builder components(int components) {
            this.components = Arguments.atLeast("components", components, 1);
            return this;
        }

        /** Rows per batch in {@link IncrementalPCA#fit} (default {@code 5 * d}; at least 1). */
        public Builder batchSize(int batchSize) {
            this.batchSize = Arguments.atLeast("batchSize", batchSize, 1);
            return this;
        }

        /** The configuration. */
        public IncrementalPCA build() {
            return new IncrementalPCA(this);
        }
    }
}
