package org.bertopic4j.operations;

import org.bertopic4j.matrix.CsrMatrix;

/**
 * Cosine similarity of many short sparse rows (token sets of a few terms) with a few topic rows, through
 * an inverted index of the topic rows: each query row costs its own non-zeros times the topics sharing
 * a term, instead of a pass over the whole vocabulary. Zero rows give 0, as sklearn's.
 */
final class SparseCosine {
    private final int topics;
    private final int[] start;
    private final int[] topicOf;
    private final double[] value;
    private final double[] norm;

    /** Indexes the rows of {@code topicRows} by term. */
    SparseCosine(CsrMatrix topicRows) {
        this.topics = topicRows.rows();
        int cols = topicRows.cols();
        start = new int[cols + 1];
        for (int k = 0; k < topicRows.nnz(); k++) {
            start[topicRows.indexAt(k) + 1]++;
        }
        for (int c = 0; c < cols; c++) {
            start[c + 1] += start[c];
        }
        topicOf = new int[topicRows.nnz()];
        value = new double[topicRows.nnz()];
        norm = new double[topics];
        int[] next = start.clone();
        for (int t = 0; t < topics; t++) {
            double s = 0;
            for (int k = topicRows.rowStart(t); k < topicRows.rowEnd(t); k++) {
                int at = next[topicRows.indexAt(k)]++;
                topicOf[at] = t;
                value[at] = topicRows.valueAt(k);
                s += value[at] * value[at];
            }
            norm[t] = Math.sqrt(s);
        }
    }

    /** One row per row of {@code queries}, one column per topic row. */
    double[][] similarities(CsrMatrix queries) {
        if (queries.cols() != start.length - 1) {
            throw new IllegalArgumentException("queries have " + queries.cols() + " columns, the topics " + (start.length - 1));
        }
        double[][] out = new double[queries.rows()][topics];
        for (int r = 0; r < queries.rows(); r++) {
            double s = 0;
            double[] dots = out[r];
            for (int k = queries.rowStart(r); k < queries.rowEnd(r); k++) {
                double v = queries.valueAt(k);
                s += v * v;
                int c = queries.indexAt(k);
                for (int i = start[c]; i < start[c + 1]; i++) {
                    dots[topicOf[i]] += v * value[i];
                }
            }
            double n = Math.sqrt(s);
            for (int t = 0; t < topics; t++) {
                dots[t] = n == 0 || norm[t] == 0 ? 0 : dots[t] / (n * norm[t]);
            }
        }
        return out;
    }
}
