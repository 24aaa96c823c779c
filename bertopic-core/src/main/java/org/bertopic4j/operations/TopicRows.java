package org.bertopic4j.operations;

import java.util.List;
import org.bertopic4j.TopicModel;
import org.bertopic4j.matrix.CsrMatrix;

/** Row helpers shared by the operations: outlier offset, non-outlier rows, L1 normalisation, argmax. */
final class TopicRows {
    private TopicRows() {
    }

    /** 1 when the model has an outlier topic (its first row), else 0 (BERTopic's {@code _outliers}). */
    static int outliers(TopicModel model) {
        return model.topicSizes().containsKey(-1) ? 1 : 0;
    }

    /** The topic ids without {@code -1}, in row order. */
    static List<Integer> realTopics(TopicModel model) {
        List<Integer> ids = model.topicIds();
        return ids.subList(outliers(model), ids.size());
    }

    /** The c-TF-IDF rows of the real topics. */
    static CsrMatrix realCtfidf(TopicModel model) {
        int from = outliers(model);
        int[] rows = new int[model.topicIds().size() - from];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = from + i;
        }
        return model.cTfIdf().selectRows(rows);
    }

    /** sklearn's {@code normalize(norm="l1")} of every row; zero rows stay zero. */
    static double[][] l1(double[][] m) {
        double[][] out = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            double s = 0;
            for (double v : m[i]) {
                s += Math.abs(v);
            }
            out[i] = m[i].clone();
            if (s > 0) {
                for (int j = 0; j < out[i].length; j++) {
                    out[i][j] /= s;
                }
            }
        }
        return out;
    }

    /** sklearn's {@code normalize(norm="l1")} of every sparse row, as a new matrix. */
    static CsrMatrix l1(CsrMatrix m) {
        double[] data = m.data();
        for (int r = 0; r < m.rows(); r++) {
            double s = 0;
            for (int k = m.rowStart(r); k < m.rowEnd(r); k++) {
                s += Math.abs(data[k]);
            }
            for (int k = m.rowStart(r); k < m.rowEnd(r) && s > 0; k++) {
                data[k] /= s;
            }
        }
        return new CsrMatrix(m.rows(), m.cols(), m.indptr(), m.indices(), data);
    }

    /**
     * Row {@code r} of the result is {@code (partner[partnerRow[r]] + local[r]) / 2}, or {@code local[r]} when
     * {@code partnerRow[r] < 0}; both matrices stay sparse.
     */
    static CsrMatrix averageRows(CsrMatrix local, CsrMatrix partner, int[] partnerRow) {
        int[] ptr = new int[local.rows() + 1];
        int[] idx = new int[local.nnz() + partner.nnz()];
        double[] val = new double[idx.length];
        int n = 0;
        for (int r = 0; r < local.rows(); r++) {
            int i = local.rowStart(r);
            int iEnd = local.rowEnd(r);
            int p = partnerRow[r];
            int j = p < 0 ? 0 : partner.rowStart(p);
            int jEnd = p < 0 ? 0 : partner.rowEnd(p);
            while (i < iEnd || j < jEnd) {
                int ci = i < iEnd ? local.indexAt(i) : Integer.MAX_VALUE;
                int cj = j < jEnd ? partner.indexAt(j) : Integer.MAX_VALUE;
                double a = ci <= cj ? local.valueAt(i++) : 0;
                double b = cj <= ci ? partner.valueAt(j++) : 0;
                idx[n] = Math.min(ci, cj);
                val[n++] = p < 0 ? a : (b + a) / 2.0;
            }
            ptr[r + 1] = n;
        }
        return new CsrMatrix(local.rows(), local.cols(), ptr, java.util.Arrays.copyOf(idx, n), java.util.Arrays.copyOf(val, n));
    }

    /** Index of the largest value, the first on ties (numpy's {@code argmax}). */
    static int argmax(double[] v) {
        int best = 0;
        for (int j = 1; j < v.length; j++) {
            if (v[j] > v[best]) {
                best = j;
            }
        }
        return best;
    }
}
