package org.bertopic4j.reduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.bertopic4j.Reduction;
import org.junit.jupiter.api.Test;

/** Randomized PCA against an exact SVD of the centred data. */
class PcaReducerTest {

    private static float[][] data(int n, int d) {
        Random rng = new Random(3);
        float[][] x = new float[n][d];
        for (int i = 0; i < n; i++) {
            double a = rng.nextGaussian() * 5;
            double b = rng.nextGaussian() * 2;
            double c = rng.nextGaussian();
            for (int j = 0; j < d; j++) {
                x[i][j] = (float) (a * Math.sin(j + 1) + b * Math.cos(2 * j) + c * (j % 3 - 1)
                        + 0.01 * rng.nextGaussian() + 3);
            }
        }
        return x;
    }

    @Test
    void matchesExactPcaUpToSign() {
        float[][] x = data(300, 20);
        Reduction pca = PcaReducer.builder().nComponents(3).seed(1L).build().fit(x);
        double[][] centred = new double[300][20];
        for (int j = 0; j < 20; j++) {
            double mean = 0;
            for (float[] row : x) {
                mean += row[j];
            }
            mean /= 300;
            for (int i = 0; i < 300; i++) {
                centred[i][j] = x[i][j] - mean;
            }
        }
        SingularValueDecomposition svd = new SingularValueDecomposition(new Array2DRowRealMatrix(centred));
        double[][] u = svd.getU().getData();
        double[] s = svd.getSingularValues();
        double[][] ours = pca.embedding();
        for (int c = 0; c < 3; c++) {
            double sign = Math.signum(ours[0][c]) * Math.signum(u[0][c] * s[c]);
            for (int i = 0; i < 300; i++) {
                assertEquals(u[i][c] * s[c] * sign, ours[i][c], 1e-6 * s[0], "row " + i + " component " + c);
            }
        }
        double[][] again = pca.transform(x);
        for (int i = 0; i < 300; i++) {
            for (int c = 0; c < 3; c++) {
                assertEquals(ours[i][c], again[i][c], 1e-6 * s[0]);
            }
        }
    }

    @Test
    void largestEntryOfEachComponentIsPositiveAsSvdFlip() {
        double[][] y = PcaReducer.builder().nComponents(2).seed(4L).build().fit(data(100, 8)).embedding();
        for (int c = 0; c < 2; c++) {
            double best = 0;
            for (double[] row : y) {
                best = Math.abs(row[c]) > Math.abs(best) ? row[c] : best;
            }
            assertTrue(best > 0, "component " + c);
        }
    }

    @Test
    void tooManyComponentsIsAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PcaReducer.builder().nComponents(9).build().fit(data(100, 8)));
        assertTrue(e.getMessage().contains("nComponents (9)") && e.getMessage().contains("8"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PcaReducer.builder().nComponents(0));
    }
}
