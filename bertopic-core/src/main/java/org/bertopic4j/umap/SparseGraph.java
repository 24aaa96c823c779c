package org.bertopic4j.umap;

import java.util.Arrays;

/**
 * A weighted graph in compressed sparse row form with float32 weights (as scipy holds umap-learn's
 * graph): row {@code i}'s neighbours are {@code columns[rowStart[i] .. rowStart[i+1])}, sorted, with
 * no duplicates and no explicit zeros.
 */
final class SparseGraph {
    final int rows;
    final int cols;
    final int[] rowStart;
    final int[] columns;
    final float[] values;

    SparseGraph(int rows, int cols, int[] rowStart, int[] columns, float[] values) {
        this.rows = rows;
        this.cols = cols;
        this.rowStart = rowStart;
        this.columns = columns;
        this.values = values;
    }

    int nnz() {
        return rowStart[rows];
    }

    /**
     * Builds a graph from (row, col, value) triplets, summing duplicates and dropping zeros
     * (scipy's {@code coo -> csr} plus {@code eliminate_zeros}).
     */
    static SparseGraph fromTriplets(int rows, int cols, int[] r, int[] c, float[] v) {
        int[] start = new int[rows + 1];
        for (int e = 0; e < r.length; e++) {
            start[r[e] + 1]++;
        }
        for (int i = 0; i < rows; i++) {
            start[i + 1] += start[i];
        }
        int[] fill = Arrays.copyOf(start, rows);
        int[] order = new int[r.length];
        for (int e = 0; e < r.length; e++) {
            order[fill[r[e]]++] = e;
        }
        int[] outStart = new int[rows + 1];
        int[] outCols = new int[r.length];
        float[] outVals = new float[r.length];
        int m = 0;
        long[] keys = new long[0];
        for (int i = 0; i < rows; i++) {
            int len = start[i + 1] - start[i];
            if (keys.length < len) {
                keys = new long[len];
            }
            for (int p = 0; p < len; p++) {
                int e = order[start[i] + p];
                keys[p] = ((long) c[e] << 32) | p;
            }
            Arrays.sort(keys, 0, len);
            for (int p = 0; p < len; p++) {
                int e = order[start[i] + (int) keys[p]];
                int col = (int) (keys[p] >>> 32);
                if (m > outStart[i] && outCols[m - 1] == col) {
                    outVals[m - 1] += v[e];
                } else {
                    outCols[m] = col;
                    outVals[m++] = v[e];
                }
            }
            m = dropZeros(outCols, outVals, outStart[i], m);
            outStart[i + 1] = m;
        }
        return new SparseGraph(rows, cols, outStart, Arrays.copyOf(outCols, m), Arrays.copyOf(outVals, m));
    }

    private static int dropZeros(int[] cols, float[] vals, int from, int to) {
        int m = from;
        for (int p = from; p < to; p++) {
            if (vals[p] != 0f) {
                cols[m] = cols[p];
                vals[m++] = vals[p];
            }
        }
        return m;
    }

    /** The transpose. */
    SparseGraph transpose() {
        int[] r = new int[nnz()];
        for (int i = 0; i < rows; i++) {
            for (int p = rowStart[i]; p < rowStart[i + 1]; p++) {
                r[p] = i;
            }
        }
        return fromTriplets(cols, rows, columns, r, values);
    }

    /**
     * The fuzzy union / intersection mix of this graph with its transpose, umap-learn's
     * {@code mix * (A + A^T - A o A^T) + (1 - mix) * (A o A^T)} in float32.
     */
    SparseGraph symmetrize(float mix) {
        SparseGraph t = transpose();
        int[] outStart = new int[rows + 1];
        int[] outCols = new int[nnz() + t.nnz()];
        float[] outVals = new float[outCols.length];
        int m = 0;
        for (int i = 0; i < rows; i++) {
            int p = rowStart[i];
            int q = t.rowStart[i];
            while (p < rowStart[i + 1] || q < t.rowStart[i + 1]) {
                int cp = p < rowStart[i + 1] ? columns[p] : Integer.MAX_VALUE;
                int cq = q < t.rowStart[i + 1] ? t.columns[q] : Integer.MAX_VALUE;
                float a = cp <= cq ? values[p] : 0f;
                float b = cq <= cp ? t.values[q] : 0f;
                outCols[m] = Math.min(cp, cq);
                float prod = a * b;
                float union = a + b - prod;
                float v = mix * union + (1f - mix) * prod;
                if (v != 0f) {
                    outVals[m++] = v;
                }
                if (cp <= cq) {
                    p++;
                }
                if (cq <= cp) {
                    q++;
                }
            }
            outStart[i + 1] = m;
        }
        return new SparseGraph(rows, cols, outStart, Arrays.copyOf(outCols, m), Arrays.copyOf(outVals, m));
    }

    /** Largest weight (0 for an empty graph). */
    float max() {
        float max = 0f;
        for (int p = 0; p < nnz(); p++) {
            max = Math.max(max, values[p]);
        }
        return max;
    }

    /** A copy keeping only weights {@code >= threshold} (umap-learn's pruning before the layout). */
    SparseGraph pruneBelow(double threshold) {
        int[] outStart = new int[rows + 1];
        int[] outCols = new int[nnz()];
        float[] outVals = new float[nnz()];
        int m = 0;
        for (int i = 0; i < rows; i++) {
            for (int p = rowStart[i]; p < rowStart[i + 1]; p++) {
                if (values[p] >= threshold) {
                    outCols[m] = columns[p];
                    outVals[m++] = values[p];
                }
            }
            outStart[i + 1] = m;
        }
        return new SparseGraph(rows, cols, outStart, Arrays.copyOf(outCols, m), Arrays.copyOf(outVals, m));
    }
}
