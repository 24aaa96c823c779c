package org.bertopic4j.report;

import java.util.List;
import org.bertopic4j.TopicModel;
import org.bertopic4j.WordScore;

/** BERTopic's default chart labels (visualize_heatmap, visualize_topics, visualize_documents). */
final class TopicLabels {
    private TopicLabels() {
    }

    /** {@code "{id}_w1_w2_w3"}, cut to 27 characters plus "..." when it has 30 or more. */
    static String shortName(TopicModel model, int topic) {
        StringBuilder sb = new StringBuilder().append(topic);
        List<WordScore> words = model.topic(topic);
        for (int i = 0; i < Math.min(3, words.size()); i++) {
            sb.append('_').append(words.get(i).word());
        }
        String label = sb.toString();
        return label.length() < 30 ? label : label.substring(0, 27) + "...";
    }

    /** The topic ids without the outlier topic, ascending. */
    static List<Integer> withoutOutliers(TopicModel model) {
        return model.topicIds().stream().filter(t -> t >= 0).toList();
    }
}
