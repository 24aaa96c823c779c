package org.bertopic4j.operations;

import java.util.List;
import java.util.Optional;

/**
 * The result of {@link ApproximateDistribution}: per document an L1-normalised distribution over the
 * topics (columns = topics without {@code -1}, in id order), and with token-level output, per document
 * the tokens and a tokens x topics matrix.
 *
 * @param distributions documents x topics
 * @param tokens the tokens of each document, or null without token-level output
 * @param tokenDistributions per document a tokens x topics matrix, or null without token-level output
 */
public record TopicDistribution(double[][] distributions, List<List<String>> tokens, List<double[][]> tokenDistributions) {

    /** The per-token matrices, when computed. */
    public Optional<List<double[][]>> tokenLevel() {
        return Optional.ofNullable(tokenDistributions);
    }
}
