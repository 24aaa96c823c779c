package org.bertopic4j;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bertopic4j.matrix.CsrMatrix;
import org.bertopic4j.vectorize.FittedClassTfidf;

/** The {@link RepresentationContext} of one fit: read-only views of the fitted state. */
final class FitContext implements RepresentationContext {
    private final List<String> documents;
    private final int[] topics;
    private final List<ImageSource> images;
    private final float[][] embeddings;
    private final EmbeddingBackend backend;
    private final CsrMatrix ctfidf;
    private final int[] topicIds;
    private final FittedVectorizer vectorizer;
    private final FittedClassTfidf ctfidfModel;
    private final long seed;

    FitContext(List<String> documents, int[] topics, List<ImageSource> images, float[][] embeddings,
               EmbeddingBackend backend, CsrMatrix ctfidf, int[] topicIds, FittedVectorizer vectorizer,
               FittedClassTfidf ctfidfModel, long seed) {
        this.documents = documents;
        this.topics = topics;
        this.images = images;
        this.embeddings = embeddings;
        this.backend = backend;
        this.ctfidf = ctfidf;
        this.topicIds = topicIds;
        this.vectorizer = vectorizer;
        this.ctfidfModel = ctfidfModel;
        this.seed = seed;
    }

    @Override
    public List<String> documents() {
        return documents;
    }

    @Override
    public int[] topics() {
        return topics.clone();
    }

    @Override
    public Optional<List<ImageSource>> images() {
        return Optional.ofNullable(images);
    }

    @Override
    public Optional<float[][]> embeddings() {
        return Optional.ofNullable(embeddings);
    }

    @Override
    public Optional<EmbeddingBackend> embeddingBackend() {
        return Optional.ofNullable(backend);
    }

    @Override
    public CsrMatrix cTfIdf() {
        return ctfidf;
    }

    @Override
    public int[] cTfIdfTopics() {
        return topicIds.clone();
    }

    @Override
    public FittedVectorizer vectorizer() {
        return vectorizer;
    }

    @Override
    public CsrMatrix cTfIdfOf(List<String> texts) {
        return ctfidfModel.transform(vectorizer.transform(texts));
    }

    @Override
    public Map<Integer, List<Integer>> representativeRows(int nrSamples, int nrDocs) {
        if (nrSamples < 1 || nrDocs < 1) {
            throw new IllegalArgumentException("nrSamples and nrDocs must be >= 1, got " + nrSamples + " and " + nrDocs);
        }
        return RepresentativeDocs.select(topics, topicIds, ctfidf, documents, this::cTfIdfOf, nrSamples, nrDocs, seed);
    }

    @Override
    public long seed() {
        return seed;
    }
}
