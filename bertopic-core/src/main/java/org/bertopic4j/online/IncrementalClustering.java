package org.bertopic4j.online;

import org.bertopic4j.Clustering;

/**
 * A {@link Clustering} that can learn from one more batch and predicts new points; immutable, each step
 * returns a new clustering. Its {@link #labels()} are those of the last batch it learned from.
 */
public interface IncrementalClustering extends Clustering {

    /**
     * Learns from one more batch.
     *
     * @param batch m x d, finite, not modified
     * @return the updated clustering, whose labels are this batch's
     */
    IncrementalClustering partialFit(double[][] batch);

    @Override
    default boolean supportsPrediction() {
        return true;
    }
}
