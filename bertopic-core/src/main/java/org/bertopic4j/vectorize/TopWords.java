package org.bertopic4j.vectorize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.bertopic4j.WordScore;
import org.bertopic4j.matrix.CsrMatrix;
import org.bertopic4j.numpy.NumpyArgpartition;
import org.bertopic4j.numpy.NumpyArgsort;

/**
 * BERTopic's {@code _extract_words_per_topic} candidate lists (spec section 2.8): for every row of a
 * c-TF-IDF matrix, the {@code max(topN, 30)} highest-scoring terms in descending score order, where
 * entries with a score {@code <= 0} or missing (rows with fewer stored terms) become
 * {@link WordScore#PLACEHOLDER} {@code ("", 1e-05)}, so that every list has exactly {@code max(topN, 30)}
 * entries. Callers keep the first {@code topN} when no representation model refines them.
 *
 * <p>Ties: upstream orders equal scores as numpy's unstable {@code argpartition} and {@code argsort} happen
 * to leave them. Both are ported step by step from numpy 1.24 ({@link NumpyArgpartition},
 * {@link NumpyArgsort}), so words with equal scores come out in BERTopic's order, deterministically.
 */
public final class TopWords {
    /** BERTopic always extracts at least this many candidates per topic. */
    public static final int MIN_CANDIDATES = 30;

    private TopWords() {
    }

    /**
     * The candidate words of every row.
     *
     * @param cTfIdf one row per topic (topics in ascending id order), one column per term
     * @param vocabulary the terms in column order
     * @param topN the number of words per topic the model reports (BERTopic's {@code top_n_words})
     * @return one unmodifiable list of exactly {@code max(topN, 30)} entries per row
     * @throws IllegalArgumentException when an argument is null, {@code topN < 1}, or the vocabulary size is
     *         not the number of columns
     */
    public static List<List<WordScore>> extract(CsrMatrix cTfIdf, List<String> vocabulary, int topN) {
        if (cTfIdf == null) {
            throw new IllegalArgumentException("cTfIdf is null: give the c-TF-IDF matrix (topics x terms)");
        }
        if (vocabulary == null || vocabulary.size() != cTfIdf.cols()) {
            throw new IllegalArgumentException("vocabulary has " + (vocabulary == null ? "no list (null)"
                    : vocabulary.size() + " terms") + " but cTfIdf has " + cTfIdf.cols()
                    + " columns; give the vectorizer's vocabulary in column order");
        }
        if (topN < 1) {
            throw new IllegalArgumentException("topN must be >= 1, got " + topN + "; BERTopic's default is 10");
        }
        int k = Math.max(topN, MIN_CANDIDATES);
        List<List<WordScore>> out = new ArrayList<>(cTfIdf.rows());
        for (int r = 0; r < cTfIdf.rows(); r++) {
            out.add(row(cTfIdf, r, vocabulary, k));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * One row as {@code _top_n_idx_sparse}, {@code _top_n_values_sparse} and the argsort that follows compute it.
     * The c-TF-IDF row BERTopic partitions holds the non-zero entries in descending column order (scipy's
     * sparse product builds each row that way), so ties are broken as upstream breaks them.
     */
    private static List<WordScore> row(CsrMatrix m, int r, List<String> vocabulary, int k) {
        int start = m.rowStart(r);
        int nonZero = 0;
        for (int e = start; e < m.rowEnd(r); e++) {
            if (m.valueAt(e) != 0) {
                nonZero++;
            }
        }
        double[] data = new double[nonZero];
        int[] columns = new int[nonZero];
        for (int e = m.rowEnd(r) - 1, i = 0; e >= start; e--) {
            if (m.valueAt(e) != 0) {
                data[i] = m.valueAt(e);
                columns[i++] = m.indexAt(e);
            }
        }
        int pick = Math.min(k, nonZero);
        int[] candidates = new int[k];
        double[] scores = new double[k];
        Arrays.fill(candidates, -1);
        if (pick > 0) {
            int[] partitioned = NumpyArgpartition.argpartition(data, nonZero - pick);
            for (int j = 0; j < pick; j++) {
                candidates[j] = columns[partitioned[nonZero - pick + j]];
                scores[j] = data[partitioned[nonZero - pick + j]];
            }
        }
        int[] ascending = NumpyArgsort.argsort(scores);
        List<WordScore> words = new ArrayList<>(k);
        for (int t = k - 1; t >= 0; t--) {
            int c = candidates[ascending[t]];
            double score = scores[ascending[t]];
            words.add(c >= 0 && score > 0 ? new WordScore(vocabulary.get(c), score) : WordScore.PLACEHOLDER);
        }
        return Collections.unmodifiableList(words);
    }
}
