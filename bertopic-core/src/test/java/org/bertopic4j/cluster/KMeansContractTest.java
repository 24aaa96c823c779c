package org.bertopic4j.cluster;

import org.bertopic4j.Clusterer;
import org.bertopic4j.contract.ClustererContract;

/** The clusterer contract for k-means (3 clusters, seeded). */
class KMeansContractTest extends ClustererContract {
    @Override
    protected Clusterer clusterer(int threads) {
        return KMeansClusterer.builder().nClusters(3).seed(5).threads(threads).build();
    }
}
