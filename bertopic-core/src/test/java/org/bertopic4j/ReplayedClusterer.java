package org.bertopic4j;

import org.bertopic4j.testing.RecordedClustering;

/**
 * Replays a clustering recorded from Python hdbscan (labels, and the membership vectors re-ordered to raw
 * cluster order) so that parity tests can start from exactly upstream's clustering, soft memberships
 * included. It checks that it is given the recorded number of points.
 */
final class ReplayedClusterer implements Clusterer {
    private final int[] labels;
    private final double[][] membership;

    /**
     * @param labels the raw hdbscan labels
     * @param topics the topic BERTopic gave each point
     * @param probabilities BERTopic's probability matrix, columns = topics
     */
    ReplayedClusterer(int[] labels, int[] topics, double[][] probabilities) {
        this.labels = labels.clone();
        int clusters = java.util.Arrays.stream(labels).max().orElse(-1) + 1;
        int[] topicOfCluster = new int[clusters];
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] >= 0) {
                topicOfCluster[labels[i]] = topics[i];
            }
        }
        this.membership = new double[labels.length][clusters];
        for (int i = 0; i < labels.length; i++) {
            for (int c = 0; c < clusters; c++) {
                membership[i][c] = probabilities[i][topicOfCluster[c]];
            }
        }
    }

    @Override
    public Clustering fit(double[][] points, int[] y) {
        if (points.length != labels.length) {
            throw new IllegalArgumentException("recorded " + labels.length + " points, got " + points.length);
        }
        double[] strengths = new double[labels.length];
        for (int i = 0; i < strengths.length; i++) {
            strengths[i] = labels[i] < 0 ? 0 : 1;
        }
        return new RecordedClustering(labels, strengths, membership);
    }
}
