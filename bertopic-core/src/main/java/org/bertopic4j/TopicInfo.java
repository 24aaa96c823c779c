package org.bertopic4j;

import java.util.List;
import java.util.Map;

/**
 * One row of {@link TopicModel#topicInfo()} (BERTopic's {@code get_topic_info()}).
 *
 * @param topic the topic id ({@code -1} = outliers)
 * @param count number of documents in the topic
 * @param name {@code id_w1_w2_w3_w4}
 * @param representation the topic's words, best first
 * @param aspects named aspects (words, labels or pictures), in configuration order
 * @param representativeDocs the most representative documents, most representative first
 * @param customName the label set with {@link TopicModel#withTopicLabels(Map)} (BERTopic's {@code CustomName}),
 *     or null when the model has no custom labels
 */
public record TopicInfo(int topic, int count, String name, List<String> representation,
                        Map<String, Representation> aspects, List<String> representativeDocs, String customName) {
    /** Copies the collections. */
    public TopicInfo {
        representation = List.copyOf(representation);
        aspects = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(aspects));
        representativeDocs = List.copyOf(representativeDocs);
    }
}
