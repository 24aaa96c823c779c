package org.bertopic4j.operations;

import java.time.Instant;

/**
 * One row of {@link TopicsOverTime} (BERTopic's {@code topics_over_time} DataFrame).
 *
 * @param topic the topic id
 * @param words the topic's top five words at this time, joined with {@code ", "}
 * @param frequency the number of the topic's documents at this time
 * @param timestamp the timestamp (the bin's left edge when binned)
 */
public record TopicTimeRow(int topic, String words, int frequency, Instant timestamp) {
}
