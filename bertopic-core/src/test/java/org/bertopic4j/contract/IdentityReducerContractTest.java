package org.bertopic4j.contract;

import org.bertopic4j.DimensionReducer;
import org.bertopic4j.reduce.IdentityReducer;

/** The identity reducer against the reducer contract. */
class IdentityReducerContractTest extends DimensionReducerContract {
    @Override
    protected DimensionReducer reducer(int threads) {
        return new IdentityReducer();
    }

    @Override
    protected int outputWidth(int inputWidth) {
        return inputWidth;
    }
}
