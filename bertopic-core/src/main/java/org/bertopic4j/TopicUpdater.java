package org.bertopic4j;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.bertopic4j.matrix.Matrices;

/**
 * New assignments for a fitted model (BERTopic's {@code update_topics(docs, topics=...)}, SPEC §2.17), with
 * the fix for upstream's silent reset: the vectorizer, c-TF-IDF weighting, representation models and
 * {@code topN} stay the model's own unless the caller replaces them. Topic ids are kept as given (not
 * renumbered) and the topic mapper is left as it is, as upstream: after renumbering topics by hand, a
 * predicting clusterer's transform still returns the old ids.
 */
final class TopicUpdater {
    private TopicUpdater() {
    }

    static TopicModel update(TopicModel model, int[] topics, UnaryOperator<BERTopic.Builder> changes) {
        Objects.requireNonNull(changes, "changes");
        int n = model.documentList().size();
        if (topics == null || topics.length != n) {
            throw new IllegalArgumentException("topics has " + (topics == null ? "no array (null)" : topics.length
                    + " entries") + " but the model has " + n + " documents; give one topic per document, in order");
        }
        for (int i = 0; i < n; i++) {
            if (topics[i] < -1) {
                throw new IllegalArgumentException("topics[" + i + "] is " + topics[i] + "; topics must be >= -1 "
                        + "(-1 = outlier)");
            }
        }
        BERTopic.Builder builder = model.config().toBuilder();
        BERTopic config = Objects.requireNonNull(changes.apply(builder), "changes returned null").build();
        int[] oldIds = model.topicIds().stream().mapToInt(Integer::intValue).toArray();
        int[] newIds = Arrays.stream(topics).distinct().sorted().toArray();
        double[][] matrix = sameTopics(oldIds, newIds) ? model.matrixView() : null;
        TopicModel described = TopicRemapping.describe(model, config, topics.clone(), matrix, model.topicMapper());
        if (model.corpus().hasEmbeddings()) {
            return described;
        }
        return described.withTopicEmbeddings(embeddingsWithoutDocuments(model, described, oldIds, newIds));
    }

    /** Whether the non-outlier topics are unchanged, so the probability columns still fit. */
    private static boolean sameTopics(int[] oldIds, int[] newIds) {
        return Arrays.equals(Arrays.stream(oldIds).filter(t -> t >= 0).toArray(),
                Arrays.stream(newIds).filter(t -> t >= 0).toArray());
    }

    /**
     * Topic embeddings when the document embeddings were not kept (embedded by the backend): as upstream, the
     * old rows when the topics are unchanged (minus {@code -1} when the outliers are gone), else the
     * c-TF-IDF-weighted mean of the embeddings of each topic's words (SPEC §2.10-3), else none.
     */
    private static double[][] embeddingsWithoutDocuments(TopicModel model, TopicModel described, int[] oldIds, int[] newIds) {
        double[][] old = model.topicEmbeddingsView();
        if (old != null && Arrays.equals(oldIds, newIds)) {
            return old;
        }
        if (old != null && oldIds.length == newIds.length + 1 && oldIds[0] == -1
                && Arrays.equals(Arrays.copyOfRange(oldIds, 1, oldIds.length), newIds)) {
            return Arrays.copyOfRange(old, 1, old.length);
        }
        EmbeddingBackend backend = model.config().embeddingBackend().orElse(null);
        return backend == null ? null : fromWords(described, backend);
    }

    private static double[][] fromWords(TopicModel model, EmbeddingBackend backend) {
        Map<Integer, List<WordScore>> reps = new LinkedHashMap<>(model.topicRepresentations());
        double[][] out = new double[reps.size()][];
        int r = 0;
        for (List<WordScore> words : reps.values()) {
            double[][] vectors = Matrices.toDouble(backend.embedWords(words.stream().map(WordScore::word).toList()));
            double total = words.stream().mapToDouble(WordScore::score).sum();
            out[r] = new double[vectors[0].length];
            for (int w = 0; w < words.size(); w++) {
                double weight = total > 0 ? words.get(w).score() / total : 1.0 / words.size();
                for (int j = 0; j < out[r].length; j++) {
                    out[r][j] += weight * vectors[w][j];
                }
            }
            r++;
        }
        return out;
    }
}
