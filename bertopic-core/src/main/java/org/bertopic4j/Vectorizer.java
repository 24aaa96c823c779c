package org.bertopic4j;

import java.util.List;

/**
 * Turns text into a bag of terms (sklearn's {@code CountVectorizer} by default). BERTopic fits it on one
 * joined document per topic, so document-frequency limits count topics. An immutable configuration;
 * {@link #fit} returns the {@link FittedVectorizer}.
 */
public interface Vectorizer {

    /**
     * Learns the vocabulary of {@code documents}.
     *
     * @throws IllegalArgumentException when {@code documents} is null or empty, or when no term survives
     */
    FittedVectorizer fit(List<String> documents);
}
