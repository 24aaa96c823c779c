package org.bertopic4j.cluster;

import org.bertopic4j.Clusterer;
import org.bertopic4j.contract.ClustererContract;

/** The clusterer contract for mini-batch k-means (3 clusters, seeded; single-threaded, so threads is unused). */
class MiniBatchKMeansContractTest extends ClustererContract {
    @Override
    protected Clusterer clusterer(int threads) {
        return MiniBatchKMeans.builder().clusters(3).batchSize(128).seed(5).build();
    }
}
