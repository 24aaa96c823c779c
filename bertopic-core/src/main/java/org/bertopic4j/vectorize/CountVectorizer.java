package org.bertopic4j.vectorize;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;
import org.bertopic4j.Vectorizer;
import org.bertopic4j.matrix.CsrMatrix;

/**
 * scikit-learn 1.2.1's {@code CountVectorizer} for {@code analyzer="word"}: documents are lower-cased
 * ({@code str.lower()}), split with the token pattern {@code (?u)\b\w\w+\b} under Python's Unicode rules,
 * stripped of stop words, turned into word n-grams, and counted. The vocabulary is sorted by code point
 * (Python's {@code str} order), so column {@code j} is the {@code j}-th term alphabetically; document
 * frequency limits ({@code minDf}, {@code maxDf}) and {@code maxFeatures} prune it as sklearn does.
 * An immutable, thread-safe configuration; {@link #fit} returns a {@link FittedCountVectorizer}.
 *
 * <pre>{@code
 * CountVectorizer vectorizer = CountVectorizer.builder().ngramRange(1, 2).stopWords(StopWords.ENGLISH).minDf(2).build();
 * CountVectorizer.FitResult fitted = vectorizer.fitTransform(documents);
 * List<String> terms = fitted.vectorizer().vocabulary();
 * CsrMatrix counts = fitted.counts();
 * }</pre>
 *
 * <p>Not ported: {@code strip_accents}, {@code analyzer="char"/"char_wb"}, custom {@code token_pattern},
 * {@code preprocessor} and {@code tokenizer} callables, {@code binary} and {@code dtype}.
 */
public final class CountVectorizer implements Vectorizer {
    private final int ngramMin;
    private final int ngramMax;
    private final boolean lowercase;
    private final Set<String> stopWords;
    private final DfLimit minDf;
    private final DfLimit maxDf;
    private final int maxFeatures;
    private final List<String> vocabulary;

    private CountVectorizer(Builder b) {
        this.ngramMin = b.ngramMin;
        this.ngramMax = b.ngramMax;
        this.lowercase = b.lowercase;
        this.stopWords = b.stopWords;
        this.minDf = b.minDf;
        this.maxDf = b.maxDf;
        this.maxFeatures = b.maxFeatures;
        this.vocabulary = b.vocabulary;
    }

    /** sklearn's defaults, which BERTopic uses: unigrams, lower-casing, no stop words, minDf 1, maxDf 1.0. */
    public static CountVectorizer defaults() {
        return builder().build();
    }

    /** A builder holding sklearn's defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this configuration. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.ngramMin = ngramMin;
        b.ngramMax = ngramMax;
        b.lowercase = lowercase;
        b.stopWords = stopWords;
        b.minDf = minDf;
        b.maxDf = maxDf;
        b.maxFeatures = maxFeatures;
        b.vocabulary = vocabulary;
        return b;
    }

    /**
     * Learns the vocabulary of {@code documents} (sklearn's {@code fit}).
     *
     * @throws IllegalArgumentException when {@code documents} is null, empty or holds null, when no document
     *         has a token ("empty vocabulary"), or when the document-frequency limits leave no term
     */
    @Override
    public FittedCountVectorizer fit(List<String> documents) {
        if (vocabulary != null) {
            requireDocuments(documents);
            return new FittedCountVectorizer(analyzer(), vocabulary);
        }
        return fitTransform(documents).vectorizer();
    }

    /**
     * Learns the vocabulary and counts the same documents in one pass (sklearn's {@code fit_transform});
     * cheaper than {@code fit(documents).transform(documents)}.
     *
     * @throws IllegalArgumentException as {@link #fit}
     */
    @Override
    public FitResult fitTransform(List<String> documents) {
        requireDocuments(documents);
        TermAnalyzer analyzer = analyzer();
        if (vocabulary != null) {
            FittedCountVectorizer fitted = new FittedCountVectorizer(analyzer, vocabulary);
            return new FitResult(fitted, fitted.transform(documents));
        }
        VocabularyPruner.requireConsistent(minDf, maxDf, documents.size());
        return CountFitter.fit(analyzer, documents, minDf, maxDf, maxFeatures);
    }

    TermAnalyzer analyzer() {
        return new TermAnalyzer(lowercase, stopWords, ngramMin, ngramMax);
    }

