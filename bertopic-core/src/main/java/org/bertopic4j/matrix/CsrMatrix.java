package org.bertopic4j.matrix;

import java.util.Arrays;

/**
 * An immutable sparse matrix in compressed sparse row form (scipy's {@code csr_matrix}): row {@code r}
 * holds the entries {@code indptr[r] <= k < indptr[r+1]} at columns {@code indices[k]} with values
 * {@code data[k]}; columns within a row are strictly ascending.
 */
public final class CsrMatrix {
    private final int rows;
    private final int cols;
    private final int[] indptr;
    private final int[] indices;
    private final double[] data;

    /**
     * Wraps CSR arrays after checking their consistency; the arrays are copied.
     *
     * @throws IllegalArgumentException when the arrays are inconsistent or a row's columns are not ascending
     */
    public CsrMatrix(int rows, int cols, int[] indptr, int[] indices, double[] data) {
        this(rows, cols, indptr.clone(), indices.clone(), data.clone(), true);
    }

    private CsrMatrix(int rows, int cols, int[] indptr, int[] indices, double[] data, boolean check) {
        if (rows < 0 || cols < 0) {
            throw new IllegalArgumentException("rows and cols must be >= 0, got " + rows + " x " + cols);
        }
        if (indptr.length != rows + 1 || indptr[0] != 0 || indices.length != data.length
                || indptr[rows] != data.length) {
            throw new IllegalArgumentException("inconsistent CSR arrays: indptr length " + indptr.length
                    + " for " + rows + " rows, " + indices.length + " indices, " + data.length + " values");
        }
        if (check) {
            for (int r = 0; r < rows; r++) {
                if (indptr[r + 1] < indptr[r]) {
                    throw new IllegalArgumentException("indptr must be non-decreasing at row " + r);
                }
                for (int k = indptr[r]; k < indptr[r + 1]; k++) {
                    if (indices[k] < 0 || indices[k] >= cols || (k > indptr[r] && indices[k] <= indices[k - 1])) {
                        throw new IllegalArgumentException("row " + r + ": column indices must be ascending and in [0, "
                                + cols + "), got " + indices[k]);
                    }
                }
            }
        }
        this.rows = rows;
        this.cols = cols;
        this.indptr = indptr;
        this.indices = indices;
        this.data = data;
    }

    /**
     * Wraps arrays the caller promises are consistent and will never modify (no copy, no check).
     * For builders inside the library.
     */
    public static CsrMatrix wrap(int rows, int cols, int[] indptr, int[] indices, double[] data) {
        return new CsrMatrix(rows, cols, indptr, indices, data, false);
    }

    /** A matrix from a dense array (zeros are not stored). */
    public static CsrMatrix fromDense(double[][] dense, int cols) {
        int[] indptr = new int[dense.length + 1];
        int nnz = 0;
        for (double[] row : dense) {
            for (double v : row) {
                if (v != 0) {
                    nnz++;
                }
            }
        }
        int[] indices = new int[nnz];
        double[] data = new double[nnz];
        int k = 0;
        for (int r = 0; r < dense.length; r++) {
            for (int c = 0; c < dense[r].length; c++) {
                if (dense[r][c] != 0) {
                    indices[k] = c;
                    data[k++] = dense[r][c];
                }
            }
            indptr[r + 1] = k;
        }
        return new CsrMatrix(dense.length, cols, indptr, indices, data, false);
    }

    /** Number of rows. */
    public int rows() {
        return rows;
    }

    /** Number of columns. */
    public int cols() {
        return cols;
    }

    /** Number of stored entries. */
    public int nnz() {
        return data.length;
    }

    /** Start of row {@code r}'s entries (inclusive). */
    public int rowStart(int r) {
        return indptr[r];
    }

    /** End of row {@code r}'s entries (exclusive). */
    public int rowEnd(int r) {
        return indptr[r + 1];
    }

    /** Column of stored entry {@code k}. */
    public int indexAt(int k) {
        return indices[k];
    }

    /** Value of stored entry {@code k}. */
    public double valueAt(int k) {
        return data[k];
    }

    /** The value at ({@code r}, {@code c}); 0 when not stored. */
    public double get(int r, int c) {
        int k = Arrays.binarySearch(indices, indptr[r], indptr[r + 1], c);
        return k >= 0 ? data[k] : 0.0;
    }

    /** Row {@code r} as a dense array. */
    public double[] denseRow(int r) {
        double[] out = new double[cols];
        for (int k = indptr[r]; k < indptr[r + 1]; k++) {
            out[indices[k]] = data[k];
        }
        return out;
    }

    /** The whole matrix as dense rows. */
    public double[][] toDense() {
        double[][] out = new double[rows][];
        for (int r = 0; r < rows; r++) {
            out[r] = denseRow(r);
        }
        return out;
    }

    /** Sum of the stored values of row {@code r}. */
    public double rowSum(int r) {
        double s = 0;
        for (int k = indptr[r]; k < indptr[r + 1]; k++) {
            s += data[k];
        }
        return s;
    }

    /** Column sums. */
    public double[] columnSums() {
        double[] out = new double[cols];
        for (int k = 0; k < data.length; k++) {
            out[indices[k]] += data[k];
        }
        return out;
    }

    /** A copy of the indptr array. */
    public int[] indptr() {
        return indptr.clone();
    }

    /** A copy of the column-index array. */
    public int[] indices() {
        return indices.clone();
    }

    /** A copy of the value array. */
    public double[] data() {
        return data.clone();
    }

    /** The rows {@code rowIds} in that order, as a new matrix. */
    public CsrMatrix selectRows(int[] rowIds) {
        int[] ptr = new int[rowIds.length + 1];
        int nnz = 0;
        for (int i = 0; i < rowIds.length; i++) {
            nnz += indptr[rowIds[i] + 1] - indptr[rowIds[i]];
            ptr[i + 1] = nnz;
        }
        int[] idx = new int[nnz];
        double[] val = new double[nnz];
        for (int i = 0; i < rowIds.length; i++) {
            int from = indptr[rowIds[i]];
            int len = indptr[rowIds[i] + 1] - from;
            System.arraycopy(indices, from, idx, ptr[i], len);
            System.arraycopy(data, from, val, ptr[i], len);
        }
        return new CsrMatrix(rowIds.length, cols, ptr, idx, val, false);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CsrMatrix m && rows == m.rows && cols == m.cols && Arrays.equals(indptr, m.indptr)
                && Arrays.equals(indices, m.indices) && Arrays.equals(data, m.data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * rows + cols) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "CsrMatrix[" + rows + " x " + cols + ", nnz=" + data.length + "]";
    }
}
