package org.bertopic4j;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The step shared by topic reduction and merging (BERTopic's {@code _reduce_to_n_topics} /
 * {@code merge_topics} tail): map every old topic to a new one, record the step and the renumbering by
 * size in the topic mapper, re-describe the topics with the model's own stages, give each new topic the
 * size-weighted mean of its old topics' embeddings, and sum the probability columns that were merged.
 */
final class TopicRemapping {
    private TopicRemapping() {
    }

    /**
     * @param model the model
     * @param mapping every current topic id (including {@code -1} when present) to its new, not yet
     *     size-sorted id; {@code -1} must map to {@code -1}
     */
    static TopicModel apply(TopicModel model, Map<Integer, Integer> mapping) {
        int[] old = model.topics();
        int[] merged = new int[old.length];
        for (int i = 0; i < old.length; i++) {
            merged[i] = mapping.get(old[i]);
        }
        Map<Integer, Integer> bySize = TopicMapper.bySize(merged);
        TopicMapper mapper = model.topicMapper().then(mapping).then(bySize);
        Map<Integer, Integer> oldToNew = new TreeMap<>();
        mapping.forEach((from, to) -> oldToNew.put(from, bySize.get(to)));
        int[] topics = new int[old.length];
        for (int i = 0; i < old.length; i++) {
            topics[i] = oldToNew.get(old[i]);
        }
        int newCount = (int) Arrays.stream(topics).filter(t -> t >= 0).distinct().count();
        double[][] matrix = model.matrixView() == null ? null : mergeColumns(model.matrixView(), oldToNew, newCount);
        TopicModel described = describe(model, model.config(), topics, matrix, mapper);
        if (model.topicEmbeddingsView() == null) {
            return described;
        }
        return described.withTopicEmbeddings(weightedEmbeddings(model, oldToNew, described.topicIds()));
    }

    /** Re-runs c-TF-IDF, representations and representative documents with {@code config}'s describing stages. */
    static TopicModel describe(TopicModel model, BERTopic config, int[] topics, double[][] matrix, TopicMapper mapper) {
        Corpus corpus = model.corpus();
        float[][] embeddings = corpus.hasEmbeddings() ? corpus.embeddingsUnsafe() : null;
        return new TopicFitter(config).describe(model.documentList(), corpus, embeddings, topics,
                model.strengthsView(), matrix, mapper, model.parts().reduction(), model.parts().clustering());
    }

    /** {@code np.average(old embeddings, weights=old sizes)} per new topic, rows in {@code newIds} order. */
    private static double[][] weightedEmbeddings(TopicModel model, Map<Integer, Integer> oldToNew, java.util.List<Integer> newIds) {
        double[][] old = model.topicEmbeddingsView();
        java.util.List<Integer> oldIds = model.topicIds();
        Map<Integer, double[]> sums = new LinkedHashMap<>();
        Map<Integer, Double> weights = new TreeMap<>();
        for (int r = 0; r < oldIds.size(); r++) {
            int from = oldIds.get(r);
            int to = oldToNew.get(from);
            double w = model.topicSizes().get(from);
            double[] sum = sums.computeIfAbsent(to, k -> new double[old[0].length]);
            for (int j = 0; j < sum.length; j++) {
                sum[j] += old[r][j] * w;
            }
            weights.merge(to, w, Double::sum);
        }
        double[][] out = new double[newIds.size()][];
        for (int r = 0; r < out.length; r++) {
            int t = newIds.get(r);
            double[] sum = sums.get(t);
            double w = weights.get(t);
            out[r] = new double[sum.length];
            for (int j = 0; j < sum.length; j++) {
                out[r][j] = sum[j] / w;
            }
        }
        return out;
    }

    /** Sums the columns of merged topics (BERTopic's {@code _map_probabilities}); columns mapped to -1 are dropped. */
    static double[][] mergeColumns(double[][] matrix, Map<Integer, Integer> oldToNew, int newCount) {
        double[][] out = new double[matrix.length][newCount];
        for (Map.Entry<Integer, Integer> e : oldToNew.entrySet()) {
            int from = e.getKey();
            int to = e.getValue();
            if (from < 0 || to < 0) {
                continue;
            }
            for (int i = 0; i < matrix.length; i++) {
                out[i][to] += matrix[i][from];
            }
        }
        return out;
    }

    /**
     * Checks that {@code topics} are existing, distinct, non-outlier topic ids.
     *
     * @param argument the argument's name for the message
     */
    static void requireTopics(TopicModel model, String argument, Iterable<Integer> topics) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (Integer t : topics) {
            if (t == null || !model.topicSizes().containsKey(t)) {
                throw new IllegalArgumentException(argument + " holds unknown topic " + t + "; this model's topics are "
                        + model.topicSizes().keySet());
            }
            if (t == -1) {
                throw new IllegalArgumentException(argument + " holds -1, the outlier topic, which cannot be merged, "
                        + "reduced or deleted; give topic ids >= 0");
            }
            if (!seen.add(t)) {
                throw new IllegalArgumentException(argument + " names topic " + t + " twice; give each topic once");
            }
        }
    }
}
