package org.bertopic4j;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bertopic4j.matrix.CsrMatrix;

/**
 * The {@link RepresentationContext} of image-only topics described by images alone: there is no text,
 * so the vocabulary is empty and the c-TF-IDF matrix has no columns; a topic's representative rows
 * are the images its {@link ImageToText} model chose (most central first) rather than c-TF-IDF matches.
 */
final class ImagesAloneContext implements RepresentationContext {
    private final List<String> names;
    private final int[] topics;
    private final List<ImageSource> images;
    private final float[][] embeddings;
    private final EmbeddingBackend backend;
    private final int[] topicIds;
    private final Map<Integer, List<Integer>> selection;
    private final long seed;

    ImagesAloneContext(List<String> names, int[] topics, List<ImageSource> images, float[][] embeddings,
                       EmbeddingBackend backend, int[] topicIds, Map<Integer, List<Integer>> selection, long seed) {
        this.names = names;
        this.topics = topics;
        this.images = images;
        this.embeddings = embeddings;
        this.backend = backend;
        this.topicIds = topicIds;
        this.selection = selection;
        this.seed = seed;
    }

    /** The vectorizer of topics described by images alone: no terms, zero-width counts. */
    static final FittedVectorizer NO_WORDS = new FittedVectorizer() {
        @Override
        public List<String> vocabulary() {
            return List.of();
        }

        @Override
        public CsrMatrix transform(List<String> documents) {
            return CsrMatrix.wrap(documents.size(), 0, new int[documents.size() + 1], new int[0], new double[0]);
        }

        @Override
        public List<String> tokenize(String document) {
            return List.of();
        }

        @Override
        public String toString() {
            return "NoWords[images alone]";
        }
    };

    /** The image names, one per row. */
    @Override
    public List<String> documents() {
        return names;
    }

    @Override
    public int[] topics() {
        return topics.clone();
    }

    @Override
    public Optional<List<ImageSource>> images() {
        return Optional.of(images);
    }

    @Override
    public Optional<float[][]> embeddings() {
        return Optional.of(embeddings);
    }

    @Override
    public Optional<EmbeddingBackend> embeddingBackend() {
        return Optional.ofNullable(backend);
    }

    @Override
    public CsrMatrix cTfIdf() {
        return NO_WORDS.transform(names.subList(0, topicIds.length));
    }

    @Override
    public int[] cTfIdfTopics() {
        return topicIds.clone();
    }

    @Override
    public FittedVectorizer vectorizer() {
        return NO_WORDS;
    }

    @Override
    public CsrMatrix cTfIdfOf(List<String> texts) {
        return NO_WORDS.transform(texts);
    }

    /** The chosen images of each topic, most central first, at most {@code nrDocs} ({@code nrSamples} is unused). */
    @Override
    public Map<Integer, List<Integer>> representativeRows(int nrSamples, int nrDocs) {
        if (nrSamples < 1 || nrDocs < 1) {
            throw new IllegalArgumentException("nrSamples and nrDocs must be >= 1, got " + nrSamples + " and " + nrDocs);
        }
        Map<Integer, List<Integer>> out = new LinkedHashMap<>();
        for (int t : topicIds) {
            List<Integer> rows = selection.get(t);
            out.put(t, List.copyOf(rows.subList(0, Math.min(nrDocs, rows.size()))));
        }
        return out;
    }

    @Override
    public long seed() {
        return seed;
    }
}
