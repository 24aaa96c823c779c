package org.bertopic4j.vectorize;

import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.bertopic4j.matrix.CsrMatrix;

/**
 * BERTopic 0.17.4's {@code ClassTfidfTransformer}: class-based TF-IDF over a (classes x terms) count matrix,
 * one row per topic. With {@code f_x} the total count of term {@code x} over all classes and
 * {@code A = int(mean row sum)} (truncated to an integer, as upstream),
 * <pre>
 *   idf_x = ln(A / f_x + 1)                               (default)
 *   idf_x = ln(1 + (A - f_x + 0.5) / (f_x + 0.5))         (bm25Weighting; negative when f_x > A)
 *   idf_x = idf_x * multiplier_x                          (optional, e.g. seed words)
 *   c-TF-IDF[c, x] = tf[c, x] * idf_x,  tf = counts / row sum   (sqrt(tf) with reduceFrequentWords)
 * </pre>
 * with no final normalisation. An immutable configuration; {@link #fit} returns a {@link FittedClassTfidf}.
 *
 * <pre>{@code
 * FittedClassTfidf ctfidf = ClassTfidfTransformer.defaults().fit(counts, null);
 * CsrMatrix weights = ctfidf.transform(counts);
 * }</pre>
 */
public final class ClassTfidfTransformer {
    /** BERTopic's idf multiplier for words of a guided-topic-modelling seed list. */
    public static final double SEED_TOPIC_MULTIPLIER = 1.2;

    private final boolean bm25Weighting;
    private final boolean reduceFrequentWords;
    private final Set<String> seedWords;
    private final double seedMultiplier;

    private ClassTfidfTransformer(Builder b) {
        this.bm25Weighting = b.bm25Weighting;
        this.reduceFrequentWords = b.reduceFrequentWords;
        this.seedWords = b.seedWords;
        this.seedMultiplier = b.seedMultiplier;
    }

    /** BERTopic's defaults: no BM25 weighting, no frequent-word reduction, no seed words, seed multiplier 2. */
    public static ClassTfidfTransformer defaults() {
        return builder().build();
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this configuration. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.bm25Weighting = bm25Weighting;
        b.reduceFrequentWords = reduceFrequentWords;
        b.seedWords = seedWords;
        b.seedMultiplier = seedMultiplier;
        return b;
    }

    /**
     * Learns the idf of every term from a class-by-term count matrix.
     *
     * @param counts one row per class (topic), one column per term; non-negative finite counts
     * @param idfMultiplier per-term factors applied to the idf (see {@link #idfMultiplier}), or null for none
     * @throws IllegalArgumentException when {@code counts} is null, empty or holds a negative or non-finite
     *         value, or when {@code idfMultiplier} does not have one finite value per column
     */
    public FittedClassTfidf fit(CsrMatrix counts, double[] idfMultiplier) {
        CtfidfMath.requireCounts("counts", counts);
        if (idfMultiplier != null) {
            if (idfMultiplier.length != counts.cols()) {
                throw new IllegalArgumentException("idfMultiplier has " + idfMultiplier.length + " values but counts has "
                        + counts.cols() + " columns; give one multiplier per vocabulary term (or null)");
            }
            for (int j = 0; j < idfMultiplier.length; j++) {
                if (!Double.isFinite(idfMultiplier[j])) {
                    throw new IllegalArgumentException("idfMultiplier[" + j + "] is " + idfMultiplier[j]
                            + "; give finite multipliers");
                }
            }
        }
        long averageLength = CtfidfMath.averageRowSum(counts);
        double[] idf = CtfidfMath.idf(counts.columnSums(), averageLength, bm25Weighting);
        if (idfMultiplier != null) {
            for (int j = 0; j < idf.length; j++) {
                idf[j] *= idfMultiplier[j];
            }
        }
        return new FittedClassTfidf(idf, averageLength, reduceFrequentWords);
    }

    /**
     * The idf multiplier BERTopic builds for this configuration's seed words and an optional guided-topic seed
     * list (see {@link #idfMultiplier(List, Collection, double, List)}).
     */
    public double[] idfMultiplier(List<String> vocabulary, List<List<String>> seedTopicList) {
        return idfMultiplier(vocabulary, seedWords, seedMultiplier, seedTopicList);
    }

