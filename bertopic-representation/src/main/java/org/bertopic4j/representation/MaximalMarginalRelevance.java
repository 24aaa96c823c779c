package org.bertopic4j.representation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bertopic4j.check.Arguments;
import org.bertopic4j.EmbeddingBackend;
import org.bertopic4j.Representation;
import org.bertopic4j.RepresentationContext;
import org.bertopic4j.RepresentationModel;
import org.bertopic4j.WordScore;
import org.bertopic4j.matrix.Matrices;

/**
 * BERTopic's {@code MaximalMarginalRelevance}: keeps the {@code topNWords} of a topic's current words
 * that {@link Mmr} selects around the embedding of all those words joined by spaces, which trades
 * relevance for diversity (fewer near-synonyms). As upstream it is a filter, not a re-ranking: the
 * surviving words keep their original order and scores. Padding entries (empty words) are skipped.
 * Words are embedded with the backend's {@code embedWords}. Immutable and thread-safe.
 *
 * <pre>{@code
 * BERTopic.builder().embeddingBackend(SentenceEmbedder.allMiniLmL6V2())
 *         .representation(MaximalMarginalRelevance.builder().diversity(0.3).build()).build();
 * }</pre>
 */
public final class MaximalMarginalRelevance implements RepresentationModel {
    private final double diversity;
    private final int topNWords;

    private MaximalMarginalRelevance(Builder b) {
        this.diversity = b.diversity;
        this.topNWords = b.topNWords;
    }

    /** BERTopic's defaults: diversity 0.1, 10 words. */
    public static MaximalMarginalRelevance defaults() {
        return builder().build();
    }

    /** A builder starting from BERTopic's defaults. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Map<Integer, Representation> extractTopics(RepresentationContext context, Map<Integer, List<WordScore>> topics) {
        Inputs.require("MaximalMarginalRelevance", context, topics);
        EmbeddingBackend backend = Inputs.backend("MaximalMarginalRelevance", context);
        Map<Integer, List<String>> words = new LinkedHashMap<>();
        Set<String> texts = new LinkedHashSet<>();
        topics.forEach((topic, list) -> {
            List<String> w = new ArrayList<>(new LinkedHashSet<>(list.stream().map(WordScore::word)
                    .filter(s -> !s.isEmpty()).toList()));
            words.put(topic, w);
            if (!w.isEmpty()) {
                texts.addAll(w);
                texts.add(String.join(" ", w));
            }
        });
        Map<String, double[]> embedded = embed(backend, List.copyOf(texts));
        Map<Integer, Representation> out = new LinkedHashMap<>();
        topics.forEach((topic, list) -> {
            List<String> w = words.get(topic);
            Set<String> kept = new HashSet<>();
            if (!w.isEmpty()) {
                double[][] candidates = w.stream().map(embedded::get).toArray(double[][]::new);
                for (int i : Mmr.select(embedded.get(String.join(" ", w)), candidates, topNWords, diversity)) {
                    kept.add(w.get(i));
                }
            }
            out.put(topic, new Representation.Words(list.stream().filter(s -> kept.contains(s.word())).toList()));
        });
        return out;
    }

    private static Map<String, double[]> embed(EmbeddingBackend backend, List<String> texts) {
        Map<String, double[]> out = new LinkedHashMap<>();
        if (texts.isEmpty()) {
            return out;
        }
        float[][] e = backend.embedWords(texts);
        Matrices.requireFinite("word embeddings from " + backend, e);
        for (int i = 0; i < texts.size(); i++) {
            out.put(texts.get(i), Inputs.toDouble(e[i]));
        }
        return out;
    }

    /** The trade-off between relevance (0) and diversity (1); BERTopic: 0.1. */
    public double diversity() {
        return diversity;
    }

    /** Words kept per topic (BERTopic: 10). */
    public int topNWords() {
        return topNWords;
    }

    @Override
    public String toString() {
        return "MaximalMarginalRelevance[diversity=" + diversity + ", topNWords=" + topNWords + "]";
    }

    /** Builds a {@link MaximalMarginalRelevance}; every setter checks its argument. */
    public static final class Builder {
        private double diversity = 0.1;
        private int topNWords = 10;

        private Builder() {
        }

        /** Diversity in [0, 1] (default 0.1). */
        public Builder diversity(double diversity) {
            if (!(diversity >= 0 && diversity <= 1)) {
                throw new IllegalArgumentException("diversity must be in [0, 1], got " + diversity);
            }
            this.diversity = diversity;
            return this;
        }

        /** Words kept per topic (default 10, at least 1). */
        public Builder topNWords(int n) {
            this.topNWords = Arguments.atLeast("topNWords", n, 1);
            return this;
        }

        /** The model. */
        public MaximalMarginalRelevance build() {
            return new MaximalMarginalRelevance(this);
        }
    }
}
