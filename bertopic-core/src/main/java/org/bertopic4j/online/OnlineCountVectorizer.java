package org.bertopic4j.online;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.bertopic4j.Vectorizer;
import org.bertopic4j.matrix.CsrMatrix;
import org.bertopic4j.vectorize.CountVectorizer;
import org.bertopic4j.vectorize.FittedCountVectorizer;

/**
 * A count vectorizer whose vocabulary grows batch by batch (BERTopic's {@code OnlineCountVectorizer}):
 * {@link #partialFit(Bow, List)} appends the terms a batch brings (sorted by code point; upstream appends
 * them in Python {@code set} order) and updates the bag of words: the previous counts gain empty columns and
 * rows for new terms and topics, are multiplied by {@code 1 - decay}, and the batch's counts are added.
 * With {@code deleteMinDf}, terms whose total count falls below it are dropped. The first batch is a plain
 * fit of the base {@link CountVectorizer}, whose analysis (n-grams, stop words, lower-casing) every batch
 * uses. Used as a regular {@link Vectorizer} it is the base vectorizer.
 *
 * <pre>{@code
 * OnlineCountVectorizer vectorizer = OnlineCountVectorizer.builder().decay(0.01).deleteMinDf(0.5).build();
 * }</pre>
 */
public final class OnlineCountVectorizer implements Vectorizer {
    private final CountVectorizer base;
    private final double decay;
    private final Double deleteMinDf;

    private OnlineCountVectorizer(Builder b) {
        this.base = b.base;
        this.decay = b.decay;
        this.deleteMinDf = b.deleteMinDf;
    }

    /** A builder: default CountVectorizer, no decay, nothing deleted. */
    public static Builder builder() {
        return new Builder();
    }

    /** Fits the base vectorizer (a regular, non-online fit). */
    @Override
    public FittedCountVectorizer fit(List<String> documents) {
        return base.fit(documents);
    }

    @Override
    public TrainingCounts fitTransform(List<String> documents) {
        return base.fitTransform(documents);
    }

    /**
     * Learns from one batch of per-topic documents (BERTopic's {@code partial_fit(docs).update_bow(docs)}).
     *
     * @param previous the bag of words so far, or null for the first batch
     * @param documents one joined document per topic, rows in ascending topic order, at least as many rows as before
     * @throws IllegalArgumentException when the batch has fewer rows than the previous bag of words, or when
     *     {@code deleteMinDf} removes every term
     */
    public Bow partialFit(Bow previous, List<String> documents) {
        if (previous == null) {
            FittedCountVectorizer fitted = base.fit(documents);
            return clean(fitted.vocabulary(), rows(fitted.transform(documents)));
        }
        if (documents == null || documents.size() < previous.counts.rows()) {
            throw new IllegalArgumentException("documents has " + (documents == null ? "no list (null)"
                    : documents.size() + " rows") + " but the bag of words has " + previous.counts.rows()
                    + " topics: give one document per known topic (blank for topics without documents)");
        }
        List<String> vocabulary = new ArrayList<>(previous.vocabulary());
        Set<String> known = new HashSet<>(vocabulary);
        TreeSet<String> oov = new TreeSet<>(String::compareTo);
        for (String document : documents) {
            for (String term : previous.vectorizer.analyze(document)) {
                if (!known.contains(term)) {
                    oov.add(term);
                }
            }
        }
        vocabulary.addAll(oov);
        List<Map<Integer, Double>> counts = rows(withVocabulary(vocabulary).transform(documents));
        for (int r = 0; r < previous.counts.rows(); r++) {
            Map<Integer, Double> row = counts.get(r);
            for (int k = previous.counts.rowStart(r); k < previous.counts.rowEnd(r); k++) {
                row.merge(previous.counts.indexAt(k), previous.counts.valueAt(k) * (1 - decay), Double::sum);
            }
        }
        return clean(vocabulary, counts);
    }

    private FittedCountVectorizer withVocabulary(List<String> vocabulary) {
        return base.toBuilder().vocabulary(vocabulary).build().fit(List.of(" "));
    }

    private static List<Map<Integer, Double>> rows(CsrMatrix m) {
        List<Map<Integer, Double>> out = new ArrayList<>();
        for (int r = 0; r < m.rows(); r++) {
            Map<Integer, Double> row = new TreeMap<>();
            for (int k = m.rowStart(r); k < m.rowEnd(r); k++) {
                row.put(m.indexAt(k), m.valueAt(k));
            }
            out.add(row);
        }
        return out;
    }

