package org.bertopic4j.operations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.bertopic4j.TopicModel;
import org.bertopic4j.check.Arguments;
import org.bertopic4j.matrix.CsrMatrix;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dynamic topic modelling (BERTopic's {@code topics_over_time}, SPEC §2.19): for every distinct timestamp
 * (or equal-width bin), the c-TF-IDF of that time's documents per topic under the fitted vectorizer,
 * L1-normalised when tuned; evolution tuning averages each topic's row with its row at the previous
 * timestamp, global tuning with its global row.
 *
 * <p>Evolution tuning really averages here; in BERTopic 0.17.4 the averaged rows are written into a
 * temporary copy ({@code c_tf_idf.tolil()[...] = ...}) and lost, so upstream evolution tuning has no effect
 * (see docs/differences.md).
 *
 * <pre>{@code
 * List<TopicTimeRow> rows = TopicsOverTime.builder().nrBins(20).build().apply(model, timestamps);
 * }</pre>
 */
public final class TopicsOverTime {
    private static final Logger LOG = LoggerFactory.getLogger(TopicsOverTime.class);
    private final Integer nrBins;
    private final boolean evolutionTuning;
    private final boolean globalTuning;

    private TopicsOverTime(Builder b) {
        this.nrBins = b.nrBins;
        this.evolutionTuning = b.evolutionTuning;
        this.globalTuning = b.globalTuning;
    }

    /** No binning, evolution and global tuning on (BERTopic's defaults). */
    public static TopicsOverTime defaults() {
        return builder().build();
    }

    /** A builder with BERTopic's defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The rows for the model's documents, by timestamp, then topic id.
     *
     * @param timestamps one timestamp per document, in the model's document order
     * @throws IllegalArgumentException when {@code timestamps} is null, holds null or has another length than
     *     the model's documents
     */
    public List<TopicTimeRow> apply(TopicModel model, List<Instant> timestamps) {
        Objects.requireNonNull(model, "model");
        List<String> docs = model.corpus().documents().orElseThrow(() -> new IllegalArgumentException(
                "topicsOverTime needs the model's documents, and its corpus has none"));
        if (timestamps == null || timestamps.size() != docs.size() || timestamps.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("timestamps has " + (timestamps == null ? "no list (null)"
                    : timestamps.size() + " entries" + (timestamps.stream().anyMatch(Objects::isNull) ? " with null" : ""))
                    + " but the model has " + docs.size() + " documents; give one non-null timestamp per document, in order");
        }
        List<Instant> keys = nrBins == null ? timestamps : TimeBins.leftEdges(timestamps, nrBins);
        TreeMap<Instant, List<Integer>> rowsByTime = new TreeMap<>();
        for (int i = 0; i < keys.size(); i++) {
            rowsByTime.computeIfAbsent(keys.get(i), k -> new ArrayList<>()).add(i);
        }
        if (rowsByTime.size() > 100) {
            LOG.warn("{} distinct timestamps: consider nrBins to keep topics over time readable", rowsByTime.size());
        }
        int[] topics = model.topics();
        CsrMatrix global = globalTuning ? SubsetWords.globalL1(model) : null;
        List<TopicTimeRow> out = new ArrayList<>();
        SubsetWords.Subset previous = null;
        for (Map.Entry<Instant, List<Integer>> e : rowsByTime.entrySet()) {
            List<String> d = new ArrayList<>();
            List<Integer> t = new ArrayList<>();
            e.getValue().forEach(r -> {
                d.add(docs.get(r));
                t.add(topics[r]);
            });
            SubsetWords.Subset subset = SubsetWords.ctfidf(model, d, t, globalTuning || evolutionTuning);
            if (evolutionTuning && previous != null) {
                subset = withPrevious(subset, previous);
            }
            if (globalTuning) {
                subset = SubsetWords.tuneGlobally(model, subset, global);
            }
            Map<Integer, String> words = SubsetWords.words(model, subset);
            for (int r = 0; r < subset.topics().length; r++) {
                int topic = subset.topics()[r];
                out.add(new TopicTimeRow(topic, words.get(topic), subset.counts()[r], e.getKey()));
            }
            previous = subset;
        }
        return List.copyOf(out);
    }

    /** Averages each topic's row with its row at the previous timestamp, where it had one. */
    private static SubsetWords.Subset withPrevious(SubsetWords.Subset current, SubsetWords.Subset previous) {
        int[] partner = new int[current.topics().length];
        for (int r = 0; r < partner.length; r++) {
            partner[r] = Math.max(-1, java.util.Arrays.binarySearch(previous.topics(), current.topics()[r]));
        }
        return current.with(TopicRows.averageRows(current.ctfidf(), previous.ctfidf(), partner));
    }

    @Override
    public String toString() {
        return "TopicsOverTime[nrBins=" + nrBins + ", evolutionTuning=" + evolutionTuning + ", globalTuning="
                + globalTuning + "]";
    }

    /** Builds {@link TopicsOverTime} settings; every setter checks its argument. */
    public static final class Builder {
        private Integer nrBins;
        private boolean evolutionTuning = true;
        private boolean globalTuning = true;

        private Builder() {
        }

        /** Groups timestamps into this many equal-width bins, as pandas' {@code cut} (default: no binning). */
        public Builder nrBins(int nrBins) {
            this.nrBins = Arguments.atLeast("nrBins", nrBins, 1);
            return this;
        }

        /** Average each topic's words with its words at the previous timestamp (default true). */
        public Builder evolutionTuning(boolean on) {
            this.evolutionTuning = on;
            return this;
        }

        /** Average each topic's words with its global words (default true). */
        public Builder globalTuning(boolean on) {
            this.globalTuning = on;
            return this;
        }

        /** The settings. */
        public TopicsOverTime build() {
            return new TopicsOverTime(this);
        }
    }
}
