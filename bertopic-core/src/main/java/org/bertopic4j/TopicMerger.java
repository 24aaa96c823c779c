package org.bertopic4j;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merging topics by hand (BERTopic's {@code merge_topics}, SPEC §2.15): each group is merged into its first
 * topic, then topics are renumbered by size and re-described.
 */
final class TopicMerger {
    private TopicMerger() {
    }

    static TopicModel merge(TopicModel model, List<List<Integer>> groups) {
        if (groups == null || groups.isEmpty()) {
            throw new IllegalArgumentException("topics to merge are missing: give at least two topic ids, e.g. "
                    + "mergeTopics(1, 2) or mergeTopics(List.of(List.of(1, 2), List.of(3, 4)))");
        }
        List<Integer> all = new ArrayList<>();
        for (List<Integer> group : groups) {
            if (group == null || group.size() < 2) {
                throw new IllegalArgumentException("each group of topics to merge needs at least two topics, got "
                        + group + "; a single topic is already merged");
            }
            all.addAll(group);
        }
        TopicRemapping.requireTopics(model, "topics to merge", all);
        Map<Integer, Integer> mapping = new LinkedHashMap<>();
        for (int t : model.topicIds()) {
            mapping.put(t, t);
        }
        for (List<Integer> group : groups) {
            for (int t : group) {
                mapping.put(t, group.get(0));
            }
        }
        return TopicRemapping.apply(model, mapping);
    }
}
