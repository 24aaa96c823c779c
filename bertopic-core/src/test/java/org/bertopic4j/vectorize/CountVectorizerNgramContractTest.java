package org.bertopic4j.vectorize;

import org.bertopic4j.Vectorizer;
import org.bertopic4j.contract.VectorizerContract;

/** {@link CountVectorizer} with 1- to 3-grams and English stop words meets the {@link VectorizerContract}. */
class CountVectorizerNgramContractTest extends VectorizerContract {
    @Override
    protected Vectorizer createVectorizer() {
        return CountVectorizer.builder().ngramRange(1, 3).stopWords(StopWords.ENGLISH).build();
    }
}