    /**
     * BERTopic's idf multiplier (spec section 2.7 step 5): {@code seedMultiplier} for every vocabulary term in
     * {@code seedWords}, {@link #SEED_TOPIC_MULTIPLIER} (1.2) for every term in any list of
     * {@code seedTopicList} (overriding the former), 1 otherwise; null when both are null or empty.
     *
     * @param vocabulary the terms in column order
     * @param seedWords the c-TF-IDF seed words, or null
     * @param seedMultiplier the factor for seed words
     * @param seedTopicList guided topic modelling's seed topics, or null
     * @throws IllegalArgumentException when {@code vocabulary} is null or holds null
     */
    public static double[] idfMultiplier(List<String> vocabulary, Collection<String> seedWords, double seedMultiplier,
            List<List<String>> seedTopicList) {
        if (vocabulary == null || vocabulary.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("vocabulary is null or holds null: give the fitted vectorizer's terms");
        }
        boolean hasSeedWords = seedWords != null && !seedWords.isEmpty();
        Set<String> seedTopicWords = new HashSet<>();
        if (seedTopicList != null) {
            seedTopicList.stream().filter(Objects::nonNull).forEach(seedTopicWords::addAll);
        }
        if (!hasSeedWords && seedTopicWords.isEmpty()) {
            return null;
        }
        Set<String> seeds = hasSeedWords ? new HashSet<>(seedWords) : Set.of();
        double[] multiplier = new double[vocabulary.size()];
        for (int j = 0; j < multiplier.length; j++) {
            String word = vocabulary.get(j);
            multiplier[j] = seedTopicWords.contains(word) ? SEED_TOPIC_MULTIPLIER
                    : seeds.contains(word) ? seedMultiplier : 1.0;
        }
        return multiplier;
    }

    /** Whether the BM25-inspired idf is used. */
    public boolean bm25Weighting() {
        return bm25Weighting;
    }

    /** Whether term frequencies are square-rooted. */
    public boolean reduceFrequentWords() {
        return reduceFrequentWords;
    }

    /** Words whose idf is multiplied by {@link #seedMultiplier()}; empty for none. Unmodifiable. */
    public Set<String> seedWords() {
        return seedWords;
    }

    /** The idf factor of seed words. */
    public double seedMultiplier() {
        return seedMultiplier;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClassTfidfTransformer c && bm25Weighting == c.bm25Weighting
                && reduceFrequentWords == c.reduceFrequentWords && seedWords.equals(c.seedWords)
                && Double.compare(seedMultiplier, c.seedMultiplier) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(bm25Weighting, reduceFrequentWords, seedWords, seedMultiplier);
    }

    @Override
    public String toString() {
        return "ClassTfidfTransformer[bm25Weighting=" + bm25Weighting + ", reduceFrequentWords=" + reduceFrequentWords
                + ", seedWords=" + seedWords.size() + " words, seedMultiplier=" + seedMultiplier + "]";
    }

    /** Builder of {@link ClassTfidfTransformer}; every setter validates its argument. Not thread-safe. */
    public static final class Builder {
        private boolean bm25Weighting;
        private boolean reduceFrequentWords;
        private Set<String> seedWords = Set.of();
        private double seedMultiplier = 2;

        private Builder() {
        }

        /** Use the BM25-inspired idf {@code ln(1 + (A - f + 0.5) / (f + 0.5))}; default false. */
        public Builder bm25Weighting(boolean on) {
            this.bm25Weighting = on;
            return this;
        }

        /** Square-root the normalised term frequencies; default false. */
        public Builder reduceFrequentWords(boolean on) {
            this.reduceFrequentWords = on;
            return this;
        }

        /**
         * Words whose idf is multiplied by the seed multiplier; null or empty for none (the default).
         *
         * @throws IllegalArgumentException when a word is null
         */
        public Builder seedWords(Collection<String> words) {
            if (words == null) {
                this.seedWords = Set.of();
                return this;
            }
            if (words.stream().anyMatch(Objects::isNull)) {
                throw new IllegalArgumentException("seedWords holds null: give non-null words");
            }
            this.seedWords = Collections.unmodifiableSet(new LinkedHashSet<>(words));
            return this;
        }

        /**
         * The idf factor of seed words; default 2.
         *
         * @throws IllegalArgumentException when not finite and positive
         */
        public Builder seedMultiplier(double factor) {
            if (!(factor > 0) || !Double.isFinite(factor)) {
                throw new IllegalArgumentException("seedMultiplier must be a finite number > 0, got " + factor
                        + "; BERTopic's default is 2");
            }
            this.seedMultiplier = factor;
            return this;
        }

        /** The configuration. */
        public ClassTfidfTransformer build() {
            return new ClassTfidfTransformer(this);
        }
    }
}
