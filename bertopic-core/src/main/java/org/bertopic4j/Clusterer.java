package org.bertopic4j;

/**
 * Groups reduced embeddings into clusters, the topics-to-be (HDBSCAN by default, k-means, or given
 * labels). An immutable configuration; {@link #fit} returns the fitted {@link Clustering}.
 */
public interface Clusterer {

    /**
     * Clusters {@code points}.
     *
     * @param points n x d, finite, not modified
     * @param labels n labels for clusterers that learn from them (supervised classifiers, given labels),
     *     or {@code null}
     */
    Clustering fit(double[][] points, int[] labels);

    /** {@link #fit(double[][], int[])} without labels. */
    default Clustering fit(double[][] points) {
        return fit(points, null);
    }
}
