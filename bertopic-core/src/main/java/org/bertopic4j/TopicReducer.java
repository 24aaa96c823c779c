package org.bertopic4j;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bertopic4j.linkage.Linkage;
import org.bertopic4j.matrix.CsrMatrix;
import org.bertopic4j.matrix.Matrices;

/**
 * Topic reduction (BERTopic's {@code reduce_topics}, SPEC §2.14): to a number of topics with
 * average-linkage agglomerative clustering, or automatically with a clusterer over the topic vectors.
 * The outlier topic is never merged.
 */
final class TopicReducer {
    private TopicReducer() {
    }

    static TopicModel toCount(TopicModel model, int nrTopics, boolean useCtfidf) {
        int outliers = model.topicSizes().containsKey(-1) ? 1 : 0;
        int current = model.topicIds().size();
        if (nrTopics >= current) {
            throw new IllegalArgumentException("nrTopics must be below the current number of topics, " + current
                    + (outliers == 1 ? " (the outlier topic -1 included, as BERTopic counts)" : "") + ", got " + nrTopics
                    + "; there is nothing to reduce (BERTopic would only re-describe the topics: use updateTopics for that)");
        }
        if (nrTopics - outliers < 1) {
            throw new IllegalArgumentException("nrTopics must be at least " + (1 + outliers) + ", got " + nrTopics
                    + (outliers == 1 ? "; it counts the outlier topic -1, so " + (1 + outliers) + " keeps one topic" : ""));
        }
        double[][] sims = topicSimilarities(model, useCtfidf, outliers);
        double[][] distances = new double[sims.length][sims.length];
        for (int i = 0; i < sims.length; i++) {
            for (int j = 0; j < sims.length; j++) {
                distances[i][j] = i == j ? 0 : 1 - sims[i][j];
            }
        }
        int[] labels = Linkage.cut(Linkage.linkage(clampNonNegative(distances), Linkage.Method.AVERAGE),
                nrTopics - outliers);
        Map<Integer, Integer> mapping = new LinkedHashMap<>();
        if (outliers == 1) {
            mapping.put(-1, -1);
        }
        List<Integer> ids = model.topicIds().subList(outliers, current);
        for (int r = 0; r < labels.length; r++) {
            mapping.put(ids.get(r), labels[r]);
        }
        return TopicRemapping.apply(model, mapping);
    }

    static TopicModel auto(TopicModel model, Clusterer clusterer) {
        Objects.requireNonNull(clusterer, "topicClusterer");
        int outliers = model.topicSizes().containsKey(-1) ? 1 : 0;
        double[][] vectors = topicVectors(model, outliers);
        for (double[] v : vectors) {
            double norm = Matrices.norm(v);
            for (int j = 0; j < v.length && norm > 0; j++) {
                v[j] /= norm;
            }
        }
        int[] clusters = clusterer.fit(vectors, null).labels();
        List<Integer> ids = model.topicIds().subList(outliers, model.topicIds().size());
        Map<Integer, Integer> lowest = new LinkedHashMap<>();
        for (int r = 0; r < clusters.length; r++) {
            if (clusters[r] >= 0) {
                lowest.putIfAbsent(clusters[r], ids.get(r));
            }
        }
        Map<Integer, Integer> mapping = new LinkedHashMap<>();
        if (outliers == 1) {
            mapping.put(-1, -1);
        }
        for (int r = 0; r < clusters.length; r++) {
            mapping.put(ids.get(r), clusters[r] >= 0 ? lowest.get(clusters[r]) : ids.get(r));
        }
        return TopicRemapping.apply(model, mapping);
    }

    /** Cosine similarities between the non-outlier topics, from c-TF-IDF rows (kept sparse) or embeddings. */
    private static double[][] topicSimilarities(TopicModel model, boolean useCtfidf, int outliers) {
        if (useCtfidf || model.topicEmbeddingsView() == null) {
            int[] rows = new int[model.topicIds().size() - outliers];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = outliers + i;
            }
            CsrMatrix c = model.cTfIdf().selectRows(rows);
            return Matrices.cosineSimilarity(c, c);
        }
        double[][] vectors = topicVectors(model, outliers);
        return Matrices.cosineSimilarity(vectors, vectors);
    }

    /** The non-outlier rows of the topic embeddings, or of the c-TF-IDF when the model has no embeddings. */
    private static double[][] topicVectors(TopicModel model, int outliers) {
        double[][] all = model.topicEmbeddingsView() == null ? model.cTfIdf().toDense() : model.topicEmbeddings();
        List<double[]> rows = new ArrayList<>();
        for (int r = outliers; r < all.length; r++) {
            rows.add(all[r]);
        }
        return rows.toArray(new double[0][]);
    }

    /** {@code 1 - cosine} can round to a tiny negative number for parallel vectors. */
    private static double[][] clampNonNegative(double[][] d) {
        for (double[] row : d) {
            for (int j = 0; j < row.length; j++) {
                row[j] = Math.max(0, row[j]);
            }
        }
        return d;
    }
}
