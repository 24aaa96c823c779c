package org.bertopic4j;

import java.util.Optional;

/**
 * Topics assigned to new documents by {@link TopicModel#transform(Corpus)}.
 *
 * @param topics one topic id per row ({@code -1} = outlier)
 * @param probabilities the strength of each assignment in [0, 1]
 * @param probabilityMatrix rows x topics soft memberships when the model computes probabilities, else null
 */
public record Assignments(int[] topics, double[] probabilities, double[][] probabilityMatrix) {
    /** Checks that topics and probabilities align. */
    public Assignments {
        if (topics.length != probabilities.length
                || (probabilityMatrix != null && probabilityMatrix.length != topics.length)) {
            throw new IllegalArgumentException("topics, probabilities and probabilityMatrix must have one entry per row");
        }
    }

    /** The soft memberships, when computed. */
    public Optional<double[][]> matrix() {
        return Optional.ofNullable(probabilityMatrix);
    }
}
