package org.bertopic4j;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Checks and completes custom topic labels (BERTopic's {@code set_topic_labels}). */
final class CustomLabels {
    private CustomLabels() {
    }

    /** A label for every topic: the given ones, else the current custom label, else the generated name. */
    static Map<Integer, String> complete(TopicModel model, Map<Integer, String> labels) {
        Objects.requireNonNull(labels, "labels");
        Map<Integer, String> all = new TreeMap<>();
        for (int t : model.topicIds()) {
            all.put(t, model.customLabels().getOrDefault(t, model.name(t)));
        }
        labels.forEach((t, label) -> {
            if (t == null || !model.topicSizes().containsKey(t)) {
                throw new IllegalArgumentException("labels names unknown topic " + t + "; this model's topics are "
                        + model.topicSizes().keySet());
            }
            if (label == null) {
                throw new IllegalArgumentException("labels holds null for topic " + t + "; give a label string");
            }
            all.put(t, label);
        });
        return all;
    }

    /** The labels of a list in topic-id order, {@code -1} included. */
    static Map<Integer, String> byPosition(TopicModel model, List<String> labels) {
        Objects.requireNonNull(labels, "labels");
        List<Integer> ids = model.topicIds();
        if (labels.size() != ids.size()) {
            throw new IllegalArgumentException("labels has " + labels.size() + " entries but the model has "
                    + ids.size() + " topics " + ids + "; give one label per topic, -1 included");
        }
        Map<Integer, String> m = new TreeMap<>();
        for (int i = 0; i < ids.size(); i++) {
            m.put(ids.get(i), labels.get(i));
        }
        return m;
    }
}
