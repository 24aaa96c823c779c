package org.bertopic4j.contract;

import org.bertopic4j.DimensionReducer;
import org.bertopic4j.reduce.PcaReducer;

/** The randomized-SVD PCA against the reducer contract (single-threaded, so threads are ignored). */
class PcaContractTest extends DimensionReducerContract {
    @Override
    protected DimensionReducer reducer(int threads) {
        return PcaReducer.builder().seed(42L).build();
    }

    @Override
    protected int outputWidth(int inputWidth) {
        return 5;
    }
}
