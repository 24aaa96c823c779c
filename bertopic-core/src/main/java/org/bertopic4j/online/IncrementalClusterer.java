package org.bertopic4j.online;

import org.bertopic4j.Clusterer;

/**
 * A {@link Clusterer} that can also learn batch by batch (scikit-learn's {@code partial_fit}), as online
 * topic modelling needs; for example {@link org.bertopic4j.cluster.MiniBatchKMeans}.
 */
public interface IncrementalClusterer extends Clusterer {

    /** {@inheritDoc} The fitted clustering can go on learning batch by batch. */
    @Override
    IncrementalClustering fit(double[][] points, int[] labels);

    /**
     * Starts learning from a first batch.
     *
     * @param batch n x d, finite, not modified
     * @return the clustering after this batch; its labels are the batch's
     */
    IncrementalClustering partialFit(double[][] batch);
}
