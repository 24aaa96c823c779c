package org.bertopic4j.vectorize;

import org.bertopic4j.numpy.NumpyArgsort;

/**
 * sklearn's {@code CountVectorizer._limit_features}: keeps the terms whose document frequency lies in
 * {@code [minDf, maxDf]} and then, when more than {@code maxFeatures} remain, the {@code maxFeatures}
 * terms with the largest total count, choosing among equal counts as numpy's quicksort argsort does
 * (the terms arrive in alphabetical order, as in sklearn).
 */
final class VocabularyPruner {
    private VocabularyPruner() {
    }

    /**
     * Checks that the document-frequency bounds leave a non-empty interval for {@code nDocs} documents.
     *
     * @throws IllegalArgumentException when {@code maxDf} resolves to fewer documents than {@code minDf}
     */
    static void requireConsistent(DfLimit minDf, DfLimit maxDf, int nDocs) {
        double low = minDf.documents(nDocs);
        double high = maxDf.documents(nDocs);
        if (high < low) {
            throw new IllegalArgumentException("maxDf=" + maxDf + " corresponds to fewer documents (" + high
                    + " of " + nDocs + ") than minDf=" + minDf + " (" + low + "); raise maxDf or lower minDf"
                    + " (with BERTopic, documents are topics: a count minDf above the number of topics fails)");
        }
    }

    /**
     * The mask of kept terms.
     *
     * @param df document frequency per term, terms in alphabetical order
     * @param tf total count per term, same order
     * @param maxFeatures the most terms to keep, or {@code -1} for no limit
     * @throws IllegalArgumentException when no term remains
     */
    static boolean[] keep(int[] df, long[] tf, int nDocs, DfLimit minDf, DfLimit maxDf, int maxFeatures) {
        double low = minDf.documents(nDocs);
        double high = maxDf.documents(nDocs);
        int n = df.length;
        boolean[] mask = new boolean[n];
        int kept = 0;
        for (int t = 0; t < n; t++) {
            mask[t] = df[t] <= high && df[t] >= low;
            if (mask[t]) {
                kept++;
            }
        }
        if (maxFeatures >= 0 && kept > maxFeatures) {
            int[] candidates = new int[kept];
            long[] negatedTotals = new long[kept];
            int c = 0;
            for (int t = 0; t < n; t++) {
                if (mask[t]) {
                    candidates[c] = t;
                    negatedTotals[c++] = -tf[t];
                }
            }
            int[] order = NumpyArgsort.argsort(negatedTotals);
            mask = new boolean[n];
            for (int r = 0; r < maxFeatures; r++) {
                mask[candidates[order[r]]] = true;
            }
            kept = maxFeatures;
        }
        if (kept == 0) {
            throw new IllegalArgumentException("after pruning, no terms remain: no term of the documents has a "
                    + "document frequency in [minDf=" + minDf + ", maxDf=" + maxDf + "] (" + nDocs
                    + " documents); lower minDf or raise maxDf");
        }
        return mask;
    }
}
