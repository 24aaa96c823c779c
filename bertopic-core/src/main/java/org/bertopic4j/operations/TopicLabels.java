package org.bertopic4j.operations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bertopic4j.Representation;
import org.bertopic4j.TopicModel;
import org.bertopic4j.WordScore;
import org.bertopic4j.check.Arguments;

/**
 * Generated topic labels (BERTopic's {@code generate_topic_labels}): the first {@code nrWords} words of each
 * topic (from the main representation or a named aspect), optionally each cut to {@code wordLength}
 * characters, joined with {@code separator}, prefixed by the topic id. Pass the result to
 * {@link TopicModel#withTopicLabels(Map)} to show it as the custom name.
 *
 * <pre>{@code
 * TopicModel labelled = model.withTopicLabels(TopicLabels.builder().nrWords(2).separator(", ").build().generate(model));
 * }</pre>
 */
public final class TopicLabels {
    private final int nrWords;
    private final boolean topicPrefix;
    private final Integer wordLength;
    private final String separator;
    private final String aspect;

    private TopicLabels(Builder b) {
        this.nrWords = b.nrWords;
        this.topicPrefix = b.topicPrefix;
        this.wordLength = b.wordLength;
        this.separator = b.separator;
        this.aspect = b.aspect;
    }

    /** A builder with BERTopic's defaults: 3 words, topic prefix, separator {@code "_"}, main representation. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * One label per topic, by topic id.
     *
     * @throws IllegalArgumentException when the aspect does not exist or does not hold words
     */
    public Map<Integer, String> generate(TopicModel model) {
        Objects.requireNonNull(model, "model");
        Map<Integer, String> out = new LinkedHashMap<>();
        for (int topic : model.topicIds()) {
            List<String> words = words(model, topic);
            List<String> kept = new ArrayList<>();
            for (String w : words.subList(0, Math.min(nrWords, words.size()))) {
                kept.add(wordLength != null && w.length() > wordLength ? w.substring(0, wordLength) : w);
            }
            String label = String.join(separator, kept);
            out.put(topic, topicPrefix ? topic + separator + label : label);
        }
        return out;
    }

    private List<String> words(TopicModel model, int topic) {
        if (aspect == null) {
            return model.topic(topic).stream().map(WordScore::word).toList();
        }
        Map<Integer, Representation> reps = model.aspects().get(aspect);
        if (reps == null) {
            throw new IllegalArgumentException("aspect \"" + aspect + "\" does not exist; the model's aspects are "
                    + model.aspects().keySet());
        }
        Representation rep = reps.get(topic);
        if (rep == null) {
            return List.of();
        }
        if (rep instanceof Representation.Words w) {
            return w.words().stream().map(WordScore::word).toList();
        }
        if (rep instanceof Representation.Label l) {
            return List.of(l.text());
        }
        throw new IllegalArgumentException("aspect \"" + aspect + "\" holds pictures, which cannot label a topic; "
                + "choose an aspect with words");
    }

    /** Builds {@link TopicLabels} settings; every setter checks its argument. */
    public static final class Builder {
        private int nrWords = 3;
        private boolean topicPrefix = true;
        private Integer wordLength;
        private String separator = "_";
        private String aspect;

        private Builder() {
        }

        /** Words per label (default 3; at least 1). */
        public Builder nrWords(int nrWords) {
            this.nrWords = Arguments.atLeast("nrWords", nrWords, 1);
            return this;
        }

        /** Start each label with the topic id and the separator (default true). */
        public Builder topicPrefix(boolean on) {
            this.topicPrefix = on;
            return this;
        }

        /** Cut every word to at most this many characters (default: no cut; at least 1). */
        public Builder wordLength(int wordLength) {
            this.wordLength = Arguments.atLeast("wordLength", wordLength, 1);
            return this;
        }

        /** The string between words (default {@code "_"}). */
        public Builder separator(String separator) {
            this.separator = Objects.requireNonNull(separator, "separator");
            return this;
        }

        /** Take the words from this named aspect instead of the main representation. */
        public Builder aspect(String aspect) {
            this.aspect = Objects.requireNonNull(aspect, "aspect");
            return this;
        }

        /** The settings. */
        public TopicLabels build() {
            return new TopicLabels(this);
        }
    }
}
