package org.bertopic4j.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.bertopic4j.TopicModel;

/**
 * The vectors the topic-level charts compare: the topic embeddings (BERTopic's default,
 * {@code use_ctfidf=False}), or the c-TF-IDF rows when the model was fitted without embeddings.
 * The outlier topic is left out, as in every BERTopic topic-level chart.
 *
 * @param topics the topic ids, ascending, outliers excluded
 * @param vectors one row per topic
 * @param source "topic embeddings" or "c-TF-IDF"
 */
record TopicVectors(List<Integer> topics, double[][] vectors, String source) {

    static TopicVectors of(TopicModel model) {
        List<Integer> ids = model.topicIds();
        List<Integer> topics = TopicLabels.withoutOutliers(model);
        int offset = ids.size() - topics.size();
        double[][] all;
        String source;
        try {
            all = model.topicEmbeddings();
            source = "topic embeddings";
        } catch (IllegalStateException noEmbeddings) {
            all = model.cTfIdf().toDense();
            source = "c-TF-IDF";
        }
        return new TopicVectors(topics, Arrays.copyOfRange(all, offset, all.length), source);
    }

    /** The rows of the {@code limit} largest topics (ties: lower id), in ascending topic order. */
    TopicVectors largest(TopicModel model, int limit) {
        if (topics.size() <= limit) {
            return this;
        }
        Map<Integer, Integer> sizes = model.topicSizes();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < topics.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> sizes.get(topics.get(b)) - sizes.get(topics.get(a)));
        List<Integer> keep = order.subList(0, limit).stream().sorted().toList();
        return new TopicVectors(keep.stream().map(topics::get).toList(),
                keep.stream().map(i -> vectors[i]).toArray(double[][]::new), source);
    }
}
