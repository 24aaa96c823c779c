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
