package org.bertopic4j.operations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.bertopic4j.EmbeddingBackend;
import org.bertopic4j.ImageSource;
import org.bertopic4j.TopicModel;
import org.bertopic4j.matrix.Matrices;

/**
 * Topic search (BERTopic's {@code find_topics}, SPEC §2.21): the query is embedded by the model's backend
 * ({@code embedWords} for a term, {@code embedImages} for an image) and compared by cosine similarity with
 * every topic embedding, the outlier topic included; the best {@code topN} come first (ties: lower topic id).
 */
public final class TopicSearch {
    private TopicSearch() {
    }

    /**
     * The topics most similar to a search term.
     *
     * @throws IllegalArgumentException when the term is blank, {@code topN < 1}, or the model has no backend
     */
    public static List<TopicMatch> byText(TopicModel model, String term, int topN) {
        Objects.requireNonNull(model, "model");
        if (term == null || term.isBlank()) {
            throw new IllegalArgumentException("term is blank: give a word or phrase to search for");
        }
        requireTopN(topN);
        return rank(model, backend(model).embedWords(List.of(term))[0], topN);
    }

    /**
     * The topics most similar to an image.
     *
     * @throws IllegalArgumentException when {@code topN < 1} or the model's backend cannot embed images
     */
    public static List<TopicMatch> byImage(TopicModel model, ImageSource image, int topN) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(image, "image");
        requireTopN(topN);
        EmbeddingBackend backend = backend(model);
        if (!backend.supportsImages()) {
            throw new IllegalArgumentException(backend + " cannot embed images: fit the model with a multimodal "
                    + "backend (for example ClipBackend) to search by image");
        }
        return rank(model, backend.embedImages(List.of(image))[0], topN);
    }

    private static List<TopicMatch> rank(TopicModel model, float[] query, int topN) {
        double[][] topics = model.topicEmbeddings();
        Matrices.requireFinite("query embedding", new float[][] {query}, topics[0].length);
        double[] sims = Matrices.cosineSimilarity(Matrices.toDouble(new float[][] {query}), topics)[0];
        List<Integer> ids = model.topicIds();
        List<TopicMatch> all = new ArrayList<>(ids.size());
        for (int r = 0; r < ids.size(); r++) {
            all.add(new TopicMatch(ids.get(r), sims[r]));
        }
        all.sort(Comparator.comparingDouble(TopicMatch::similarity).reversed().thenComparingInt(TopicMatch::topic));
        return List.copyOf(all.subList(0, Math.min(topN, all.size())));
    }

    private static EmbeddingBackend backend(TopicModel model) {
        return model.config().embeddingBackend().orElseThrow(() -> new IllegalArgumentException(
                "findTopics needs an embeddingBackend on the model's configuration to embed the query; set one with "
                        + "BERTopic.builder().embeddingBackend(...)"));
    }

    private static void requireTopN(int topN) {
        if (topN < 1) {
            throw new IllegalArgumentException("topN must be >= 1, got " + topN);
        }
    }
}
