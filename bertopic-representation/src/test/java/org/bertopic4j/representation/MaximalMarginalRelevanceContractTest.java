package org.bertopic4j.representation;

import org.bertopic4j.RepresentationModel;
import org.bertopic4j.contract.ContextCapture;
import org.bertopic4j.contract.RepresentationModelContract;

/** {@link MaximalMarginalRelevance} passes the representation-model contract on real data. */
class MaximalMarginalRelevanceContractTest extends RepresentationModelContract {
    @Override
    protected RepresentationModel model() {
        return MaximalMarginalRelevance.defaults();
    }

    @Override
    protected ContextCapture.Captured fitted() {
        return Fitted.fortunes();
    }
}
