package org.bertopic4j.hdbscan;

import org.bertopic4j.Clusterer;
import org.bertopic4j.contract.ClustererContract;

/** The clusterer contract for HDBSCAN with the generic (Prim) tree and Manhattan distance. */
class HdbscanGenericContractTest extends ClustererContract {
    @Override
    protected Clusterer clusterer(int threads) {
        return Hdbscan.builder().minClusterSize(5).algorithm(Hdbscan.Algorithm.GENERIC)
                .metric(Hdbscan.Metric.MANHATTAN).threads(threads).build();
    }
}
