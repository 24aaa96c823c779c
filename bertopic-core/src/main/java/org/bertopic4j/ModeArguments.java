package org.bertopic4j;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Validation of the guided and zero-shot settings of {@link BERTopic.Builder}. */
final class ModeArguments {
    private ModeArguments() {
    }

    static List<List<String>> seedTopics(List<List<String>> seedTopics) {
        if (seedTopics == null || seedTopics.isEmpty()) {
            throw new IllegalArgumentException("seedTopicList is " + (seedTopics == null ? "null" : "empty")
                    + ": give at least one seed topic, e.g. List.of(List.of(\"space\", \"nasa\", \"orbit\"))");
        }
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < seedTopics.size(); i++) {
            List<String> words = seedTopics.get(i);
            if (words == null || words.isEmpty()) {
                throw new IllegalArgumentException("seedTopicList[" + i + "] is " + (words == null ? "null" : "empty")
                        + ": every seed topic needs at least one word");
            }
            for (String w : words) {
                if (w == null || w.isBlank()) {
                    throw new IllegalArgumentException("seedTopicList[" + i + "] holds a null or blank word: " + words
                            + "; give non-blank words");
                }
            }
            out.add(List.copyOf(words));
        }
        return List.copyOf(out);
    }

    static List<String> zeroShotTopics(List<String> topics) {
        if (topics == null || topics.isEmpty()) {
            throw new IllegalArgumentException("zeroShotTopics is " + (topics == null ? "null" : "empty")
                    + ": give at least one topic label, e.g. List.of(\"computers\", \"politics\")");
        }
        Set<String> seen = new HashSet<>();
        for (String t : topics) {
            if (t == null || t.isBlank()) {
                throw new IllegalArgumentException("zeroShotTopics holds a null or blank label: " + topics);
            }
            if (!seen.add(t)) {
                throw new IllegalArgumentException("zeroShotTopics holds \"" + t + "\" twice: labels must be distinct");
            }
        }
        return List.copyOf(topics);
    }

    static void minSimilarity(double minSimilarity) {
        if (!(minSimilarity >= 0 && minSimilarity <= 1)) {
            throw new IllegalArgumentException("zeroShotMinSimilarity must be in [0, 1], got " + minSimilarity
                    + " (BERTopic's default is 0.7)");
        }
    }

    static void requireBackend(boolean hasBackend, List<List<String>> seedTopics, List<String> zeroShotTopics) {
        if (hasBackend) {
            return;
        }
        if (!seedTopics.isEmpty()) {
            throw new IllegalArgumentException("seedTopicList is set but no embeddingBackend: guided topic modelling "
                    + "embeds the seed words, so set BERTopic.builder().embeddingBackend(...) (the same model that "
                    + "embedded the corpus)");
        }
        if (!zeroShotTopics.isEmpty()) {
            throw new IllegalArgumentException("zeroShotTopics is set but no embeddingBackend: zero-shot topic "
                    + "modelling embeds the topic labels, so set BERTopic.builder().embeddingBackend(...) (the same "
                    + "model that embedded the corpus)");
        }
    }
}