    /** Drops terms below {@code deleteMinDf} (BERTopic's {@code _clean_bow}) and builds the bag of words. */
    private Bow clean(List<String> vocabulary, List<Map<Integer, Double>> counts) {
        double[] totals = new double[vocabulary.size()];
        counts.forEach(row -> row.forEach((c, v) -> totals[c] += v));
        int[] newColumn = new int[vocabulary.size()];
        List<String> kept = new ArrayList<>();
        for (int c = 0; c < totals.length; c++) {
            boolean keep = deleteMinDf == null || totals[c] >= deleteMinDf;
            newColumn[c] = keep ? kept.size() : -1;
            if (keep) {
                kept.add(vocabulary.get(c));
            }
        }
        if (kept.isEmpty()) {
            throw new IllegalArgumentException("deleteMinDf " + deleteMinDf + " removed every term: give a smaller "
                    + "deleteMinDf or a smaller decay");
        }
        int[] indptr = new int[counts.size() + 1];
        List<Integer> indices = new ArrayList<>();
        List<Double> data = new ArrayList<>();
        for (int r = 0; r < counts.size(); r++) {
            for (Map.Entry<Integer, Double> e : new TreeMap<>(counts.get(r)).entrySet()) {
                int c = newColumn[e.getKey()];
                if (c >= 0 && e.getValue() != 0) {
                    indices.add(c);
                    data.add(e.getValue());
                }
            }
            indptr[r + 1] = indices.size();
        }
        CsrMatrix matrix = new CsrMatrix(counts.size(), kept.size(), indptr,
                indices.stream().mapToInt(Integer::intValue).toArray(),
                data.stream().mapToDouble(Double::doubleValue).toArray());
        return new Bow(withVocabulary(kept), matrix);
    }

    @Override
    public String toString() {
        return "OnlineCountVectorizer[base=" + base + ", decay=" + decay + ", deleteMinDf=" + deleteMinDf + "]";
    }

    /**
     * The state after a batch: the vocabulary (in column order: first batch alphabetical, later terms appended)
     * and the decayed topic x term counts. Immutable.
     */
    public static final class Bow {
        private final FittedCountVectorizer vectorizer;
        private final CsrMatrix counts;

        private Bow(FittedCountVectorizer vectorizer, CsrMatrix counts) {
            this.vectorizer = vectorizer;
            this.counts = counts;
        }

        /** The fitted vectorizer over the current vocabulary. */
        public FittedCountVectorizer vectorizer() {
            return vectorizer;
        }

        /** The terms, in column order. */
        public List<String> vocabulary() {
            return vectorizer.vocabulary();
        }

        /** The topic x term counts (decayed), rows in ascending topic order. */
        public CsrMatrix counts() {
            return counts;
        }
    }

    /** Builds an {@link OnlineCountVectorizer}; every setter checks its argument. */
    public static final class Builder {
        private CountVectorizer base = CountVectorizer.defaults();
        private double decay;
        private Double deleteMinDf;

        private Builder() {
        }

        /** The vectorizer whose analysis and first fit are used (default: {@link CountVectorizer#defaults()}). */
        public Builder base(CountVectorizer base) {
            this.base = java.util.Objects.requireNonNull(base, "base");
            return this;
        }

        /** Share of the previous counts forgotten at each batch (BERTopic's {@code decay}; in [0, 1); default 0). */
        public Builder decay(double decay) {
            if (!(decay >= 0 && decay < 1)) {
                throw new IllegalArgumentException("decay must be in [0, 1), got " + decay
                        + "; 0.01 forgets 1% of the counts per batch");
            }
            this.decay = decay;
            return this;
        }

        /** Terms whose total (decayed) count falls below this are dropped (BERTopic's {@code delete_min_df}; > 0). */
        public Builder deleteMinDf(double minimum) {
            if (!(minimum > 0) || Double.isInfinite(minimum)) {
                throw new IllegalArgumentException("deleteMinDf must be a finite number > 0, got " + minimum);
            }
            this.deleteMinDf = minimum;
            return this;
        }

        /** The configuration. */
        public OnlineCountVectorizer build() {
            return new OnlineCountVectorizer(this);
        }
    }
}
