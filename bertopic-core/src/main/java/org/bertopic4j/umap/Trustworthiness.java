package org.bertopic4j.umap;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.bertopic4j.matrix.Matrices;

/**
 * Trustworthiness of an embedding (Venna and Kaski 2001), computed as scikit-learn's
 * {@code sklearn.manifold.trustworthiness} with its default Euclidean metric: 1 minus a penalty for
 * every point that is among a point's k nearest neighbours in the embedding but ranked beyond k in
 * the input space. 1.0 means every embedded neighbourhood is a true neighbourhood. Used by the
 * quality tests and the benchmark; quadratic in the number of points (sample large inputs).
 */
public final class Trustworthiness {
    private Trustworthiness() {
    }

    /**
     * Trustworthiness of {@code embedded} as a view of {@code input} with {@code k} neighbours.
     *
     * @throws IllegalArgumentException when the row counts differ or {@code k >= n / 2}
     */
    public static double of(float[][] input, double[][] embedded, int k) {
        int n = input.length;
        Matrices.requireFinite("input", input);
        Matrices.requireFinite("embedded", embedded);
        if (embedded.length != n) {
            throw new IllegalArgumentException("embedded has " + embedded.length + " rows but input has " + n);
        }
        if (k < 1 || k >= n / 2.0) {
            throw new IllegalArgumentException("k must be in [1, n/2), got " + k + " for n = " + n);
        }
        long penalty = IntStream.range(0, n).parallel().mapToLong(i -> penalty(input, embedded, k, i)).sum();
        return 1.0 - penalty * (2.0 / (n * (double) k * (2.0 * n - 3.0 * k - 1.0)));
    }

    /**
     * The penalty of point i: for each of its k nearest embedded points, how far beyond k its rank
     * among i's input-space neighbours lies (rank = 1 + the number of points strictly closer, ties
     * broken by index as a stable sort would).
     */
    private static long penalty(float[][] input, double[][] embedded, int k, int i) {
        int n = input.length;
        double[] inputDist = new double[n];
        double[] embeddedDist = new double[n];
        for (int j = 0; j < n; j++) {
            inputDist[j] = j == i ? Double.POSITIVE_INFINITY : PointDistance.squaredEuclidean(input[i], input[j]);
            double s = 0;
            for (int d = 0; d < embedded[i].length; d++) {
                double diff = embedded[i][d] - embedded[j][d];
                s += diff * diff;
            }
            embeddedDist[j] = j == i ? Double.POSITIVE_INFINITY : s;
        }
        long penalty = 0;
        for (int j : nearest(embeddedDist, k)) {
            int rank = 1;
            for (int m = 0; m < n; m++) {
                if (inputDist[m] < inputDist[j] || (inputDist[m] == inputDist[j] && m < j)) {
                    rank++;
                }
            }
            penalty += Math.max(0, rank - k);
        }
        return penalty;
    }

    /** Indices of the k smallest values (ties by index). */
    private static int[] nearest(double[] values, int k) {
        int[] best = new int[k];
        Arrays.fill(best, -1);
        for (int j = 0; j < values.length; j++) {
            int pos = k;
            while (pos > 0 && (best[pos - 1] < 0 || values[j] < values[best[pos - 1]])) {
                pos--;
            }
            if (pos < k) {
                System.arraycopy(best, pos, best, pos + 1, k - pos - 1);
                best[pos] = j;
            }
        }
        return best;
    }
}
