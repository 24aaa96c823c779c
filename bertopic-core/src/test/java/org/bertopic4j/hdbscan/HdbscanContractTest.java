package org.bertopic4j.hdbscan;

import org.bertopic4j.Clusterer;
import org.bertopic4j.contract.ClustererContract;

/** The clusterer contract for HDBSCAN (default Boruvka tree, min cluster size 5). */
class HdbscanContractTest extends ClustererContract {
    @Override
    protected Clusterer clusterer(int threads) {
        return Hdbscan.builder().minClusterSize(5).threads(threads).build();
    }
}
