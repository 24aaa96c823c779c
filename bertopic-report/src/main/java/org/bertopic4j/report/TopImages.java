package org.bertopic4j.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bertopic4j.TopicModel;

/**
 * Chooses the documents whose images represent a topic in its tile (the workshop's "top images"
 * view): the rows with the highest probability for the topic in the model's probability matrix when
 * it was computed, otherwise the topic's own members ranked by their membership strength. Ties go to
 * the earlier row, so the choice is reproducible.
 */
final class TopImages {
    private final double[][] matrix;
    private final int[] topics;
    private final double[] strengths;

    TopImages(TopicModel model) {
        this.matrix = model.probabilityMatrix().orElse(null);
        this.topics = model.topics();
        this.strengths = model.probabilities();
    }

    /** Up to {@code count} row ids, best first. */
    List<Integer> rows(int topic, int count) {
        List<Integer> candidates = new ArrayList<>();
        Comparator<Integer> byScore;
        if (matrix != null && matrix.length > 0 && topic >= 0 && topic < matrix[0].length) {
            double[][] m = matrix;
            for (int i = 0; i < m.length; i++) {
                candidates.add(i);
            }
            byScore = Comparator.comparingDouble((Integer i) -> -m[i][topic]);
        } else {
            for (int i = 0; i < topics.length; i++) {
                if (topics[i] == topic) {
                    candidates.add(i);
                }
            }
            byScore = Comparator.comparingDouble((Integer i) -> -strengths[i]);
        }
        candidates.sort(byScore.thenComparingInt(Integer::intValue));
        return List.copyOf(candidates.subList(0, Math.min(count, candidates.size())));
    }
}
