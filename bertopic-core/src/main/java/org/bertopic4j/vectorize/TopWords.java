package org.bertopic4j.vectorize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.bertopic4j.WordScore;
import org.bertopic4j.matrix.CsrMatrix;

/**
 * BERTopic's {@code _extract_words_per_topic} candidate lists (spec section 2.8): for every row of a
 * c-TF-IDF matrix, the {@code max(topN, 30)} highest-scoring terms in descending score order, where
 * entries with a score {@code <= 0} or missing (rows with fewer stored terms) become
 * {@link WordScore#PLACEHOLDER} {@code ("", 1e-05)}, so that every list has exactly {@code max(topN, 30)}
 * entries. Callers keep the first {@code topN} when no representation model refines them.
 *
 * <p>Ties: upstream orders equal scores by numpy's unstable {@code argpartition}/{@code argsort}, an
 * unspecified order. Here equal scores are ordered by ascending column index (alphabetical for a
 * {@link CountVectorizer} vocabulary), so the result is deterministic.
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

    private static List<WordScore> row(CsrMatrix m, int r, List<String> vocabulary, int k) {
        int start = m.rowStart(r);
        Integer[] positive = new Integer[m.rowEnd(r) - start];
        int n = 0;
        for (int e = start; e < m.rowEnd(r); e++) {
            if (m.valueAt(e) > 0) {
                positive[n++] = e;
            }
        }
        Arrays.sort(positive, 0, n, (a, b) -> {
            int byScore = Double.compare(m.valueAt(b), m.valueAt(a));
            return byScore != 0 ? byScore : Integer.compare(m.indexAt(a), m.indexAt(b));
        });
        List<WordScore> words = new ArrayList<>(k);
        for (int i = 0; i < Math.min(n, k); i++) {
            words.add(new WordScore(vocabulary.get(m.indexAt(positive[i])), m.valueAt(positive[i])));
        }
        while (words.size() < k) {
            words.add(WordScore.PLACEHOLDER);
        }
        return Collections.unmodifiableList(words);
    }
}
