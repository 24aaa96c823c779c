package org.bertopic4j.operations;

/**
 * A topic found by {@link TopicSearch}.
 *
 * @param topic the topic id (can be {@code -1}, as upstream compares with every topic embedding)
 * @param similarity the cosine similarity of the query to the topic embedding
 */
public record TopicMatch(int topic, double similarity) {
}
