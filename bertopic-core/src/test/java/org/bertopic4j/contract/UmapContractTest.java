package org.bertopic4j.contract;

import org.bertopic4j.DimensionReducer;
import org.bertopic4j.umap.Umap;

/**
 * UMAP against the reducer contract. Transform is not row-wise: like umap-learn, it prunes the new
 * points' graph by the batch's largest weight and draws negative samples per block of the batch.
 */
class UmapContractTest extends DimensionReducerContract {
    @Override
    protected DimensionReducer reducer(int threads) {
        return Umap.builder().seed(42L).threads(threads).build();
    }

    @Override
    protected int outputWidth(int inputWidth) {
        return 5;
    }

    @Override
    protected boolean transformIsRowwise() {
        return false;
    }
}
