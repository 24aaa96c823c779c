package org.bertopic4j.djl.text;

import org.bertopic4j.EmbeddingBackend;
import org.bertopic4j.contract.EmbeddingBackendContract;

/** The embedder contract on the embedded all-MiniLM-L6-v2 (batch size 4, so the samples span several batches). */
class SentenceEmbedderContractTest extends EmbeddingBackendContract {

    @Override
    protected EmbeddingBackend createBackend() {
        return SentenceEmbedder.allMiniLmL6V2Builder().batchSize(4).build();
    }

    @Override
    protected EmbeddingBackend createBackend(int batchSize) {
        return SentenceEmbedder.allMiniLmL6V2Builder().batchSize(batchSize).build();
    }

    @Override
    protected int expectedDimension() {
        return 384;
    }
}
