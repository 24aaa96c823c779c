package org.bertopic4j.representation;

import org.bertopic4j.RepresentationModel;
import org.bertopic4j.contract.ContextCapture;
import org.bertopic4j.contract.RepresentationModelContract;

/** {@link VisualRepresentation} passes the representation-model contract on real data. */
class VisualRepresentationContractTest extends RepresentationModelContract {
    @Override
    protected RepresentationModel model() {
        return VisualRepresentation.builder().imageHeight(120).build();
    }

    @Override
    protected ContextCapture.Captured fitted() {
        return Fitted.clipart();
    }
}
