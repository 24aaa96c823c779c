package org.bertopic4j.persist;

import java.util.Arrays;
import org.bertopic4j.matrix.CsrMatrix;

/**
 * A saved CSR matrix in canonical form. scipy does not keep column indices sorted after arithmetic (the
 * c-TF-IDF BERTopic saves is such a product), so each row is sorted by column here and repeated columns
 * summed (scipy's {@code sum_duplicates}), after checking that the arrays describe a matrix at all.
 */
final class SparseCanonical {
    private SparseCanonical() {
    }

    static CsrMatrix csr(String file, int rows, int cols, int[] indptr, int[] indices, double[] data) {
        if (indptr.length != rows + 1 || indptr[0] != 0 || indptr[rows] != indices.length || indices.length != data.length) {
            throw new IllegalArgumentException(file + ": not a CSR matrix of " + rows + " rows: indptr has " + indptr.length
                    + " entries (from " + (indptr.length > 0 ? indptr[0] : "-") + " to "
                    + (indptr.length > 0 ? indptr[indptr.length - 1] : "-") + "), indices " + indices.length + ", data "
                    + data.length);
        }
        int[] outPtr = new int[rows + 1];
        int[] outIdx = new int[indices.length];
        double[] outData = new double[data.length];
        int nnz = 0;
        for (int r = 0; r < rows; r++) {
            int start = indptr[r];
            int end = indptr[r + 1];
            if (end < start) {
                throw new IllegalArgumentException(file + ": indptr decreases at row " + r);
            }
            long[] keyed = new long[end - start];
            for (int k = start; k < end; k++) {
                if (indices[k] < 0 || indices[k] >= cols) {
                    throw new IllegalArgumentException(file + ": column index " + indices[k] + " in row " + r
                            + " is outside [0, " + cols + ")");
                }
                keyed[k - start] = ((long) indices[k] << 32) | (k - start);
            }
            Arrays.sort(keyed);
            int rowStart = nnz;
            for (long key : keyed) {
                int col = (int) (key >>> 32);
                double v = data[start + (int) (key & 0xffffffffL)];
                if (nnz > rowStart && outIdx[nnz - 1] == col) {
                    outData[nnz - 1] += v;
                } else {
                    outIdx[nnz] = col;
                    outData[nnz] = v;
                    nnz++;
                }
            }
            outPtr[r + 1] = nnz;
        }
        return new CsrMatrix(rows, cols, outPtr, Arrays.copyOf(outIdx, nnz), Arrays.copyOf(outData, nnz));
    }
}
