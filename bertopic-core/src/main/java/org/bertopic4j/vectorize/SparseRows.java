package org.bertopic4j.vectorize;

import java.util.Arrays;
import java.util.List;
import org.bertopic4j.matrix.CsrMatrix;

/**
 * A growable block of count rows: terms are added one occurrence at a time and {@link #endRow()} turns
 * them into (term id, count) entries sorted by id. Not thread-safe; each worker fills its own block and
 * the blocks are concatenated in document order.
 */
final class SparseRows {
    private int[] ptr = new int[16];
    private int rows;
    private int[] ids = new int[64];
    private int[] counts = new int[64];
    private int nnz;
    private int[] pending = new int[64];
    private int pendingLength;

    /** Records one occurrence of {@code id} in the current row. */
    void add(int id) {
        if (pendingLength == pending.length) {
            pending = Arrays.copyOf(pending, pending.length * 2);
        }
        pending[pendingLength++] = id;
    }

    /** Closes the current row: sorts its occurrences and stores each distinct id with its count. */
    void endRow() {
        Arrays.sort(pending, 0, pendingLength);
        int i = 0;
        while (i < pendingLength) {
            int id = pending[i];
            int j = i + 1;
            while (j < pendingLength && pending[j] == id) {
                j++;
            }
            append(id, j - i);
            i = j;
        }
        pendingLength = 0;
        if (rows + 1 == ptr.length) {
            ptr = Arrays.copyOf(ptr, ptr.length * 2);
        }
        ptr[++rows] = nnz;
    }

    private void append(int id, int count) {
        if (nnz == ids.length) {
            ids = Arrays.copyOf(ids, nnz * 2);
            counts = Arrays.copyOf(counts, nnz * 2);
        }
        ids[nnz] = id;
        counts[nnz++] = count;
    }

    /** Number of closed rows. */
    int rows() {
        return rows;
    }

    /** Number of stored entries. */
    int nnz() {
        return nnz;
    }

    /** Id of entry {@code k}. */
    int idAt(int k) {
        return ids[k];
    }

    /** Count of entry {@code k}. */
    int countAt(int k) {
        return counts[k];
    }

    /**
     * These rows with every id {@code i} replaced by {@code map[i]}; entries mapped to {@code -1} are dropped.
     * {@code map} must be injective on the ids it keeps, so rows stay free of duplicates.
     */
    SparseRows remap(int[] map) {
        SparseRows out = new SparseRows();
        long[] row = new long[16];
        for (int r = 0; r < rows; r++) {
            int length = 0;
            for (int k = ptr[r]; k < ptr[r + 1]; k++) {
                int id = map[ids[k]];
                if (id >= 0) {
                    if (length == row.length) {
                        row = Arrays.copyOf(row, length * 2);
                    }
                    row[length++] = (long) id << 32 | counts[k];
                }
            }
            Arrays.sort(row, 0, length);
            for (int k = 0; k < length; k++) {
                out.append((int) (row[k] >>> 32), (int) row[k]);
            }
            if (out.rows + 1 == out.ptr.length) {
                out.ptr = Arrays.copyOf(out.ptr, out.ptr.length * 2);
            }
            out.ptr[++out.rows] = out.nnz;
        }
        return out;
    }

    /** The blocks stacked in order as one CSR matrix of counts with {@code cols} columns. */
    static CsrMatrix concat(List<SparseRows> blocks, int cols) {
        int totalRows = 0;
        int totalNnz = 0;
        for (SparseRows b : blocks) {
            totalRows += b.rows;
            totalNnz += b.nnz;
        }
        int[] indptr = new int[totalRows + 1];
        int[] indices = new int[totalNnz];
        double[] data = new double[totalNnz];
        int row = 0;
        int offset = 0;
        for (SparseRows b : blocks) {
            for (int r = 1; r <= b.rows; r++) {
                indptr[row + r] = offset + b.ptr[r];
            }
            System.arraycopy(b.ids, 0, indices, offset, b.nnz);
            for (int k = 0; k < b.nnz; k++) {
                data[offset + k] = b.counts[k];
            }
            row += b.rows;
            offset += b.nnz;
        }
        return CsrMatrix.wrap(totalRows, cols, indptr, indices, data);
    }
}
