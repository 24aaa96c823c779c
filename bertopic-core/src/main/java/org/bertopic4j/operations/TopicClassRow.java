package org.bertopic4j.operations;

/**
 * One row of {@link TopicsPerClass} (BERTopic's {@code topics_per_class} DataFrame).
 *
 * @param topic the topic id
 * @param words the topic's top five words within the class, joined with {@code ", "}
 * @param frequency the number of the topic's documents in the class
 * @param className the class
 */
public record TopicClassRow(int topic, String words, int frequency, String className) {
}
