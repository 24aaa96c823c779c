package org.bertopic4j.spark;

import java.io.Serializable;
import java.util.Arrays;
import org.bertopic4j.matrix.CsrMatrix;

/**
 * The term counts of one topic in part of the corpus: a sparse vector over the fitted vocabulary (columns
 * ascending), the number of documents counted, and whether any of them had text left after cleaning. Counts
 * are whole numbers held in doubles, so sums are exact in any order. Immutable.
 */
final class TermCounts implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int[] columns;
    private final double[] values;
    private final long documents;
    private final boolean hasText;

    private TermCounts(int[] columns, double[] values, long documents, boolean hasText) {
        this.columns = columns;
        this.values = values;
        this.documents = documents;
        this.hasText = hasText;
    }

    /**
     * The sum of the given rows of {@code counts} (the documents with text) for {@code documents} documents in
     * all (those without text add no rows).
     */
    static TermCounts ofRows(CsrMatrix counts, int[] rows, long documents) {
        double[] dense = new double[counts.cols()];
        int nnz = 0;
        for (int i = 0; i < rows.length; i++) {
            for (int k = counts.rowStart(rows[i]); k < counts.rowEnd(rows[i]); k++) {
                int j = counts.indexAt(k);
                if (dense[j] == 0) {
                    nnz++;
                }
                dense[j] += counts.valueAt(k);
            }
        }
        int[] cols = new int[nnz];
        double[] vals = new double[nnz];
        int n = 0;
        for (int j = 0; j < dense.length && n < nnz; j++) {
            if (dense[j] != 0) {
                cols[n] = j;
                vals[n++] = dense[j];
            }
        }
        return new TermCounts(cols, vals, documents, rows.length > 0);
    }

    /** The element-wise sum of two count vectors (a sorted merge). */
    TermCounts plus(TermCounts other) {
        int[] cols = new int[columns.length + other.columns.length];
        double[] vals = new double[cols.length];
        int a = 0;
        int b = 0;
        int n = 0;
        while (a < columns.length || b < other.columns.length) {
            int ca = a < columns.length ? columns[a] : Integer.MAX_VALUE;
            int cb = b < other.columns.length ? other.columns[b] : Integer.MAX_VALUE;
            if (ca == cb) {
                cols[n] = ca;
                vals[n++] = values[a++] + other.values[b++];
            } else if (ca < cb) {
                cols[n] = ca;
                vals[n++] = values[a++];
            } else {
                cols[n] = cb;
                vals[n++] = other.values[b++];
            }
        }
        return new TermCounts(Arrays.copyOf(cols, n), Arrays.copyOf(vals, n), documents + other.documents,
                hasText || other.hasText);
    }

    int[] columns() {
        return columns;
    }

    double[] values() {
        return values;
    }

    long documents() {
        return documents;
    }

    boolean hasText() {
        return hasText;
    }
}
