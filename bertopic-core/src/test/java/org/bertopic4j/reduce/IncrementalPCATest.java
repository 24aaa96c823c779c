package org.bertopic4j.reduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.bertopic4j.online.IncrementalReduction;
import org.bertopic4j.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Incremental PCA against a full SVD: exact on low-rank data, close on the real 5-d fortune embeddings. */
class IncrementalPCATest {

    /** 400 points on a 3-d affine subspace of R^10. */
    private static float[][] lowRank() {
        Random r = new Random(3);
        double[][] basis = new double[3][10];
        for (double[] b : basis) {
            for (int j = 0; j < 10; j++) {
                b[j] = r.nextGaussian();
            }
        }
        float[][] out = new float[400][10];
        for (int i = 0; i < 400; i++) {
            double[] coef = {3 * r.nextGaussian(), 2 * r.nextGaussian(), r.nextGaussian()};
            for (int j = 0; j < 10; j++) {
                out[i][j] = (float) (5 + coef[0] * basis[0][j] + coef[1] * basis[1][j] + coef[2] * basis[2][j]);
            }
        }
        return out;
    }

    /** Squared distance of each point to the fitted subspace, summed: 0 when the subspace holds the data. */
    private static double residual(IncrementalReduction pca, float[][] x) {
        double[][] z = pca.transform(x);
        // reconstruct from the reduced points with least squares: |x - mean|^2 - |z|^2 for orthonormal axes
        double[] mean = new double[x[0].length];
        for (float[] row : x) {
            for (int j = 0; j < mean.length; j++) {
                mean[j] += row[j] / x.length;
            }
        }
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            double norm = 0;
            for (int j = 0; j < mean.length; j++) {
                norm += (x[i][j] - mean[j]) * (x[i][j] - mean[j]);
            }
            double kept = 0;
            for (double v : z[i]) {
                kept += v * v;
            }
            sum += norm - kept;
        }
        return sum;
    }

    @Test
    void batchByBatchIsExactOnLowRankData() {
        float[][] x = lowRank();
        IncrementalPCA pca = IncrementalPCA.builder().components(3).build();
        IncrementalReduction state = pca.partialFit(Arrays.copyOfRange(x, 0, 100));
        for (int b = 1; b < 4; b++) {
            state = state.partialFit(Arrays.copyOfRange(x, 100 * b, 100 * b + 100));
            assertEquals(100, state.embedding().length, "the embedding is the last batch's");
        }
        assertEquals(0, residual(state, x), 1e-6 * 400);
    }

    @Test
    void fitMatchesTheFullSvdOnRealEmbeddings() {
        float[][] x = Fixtures.npy("bertopic/reduced_embeddings_5d.npy").toFloatMatrix();
        IncrementalReduction fitted = IncrementalPCA.builder().components(2).batchSize(500).build().fit(x, null);
        assertEquals(x.length, fitted.embedding().length);
        double[][] centred = new double[x.length][5];
        double[] mean = new double[5];
        for (float[] row : x) {
            for (int j = 0; j < 5; j++) {
                mean[j] += row[j] / x.length;
            }
        }
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < 5; j++) {
                centred[i][j] = x[i][j] - mean[j];
            }
        }
        double[] s = new SingularValueDecomposition(new Array2DRowRealMatrix(centred, false)).getSingularValues();
        double best = s[0] * s[0] + s[1] * s[1];
        double total = Arrays.stream(s).map(v -> v * v).sum();
        double lost = residual(fitted, x);
        // the incremental subspace keeps almost all the variance the best 2-d subspace keeps
        assertTrue(lost <= (total - best) * 1.01 + 1e-6, "lost " + lost + " vs optimal " + (total - best));
        double[][] again = IncrementalPCA.builder().components(2).batchSize(500).build().fit(x).embedding();
        assertTrue(Arrays.deepEquals(fitted.embedding(), again), "deterministic");
    }

    @Test
    void badSettingsAndInputsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> IncrementalPCA.builder().components(0));
        assertThrows(IllegalArgumentException.class, () -> IncrementalPCA.builder().batchSize(0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IncrementalPCA.builder().components(3).build().partialFit(new float[][] {{1, 2, 3, 4}, {1, 2, 3, 5}}));
        assertTrue(e.getMessage().contains("at least as many rows as components"), e.getMessage());
        IncrementalReduction state = IncrementalPCA.builder().components(2).build().partialFit(lowRank());
        assertThrows(IllegalArgumentException.class, () -> state.partialFit(new float[][] {{1, 2}, {3, 4}}));
        assertThrows(IllegalArgumentException.class, () -> state.transform(new float[][] {{1, 2}}));
    }
}
