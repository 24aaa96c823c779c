package org.bertopic4j.vectorize;

import org.bertopic4j.matrix.CsrMatrix;

/** The arithmetic of c-TF-IDF, step by step as BERTopic's {@code ClassTfidfTransformer} computes it. */
final class CtfidfMath {
    private CtfidfMath() {
    }

    /**
     * Checks a class-by-term count matrix.
     *
     * @throws IllegalArgumentException when null, without rows or columns, or holding a negative or
     *         non-finite value
     */
    static void requireCounts(String name, CsrMatrix counts) {
        if (counts == null) {
            throw new IllegalArgumentException(name + " is null: give the class-by-term count matrix");
        }
        if (counts.rows() == 0) {
            throw new IllegalArgumentException(name + " has no rows: give at least one class (topic)");
        }
        if (counts.cols() == 0) {
            throw new IllegalArgumentException(name + " has no columns: give at least one term");
        }
        for (int r = 0; r < counts.rows(); r++) {
            for (int k = counts.rowStart(r); k < counts.rowEnd(r); k++) {
                double v = counts.valueAt(k);
                if (!(v >= 0) || !Double.isFinite(v)) {
                    throw new IllegalArgumentException(name + " holds " + v + " at row " + r + ", column "
                            + counts.indexAt(k) + "; counts must be finite and >= 0");
                }
            }
        }
    }

    /** {@code A = int(X.sum(axis=1).mean())}: the mean class length, truncated to an integer. */
    static long averageRowSum(CsrMatrix counts) {
        double total = 0;
        for (int r = 0; r < counts.rows(); r++) {
            total += counts.rowSum(r);
        }
        return (long) (total / counts.rows());
    }

    /** The idf of every term from its total count {@code f} and the average class length {@code a}. */
    static double[] idf(double[] f, long a, boolean bm25) {
        double[] idf = new double[f.length];
        for (int j = 0; j < f.length; j++) {
            idf[j] = bm25 ? Math.log(1 + (a - f[j] + 0.5) / (f[j] + 0.5)) : Math.log(a / f[j] + 1);
        }
        return idf;
    }

    /**
     * {@code normalize(X, norm="l1")}, optionally square-rooted, times {@code diag(idf)}: the c-TF-IDF of every
     * stored entry; the sparsity structure of {@code counts} is kept.
     */
    static CsrMatrix weigh(CsrMatrix counts, double[] idf, boolean sqrt) {
        double[] data = counts.data();
        for (int r = 0; r < counts.rows(); r++) {
            int start = counts.rowStart(r);
            int end = counts.rowEnd(r);
            double sum = 0;
            for (int k = start; k < end; k++) {
                sum += Math.abs(data[k]);
            }
            for (int k = start; k < end; k++) {
                double tf = sum == 0 ? data[k] : data[k] / sum;
                data[k] = (sqrt ? Math.sqrt(tf) : tf) * idf[counts.indexAt(k)];
            }
        }
        return CsrMatrix.wrap(counts.rows(), counts.cols(), counts.indptr(), counts.indices(), data);
    }
}
