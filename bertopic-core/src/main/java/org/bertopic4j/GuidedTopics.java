package org.bertopic4j;

import java.util.ArrayList;
import java.util.List;
import org.bertopic4j.matrix.Matrices;

/**
 * Guided topic modelling (BERTopic's {@code _guided_topic_modeling}, SPEC section 2.22): each seed topic is
 * embedded as its words joined by spaces, the mean document embedding is added as a "none" row, and every
 * document is labelled with its most cosine-similar row (the "none" row becomes {@code -1}). Documents of
 * seed topic {@code i} are moved a quarter of the way towards its embedding ({@code 0.75 e + 0.25 s_i}).
 * The labels go to the reducer as {@code y}, replacing any labels of the corpus; the nudged embeddings
 * replace the documents' embeddings for the rest of the fit (topic embeddings included), as upstream. Seed words also get the idf factor 1.2.
 *
 * <pre>{@code
 * BERTopic guided = BERTopic.builder()
 *         .embeddingBackend(backend)
 *         .seedTopicList(List.of(List.of("linux", "kernel", "unix"), List.of("president", "vote", "congress")))
 *         .build();
 * }</pre>
 */
final class GuidedTopics {
    /** Weight of a document's own embedding when nudged (BERTopic: {@code np.average(..., weights=[3, 1])}). */
    static final double DOCUMENT_WEIGHT = 0.75;

    private GuidedTopics() {
    }

    /** The reducer labels and nudged embeddings of one guided fit. */
    record Guided(int[] labels, float[][] embeddings) {
    }

    static Guided apply(float[][] embeddings, List<List<String>> seedTopics, EmbeddingBackend backend) {
        List<String> joined = new ArrayList<>();
        seedTopics.forEach(words -> joined.add(String.join(" ", words)));
        float[][] seeds = backend.embedDocuments(joined);
        Matrices.requireFinite("seed topic embeddings from " + backend, seeds, embeddings[0].length);
        int d = embeddings[0].length;
        double[][] rows = new double[seeds.length + 1][];
        for (int i = 0; i < seeds.length; i++) {
            rows[i] = Matrices.toDouble(new float[][] {seeds[i]})[0];
        }
        double[] mean = new double[d];
        for (float[] e : embeddings) {
            for (int j = 0; j < d; j++) {
                mean[j] += e[j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= embeddings.length;
        }
        rows[seeds.length] = mean;
        double[][] sims = Matrices.cosineSimilarity(Matrices.toDouble(embeddings), rows);
        int[] labels = new int[embeddings.length];
        float[][] nudged = new float[embeddings.length][];
        for (int i = 0; i < embeddings.length; i++) {
            int best = 0;
            for (int j = 1; j < rows.length; j++) {
                if (sims[i][j] > sims[i][best]) {
                    best = j;
                }
            }
            labels[i] = best == seeds.length ? -1 : best;
            nudged[i] = embeddings[i].clone();
            if (labels[i] >= 0) {
                for (int j = 0; j < d; j++) {
                    nudged[i][j] = (float) (DOCUMENT_WEIGHT * embeddings[i][j] + (1 - DOCUMENT_WEIGHT) * seeds[best][j]);
                }
            }
        }
        return new Guided(labels, nudged);
    }
}
