package org.bertopic4j.vectorize;

import org.bertopic4j.Vectorizer;
import org.bertopic4j.contract.VectorizerContract;

/** {@link CountVectorizer} in its default configuration meets the {@link VectorizerContract}. */
class CountVectorizerContractTest extends VectorizerContract {
    @Override
    protected Vectorizer createVectorizer() {
        return CountVectorizer.defaults();
    }
}
