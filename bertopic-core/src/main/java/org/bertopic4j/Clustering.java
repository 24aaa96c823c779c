package org.bertopic4j;

/**
 * A fitted {@link Clusterer}: one label per training point ({@code -1} = noise / outlier, clusters
 * {@code 0..clusterCount()-1} without gaps), membership strengths, and where supported prediction
 * and soft membership for new points. Thread-safe.
 */
public interface Clustering {

    /** The label of each training point; a fresh copy on every call. */
    int[] labels();

    /** Number of clusters, not counting noise. */
    int clusterCount();

    /**
     * The strength with which each training point belongs to its cluster, in [0, 1] (HDBSCAN's
     * {@code probabilities_}; 0 for noise; 1 for clusterers without a notion of strength).
     */
    double[] strengths();

    /** Whether {@link #predict(double[][])} is supported. */
    default boolean supportsPrediction() {
        return false;
    }

    /**
     * Assigns new points to the fitted clusters (HDBSCAN's {@code approximate_predict}).
     *
     * @throws UnsupportedOperationException when {@link #supportsPrediction()} is false
     */
    default Prediction predict(double[][] points) {
        throw new UnsupportedOperationException(getClass().getSimpleName()
                + " cannot predict new points; BERTopic then assigns them by topic-embedding similarity");
    }

    /** Whether soft membership vectors are available. */
    default boolean supportsMembership() {
        return false;
    }

    /**
     * Soft membership of every training point in every cluster, n x {@link #clusterCount()}
     * (HDBSCAN's {@code all_points_membership_vectors}).
     *
     * @throws UnsupportedOperationException when {@link #supportsMembership()} is false
     */
    default double[][] membershipVectors() {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " has no soft membership vectors");
    }

    /**
     * Soft membership of new points in every cluster (HDBSCAN's {@code membership_vector}).
     *
     * @throws UnsupportedOperationException when {@link #supportsMembership()} is false
     */
    default double[][] membershipVectors(double[][] points) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " has no soft membership vectors");
    }

    /** The labels and strengths predicted for new points. */
    record Prediction(int[] labels, double[] strengths) {
        /** Checks that both arrays are non-null and of equal length. */
        public Prediction {
            if (labels == null || strengths == null || labels.length != strengths.length) {
                throw new IllegalArgumentException("labels and strengths must be non-null and of equal length");
            }
        }
    }
}