    /** Checks a document list: not null, not empty, no null element. */
    static void requireDocuments(List<String> documents) {
        if (documents == null) {
            throw new IllegalArgumentException("documents is null: give a list of strings");
        }
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("documents is empty: give at least one document");
        }
        for (int i = 0; i < documents.size(); i++) {
            if (documents.get(i) == null) {
                throw new IllegalArgumentException("documents[" + i + "] is null: give a string (\"\" for an empty"
                        + " document)");
            }
        }
    }

    /** The smallest n of the word n-grams (sklearn's {@code ngram_range[0]}). */
    public int ngramMin() {
        return ngramMin;
    }

    /** The largest n of the word n-grams (sklearn's {@code ngram_range[1]}). */
    public int ngramMax() {
        return ngramMax;
    }

    /** Whether documents are lower-cased before tokenizing. */
    public boolean lowercase() {
        return lowercase;
    }

    /** The stop words removed before n-grams are formed; empty for none. Unmodifiable. */
    public Set<String> stopWords() {
        return stopWords;
    }

    /** The lower document-frequency bound. */
    public DfLimit minDf() {
        return minDf;
    }

    /** The upper document-frequency bound. */
    public DfLimit maxDf() {
        return maxDf;
    }

    /** The most terms kept (by total count), or empty for no limit. */
    public OptionalInt maxFeatures() {
        return maxFeatures < 0 ? OptionalInt.empty() : OptionalInt.of(maxFeatures);
    }

    /** The fixed vocabulary in column order, or empty when it is learnt. */
    public Optional<List<String>> vocabulary() {
        return Optional.ofNullable(vocabulary);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CountVectorizer c && ngramMin == c.ngramMin && ngramMax == c.ngramMax
                && lowercase == c.lowercase && stopWords.equals(c.stopWords) && minDf.equals(c.minDf)
                && maxDf.equals(c.maxDf) && maxFeatures == c.maxFeatures && Objects.equals(vocabulary, c.vocabulary);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ngramMin, ngramMax, lowercase, stopWords, minDf, maxDf, maxFeatures, vocabulary);
    }

    @Override
    public String toString() {
        return "CountVectorizer[ngramRange=(" + ngramMin + ", " + ngramMax + "), lowercase=" + lowercase
                + ", stopWords=" + (stopWords.isEmpty() ? "none" : stopWords.size() + " words") + ", minDf=" + minDf
                + ", maxDf=" + maxDf + ", maxFeatures=" + (maxFeatures < 0 ? "none" : maxFeatures)
                + ", vocabulary=" + (vocabulary == null ? "learnt" : vocabulary.size() + " fixed terms") + "]";
    }

    /**
     * The result of {@link #fitTransform}: the fitted vectorizer and the counts of the training documents.
     *
     * @param vectorizer the fitted vectorizer
     * @param counts one row per training document, one column per vocabulary term
     */
    public record FitResult(FittedCountVectorizer vectorizer, CsrMatrix counts) implements Vectorizer.TrainingCounts {
    }

    /** Builder of {@link CountVectorizer}; every setter validates its argument. Not thread-safe. */
    public static final class Builder {
        private int ngramMin = 1;
        private int ngramMax = 1;
        private boolean lowercase = true;
        private Set<String> stopWords = Set.of();
        private DfLimit minDf = DfLimit.count(1);
        private DfLimit maxDf = DfLimit.fraction(1.0);
        private int maxFeatures = -1;
        private List<String> vocabulary;

        private Builder() {
        }

        /**
         * The n-gram sizes, inclusive (sklearn's {@code ngram_range=(min, max)}); default (1, 1).
         *
         * @throws IllegalArgumentException when {@code min < 1} or {@code min > max}
         */
        public Builder ngramRange(int min, int max) {
            if (min < 1) {
                throw new IllegalArgumentException("ngramRange lower bound must be >= 1, got (" + min + ", " + max
                        + "); use (1, 1) for single words");
            }
            if (min > max) {
                throw new IllegalArgumentException("ngramRange=(" + min + ", " + max + ") has its lower boundary "
                        + "larger than the upper boundary; give (min, max) with min <= max, e.g. (" + max + ", "
                        + min + ")");
            }
            this.ngramMin = min;
            this.ngramMax = max;
            return this;
        }

        /** Whether to lower-case documents first ({@code str.lower()}); default true. */
        public Builder lowercase(boolean lowercase) {
            this.lowercase = lowercase;
            return this;
        }

        /**
         * Tokens to drop before n-grams are formed, compared after lower-casing (the words themselves are not
         * lower-cased, as in sklearn); {@link StopWords#ENGLISH} for {@code stop_words="english"}; null or
         * empty for none (the default).
         *
         * @throws IllegalArgumentException when a stop word is null
         */
        public Builder stopWords(Collection<String> words) {
            if (words == null) {
                this.stopWords = Set.of();
                return this;
            }
            Set<String> copy = new LinkedHashSet<>();
            for (String w : words) {
                if (w == null) {
                    throw new IllegalArgumentException("stopWords holds null: give non-null strings");
                }
                copy.add(w);
            }
            this.stopWords = Collections.unmodifiableSet(copy);
            return this;
        }

        /**
         * Keep only terms found in at least {@code documents} documents (sklearn: an int {@code min_df}); default 1.
         *
         * @throws IllegalArgumentException when negative
         */
        public Builder minDf(int documents) {
            this.minDf = named("minDf", () -> DfLimit.count(documents));
            return this;
        }

        /**
         * Keep only terms found in at least this proportion of the documents (sklearn: a float {@code min_df}).
         *
         * @throws IllegalArgumentException when outside [0, 1]
         */
        public Builder minDf(double proportion) {
            this.minDf = named("minDf", () -> DfLimit.fraction(proportion));
            return this;
        }

        /**
         * Drop terms found in more than {@code documents} documents (sklearn: an int {@code max_df}).
         *
         * @throws IllegalArgumentException when negative
         */
        public Builder maxDf(int documents) {
            this.maxDf = named("maxDf", () -> DfLimit.count(documents));
            return this;
        }

        /**
         * Drop terms found in more than this proportion of the documents (sklearn: a float {@code max_df});
         * default 1.0.
         *
         * @throws IllegalArgumentException when outside [0, 1]
         */
        public Builder maxDf(double proportion) {
            this.maxDf = named("maxDf", () -> DfLimit.fraction(proportion));
            return this;
        }

        /**
         * Keep at most {@code n} terms, those with the largest total count over the corpus, applied after the
         * document-frequency limits (sklearn's {@code max_features}); default no limit.
         *
         * @throws IllegalArgumentException when {@code n < 1}
         */
        public Builder maxFeatures(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("maxFeatures must be >= 1, got " + n
                        + "; leave it unset for no limit");
            }
            this.maxFeatures = n;
            return this;
        }

        /**
         * A fixed vocabulary, in column order (sklearn's {@code vocabulary=} list); fitting then learns nothing
         * and {@code minDf}, {@code maxDf} and {@code maxFeatures} are ignored, as in sklearn. Null for a
         * learnt vocabulary (the default).
         *
         * @throws IllegalArgumentException when empty, holding null, or holding a term twice
         */
        public Builder vocabulary(List<String> terms) {
            if (terms == null) {
                this.vocabulary = null;
                return this;
            }
            if (terms.isEmpty()) {
                throw new IllegalArgumentException("vocabulary is empty: give at least one term, or null to learn it");
            }
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < terms.size(); i++) {
                String t = terms.get(i);
                if (t == null) {
                    throw new IllegalArgumentException("vocabulary[" + i + "] is null: give non-null terms");
                }
                Integer previous = seen.putIfAbsent(t, i);
                if (previous != null) {
                    throw new IllegalArgumentException("vocabulary has the duplicate term '" + t + "' at positions "
                            + previous + " and " + i + "; give each term once");
                }
            }
            this.vocabulary = Collections.unmodifiableList(new ArrayList<>(terms));
            return this;
        }

        /**
         * The configuration.
         *
         * @throws IllegalArgumentException when {@code maxDf} is below {@code minDf} (both counts or both
         *         proportions; mixed kinds are checked at fit time, when the number of documents is known)
         */
        public CountVectorizer build() {
            if (minDf.fraction() == maxDf.fraction() && maxDf.value() < minDf.value()) {
                throw new IllegalArgumentException("maxDf=" + maxDf + " is below minDf=" + minDf
                        + ": no term could be kept; raise maxDf or lower minDf");
            }
            return new CountVectorizer(this);
        }

        private static DfLimit named(String name, Supplier<DfLimit> make) {
            try {
                return make.get();
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
            }
        }
    }
}
