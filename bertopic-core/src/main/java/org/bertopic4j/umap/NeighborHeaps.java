package org.bertopic4j.umap;

import java.util.Arrays;

/**
 * One bounded max-heap of candidate neighbours per point, stored flat: the {@code k} nearest
 * (distance, index) pairs seen so far, ties broken by the smaller index (as a stable sort would),
 * plus NN-descent's "new" flag per entry.
 */
final class NeighborHeaps {
    final int n;
    final int k;
    final int[] indices;
    final double[] distances;
    final boolean[] fresh;

    NeighborHeaps(int n, int k) {
        this.n = n;
        this.k = k;
        this.indices = new int[n * k];
        this.distances = new double[n * k];
        this.fresh = new boolean[n * k];
        Arrays.fill(indices, -1);
        Arrays.fill(distances, Double.POSITIVE_INFINITY);
    }

    /** Whether {@code j} is already among the candidates of {@code row}. */
    boolean contains(int row, int j) {
        int base = row * k;
        for (int e = base; e < base + k; e++) {
            if (indices[e] == j) {
                return true;
            }
        }
        return false;
    }

    /** The distance a new candidate of {@code row} must beat. */
    double threshold(int row) {
        return distances[row * k];
    }

    /** Whether {@code j} at distance {@code d} would enter the heap of {@code row} (if not already in it). */
    boolean accepts(int row, double d, int j) {
        int base = row * k;
        return before(d, j, distances[base], indices[base]);
    }

    /**
     * Offers {@code j} at distance {@code d} to the heap of {@code row}; the caller checks
     * {@link #contains} first where duplicates are possible.
     *
     * @return whether it was kept
     */
    boolean push(int row, double d, int j, boolean isNew) {
        if (!accepts(row, d, j)) {
            return false;
        }
        int base = row * k;
        int pos = 0;
        while (true) {
            int left = 2 * pos + 1;
            if (left >= k) {
                break;
            }
            int right = left + 1;
            int bigger = right < k && before(distances[base + left], indices[base + left],
                    distances[base + right], indices[base + right]) ? right : left;
            if (!before(d, j, distances[base + bigger], indices[base + bigger])) {
                break;
            }
            distances[base + pos] = distances[base + bigger];
            indices[base + pos] = indices[base + bigger];
            fresh[base + pos] = fresh[base + bigger];
            pos = bigger;
        }
        distances[base + pos] = d;
        indices[base + pos] = j;
        fresh[base + pos] = isNew;
        return true;
    }

    /** Whether (d1, j1) orders before (d2, j2); an empty slot (index -1, +inf) is last. */
    private static boolean before(double d1, int j1, double d2, int j2) {
        return d1 < d2 || (d1 == d2 && (j2 < 0 || (j1 >= 0 && j1 < j2)));
    }

    /** Number of filled entries of {@code row}. */
    int filled(int row) {
        int c = 0;
        for (int e = row * k; e < row * k + k; e++) {
            if (indices[e] >= 0) {
                c++;
            }
        }
        return c;
    }

    /** Writes the entries of {@code row} in ascending (distance, index) order into the outputs at {@code offset}. */
    void sortedRow(int row, int[] outIndices, float[] outDistances, int offset) {
        Integer[] order = new Integer[k];
        int base = row * k;
        for (int e = 0; e < k; e++) {
            order[e] = base + e;
        }
        Arrays.sort(order, (x, y) -> before(distances[x], indices[x], distances[y], indices[y]) ? -1
                : before(distances[y], indices[y], distances[x], indices[x]) ? 1 : 0);
        for (int e = 0; e < k; e++) {
            outIndices[offset + e] = indices[order[e]];
            outDistances[offset + e] = (float) distances[order[e]];
        }
    }
}
