package org.bertopic4j.evaluation;

import java.util.HashMap;
import java.util.Map;

/**
 * Agreement between two labellings of the same items, as scikit-learn computes it:
 * {@link #adjustedRandIndex} ({@code adjusted_rand_score}) and {@link #normalizedMutualInformation}
 * ({@code normalized_mutual_info_score} with the arithmetic mean). Labels are arbitrary integers;
 * {@code -1} is an ordinary label here (filter outliers first to score clustered items only).
 */
public final class ClusterAgreement {
    private ClusterAgreement() {
    }

    /** Adjusted Rand index in [-1, 1]; 1 for identical partitions (up to renaming). */
    public static double adjustedRandIndex(int[] truth, int[] predicted) {
        Contingency c = new Contingency(truth, predicted);
        double sumComb = 0;
        for (long v : c.cells.values()) {
            sumComb += comb2(v);
        }
        double sumA = 0;
        for (long v : c.rows.values()) {
            sumA += comb2(v);
        }
        double sumB = 0;
        for (long v : c.cols.values()) {
            sumB += comb2(v);
        }
        double total = comb2(truth.length);
        double expected = total == 0 ? 0 : sumA * sumB / total;
        double max = (sumA + sumB) / 2;
        if (max == expected) {
            return 1.0; // both partitions trivial (sklearn returns 1.0)
        }
        return (sumComb - expected) / (max - expected);
    }

    /** Normalised mutual information in [0, 1] with arithmetic-mean normalisation. */
    public static double normalizedMutualInformation(int[] truth, int[] predicted) {
        Contingency c = new Contingency(truth, predicted);
        double n = truth.length;
        if (c.rows.size() == 1 && c.cols.size() == 1 || c.rows.size() == n && c.cols.size() == n) {
            return 1.0;
        }
        double mi = 0;
        for (Map.Entry<Long, Long> e : c.cells.entrySet()) {
            int a = (int) (e.getKey() >> 32);
            int b = (int) (long) e.getKey();
            double nij = e.getValue();
            mi += nij / n * Math.log(n * nij / ((double) c.rows.get(a) * c.cols.get(b)));
        }
        double ha = entropy(c.rows, n);
        double hb = entropy(c.cols, n);
        double denom = (ha + hb) / 2;
        return denom == 0 ? 0.0 : Math.max(0.0, mi) / denom;
    }

    private static double entropy(Map<Integer, Long> counts, double n) {
        double h = 0;
        for (long v : counts.values()) {
            double p = v / n;
            h -= p * Math.log(p);
        }
        return h;
    }

    private static double comb2(double v) {
        return v * (v - 1) / 2;
    }

    private static final class Contingency {
        final Map<Long, Long> cells = new HashMap<>();
        final Map<Integer, Long> rows = new HashMap<>();
        final Map<Integer, Long> cols = new HashMap<>();

        Contingency(int[] truth, int[] predicted) {
            if (truth == null || predicted == null || truth.length != predicted.length || truth.length == 0) {
                throw new IllegalArgumentException("truth and predicted must be non-empty and of equal length, got "
                        + (truth == null ? "null" : truth.length) + " and " + (predicted == null ? "null" : predicted.length));
            }
            for (int i = 0; i < truth.length; i++) {
                cells.merge(((long) truth[i] << 32) | (predicted[i] & 0xffffffffL), 1L, Long::sum);
                rows.merge(truth[i], 1L, Long::sum);
                cols.merge(predicted[i], 1L, Long::sum);
            }
        }
    }
}
