package org.bertopic4j.vectorize;

import org.bertopic4j.matrix.CsrMatrix;

/**
 * A fitted {@link ClassTfidfTransformer}: the idf of every term (the diagonal of BERTopic's
 * {@code _idf_diag}, multiplier included) and the weighting of class-by-term counts. Immutable and
 * thread-safe.
 */
public final class FittedClassTfidf {
    private final double[] idf;
    private final long averageClassLength;
    private final boolean reduceFrequentWords;

    FittedClassTfidf(double[] idf, long averageClassLength, boolean reduceFrequentWords) {
        this.idf = idf;
        this.averageClassLength = averageClassLength;
        this.reduceFrequentWords = reduceFrequentWords;
    }

    /**
     * A fitted transformer from a saved idf vector (BERTopic's {@code save_ctfidf} stores the idf diagonal).
     *
     * @throws IllegalArgumentException when {@code idf} is null, empty or holds NaN
     */
    public static FittedClassTfidf of(double[] idf, boolean reduceFrequentWords) {
        if (idf == null || idf.length == 0) {
            throw new IllegalArgumentException("idf is null or empty: give one idf value per vocabulary term");
        }
        for (int j = 0; j < idf.length; j++) {
            if (Double.isNaN(idf[j])) {
                throw new IllegalArgumentException("idf[" + j + "] is NaN; give the saved idf values");
            }
        }
        return new FittedClassTfidf(idf.clone(), -1, reduceFrequentWords);
    }

    /**
     * The idf per term, in column order (a copy). A term never counted has an infinite idf, as upstream
     * (it only occurs with a fixed vocabulary, and its c-TF-IDF stays 0).
     */
    public double[] idf() {
        return idf.clone();
    }

    /** {@code A}, the truncated mean class length the idf was computed with; -1 when built from a saved idf. */
    public long averageClassLength() {
        return averageClassLength;
    }

    /** Whether term frequencies are square-rooted. */
    public boolean reduceFrequentWords() {
        return reduceFrequentWords;
    }

    /**
     * The c-TF-IDF of {@code counts}: each row L1-normalised (square-rooted with reduceFrequentWords), times the
     * idf of its column, no final normalisation. Same shape and sparsity as {@code counts}.
     *
     * @throws IllegalArgumentException when {@code counts} is invalid (see {@link ClassTfidfTransformer#fit}) or
     *         has another number of columns than the idf
     */
    public CsrMatrix transform(CsrMatrix counts) {
        CtfidfMath.requireCounts("counts", counts);
        if (counts.cols() != idf.length) {
            throw new IllegalArgumentException("counts has the wrong width: expected " + idf.length
                    + " columns (the vocabulary fitted on), got " + counts.cols());
        }
        return CtfidfMath.weigh(counts, idf, reduceFrequentWords);
    }

    @Override
    public String toString() {
        return "FittedClassTfidf[" + idf.length + " terms, A=" + averageClassLength + ", reduceFrequentWords="
                + reduceFrequentWords + "]";
    }
}
