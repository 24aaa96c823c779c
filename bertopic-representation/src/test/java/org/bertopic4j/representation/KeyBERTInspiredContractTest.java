package org.bertopic4j.representation;

import org.bertopic4j.RepresentationModel;
import org.bertopic4j.contract.ContextCapture;
import org.bertopic4j.contract.RepresentationModelContract;

/** {@link KeyBERTInspired} passes the representation-model contract on real data. */
class KeyBERTInspiredContractTest extends RepresentationModelContract {
    @Override
    protected RepresentationModel model() {
        return KeyBERTInspired.defaults();
    }

    @Override
    protected ContextCapture.Captured fitted() {
        return Fitted.fortunes();
    }
}
