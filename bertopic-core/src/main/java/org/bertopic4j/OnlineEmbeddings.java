package org.bertopic4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bertopic4j.matrix.Matrices;

/** The topic embeddings of online topic modelling. */
final class OnlineEmbeddings {
    private OnlineEmbeddings() {
    }

    /**
     * BERTopic's {@code _create_topic_vectors} from keywords (SPEC section 2.10 case 3): per topic, the average
     * of its words' embeddings weighted by their c-TF-IDF scores (uniform when all scores are zero).
     */
    static double[][] fromWords(EmbeddingBackend backend, int[] topicIds, Map<Integer, List<WordScore>> words) {
        List<String> all = new ArrayList<>();
        for (int t : topicIds) {
            words.get(t).forEach(w -> all.add(w.word()));
        }
        float[][] wordEmbeddings = backend.embedWords(all);
        Matrices.requireFinite("word embeddings from " + backend, wordEmbeddings);
        int d = wordEmbeddings[0].length;
        double[][] out = new double[topicIds.length][d];
        int row = 0;
        for (int i = 0; i < topicIds.length; i++) {
            List<WordScore> topicWords = words.get(topicIds[i]);
            double total = topicWords.stream().mapToDouble(WordScore::score).sum();
            for (WordScore w : topicWords) {
                double weight = total == 0 ? 1.0 / topicWords.size() : w.score() / total;
                for (int j = 0; j < d; j++) {
                    out[i][j] += weight * wordEmbeddings[row][j];
                }
                row++;
            }
        }
        return out;
    }

    /**
     * Without a backend: the mean embedding of all documents a topic received so far, updated with this
     * batch's documents; topics without documents in the batch keep their embedding.
     */
    static double[][] runningMeans(double[][] previous, int[] previousIds, Map<Integer, Integer> previousSizes,
                                   int[] topicIds, float[][] embeddings, int[] topics) {
        int d = embeddings[0].length;
        double[][] out = new double[topicIds.length][d];
        double[] weight = new double[topicIds.length];
        for (int i = 0; i < topicIds.length; i++) {
            int at = previousIds == null ? -1 : java.util.Arrays.binarySearch(previousIds, topicIds[i]);
            if (at >= 0) {
                weight[i] = previousSizes.getOrDefault(topicIds[i], 0);
                for (int j = 0; j < d; j++) {
                    out[i][j] = previous[at][j] * weight[i];
                }
            }
        }
        for (int r = 0; r < topics.length; r++) {
            int i = java.util.Arrays.binarySearch(topicIds, topics[r]);
            weight[i]++;
            for (int j = 0; j < d; j++) {
                out[i][j] += embeddings[r][j];
            }
        }
        for (int i = 0; i < topicIds.length; i++) {
            for (int j = 0; j < d; j++) {
                out[i][j] /= weight[i];
            }
        }
        return out;
    }
}
