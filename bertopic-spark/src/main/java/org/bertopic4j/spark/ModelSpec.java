package org.bertopic4j.spark;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.bertopic4j.Corpus;
import org.bertopic4j.TopicModel;

/**
 * The broadcast form of a model fitted on a sample: the sample itself (documents, embeddings, labels), the
 * configuration factory and a fingerprint of the driver's fit. The core {@link TopicModel} is not
 * serialisable (its fitted stages are arbitrary objects), so an executor that does not already hold the model
 * fits it again from this exact input and checks that it got the driver's model.
 */
final class ModelSpec implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String key;
    private final ConfigFactory factory;
    private final List<String> documents;
    private final float[][] embeddings;
    private final int[] labels;
    private final long fingerprint;

    ModelSpec(String key, ConfigFactory factory, List<String> documents, float[][] embeddings, int[] labels,
              long fingerprint) {
        this.key = key;
        this.factory = factory;
        this.documents = documents == null ? null : List.copyOf(documents); // a serialisable list
        this.embeddings = embeddings;
        this.labels = labels;
        this.fingerprint = fingerprint;
    }

    /** The corpus of a sample: documents when given, embeddings always, labels when given. */
    static Corpus corpus(List<String> documents, float[][] embeddings, int[] labels) {
        Corpus c = documents == null ? Corpus.ofEmbeddings(embeddings) : Corpus.of(documents).withEmbeddings(embeddings);
        return labels == null ? c : c.withLabels(labels);
    }

    /** A hash of what transform and topic words depend on: topics, strengths, topic embeddings, vocabulary. */
    static long fingerprint(TopicModel model) {
        long h = Arrays.hashCode(model.topics());
        h = 31 * h + Arrays.hashCode(model.probabilities());
        h = 31 * h + model.vectorizer().vocabulary().hashCode();
        h = 31 * h + (model.corpus().hasEmbeddings() ? Arrays.deepHashCode(model.topicEmbeddings()) : 0);
        return h;
    }

    String key() {
        return key;
    }

    /**
     * Fits the model again on this JVM.
     *
     * @throws IllegalStateException when the result differs from the driver's model (an unseeded configuration)
     */
    TopicModel refit() {
        TopicModel model = factory.create().fit(corpus(documents, embeddings, labels));
        if (fingerprint(model) != fingerprint) {
            throw new IllegalStateException("the model fitted again on " + ExecutorInfo.describe()
                    + " differs from the driver's model: the ConfigFactory must return a seeded, deterministic "
                    + "configuration (BERTopic.builder().seed(...))");
        }
        return model;
    }
}
