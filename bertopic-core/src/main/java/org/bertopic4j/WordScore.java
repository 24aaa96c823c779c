package org.bertopic4j;

import java.util.Objects;

/**
 * One word of a topic's representation and its score (c-TF-IDF weight, or similarity for
 * embedding-based representations). BERTopic pads short topics with {@link #PLACEHOLDER}.
 *
 * @param word the word or n-gram; empty for a placeholder
 * @param score its score
 */
public record WordScore(String word, double score) {
    /** BERTopic's padding entry {@code ("", 1e-05)} for topics with fewer positive-score words than asked for. */
    public static final WordScore PLACEHOLDER = new WordScore("", 1e-05);

    /** Checks that the word is not null. */
    public WordScore {
        Objects.requireNonNull(word, "word");
    }
}
