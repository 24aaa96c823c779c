package org.bertopic4j.persist;

import java.util.Optional;

/**
 * What {@code TopicModel.save} writes besides BERTopic's minimal files. Immutable.
 *
 * <pre>{@code
 * model.save(dir, SaveOptions.builder().embeddingModel("sentence-transformers/all-MiniLM-L6-v2").build());
 * }</pre>
 *
 * @see #defaults()
 */
public final class SaveOptions {
    private final String embeddingModel;
    private final boolean ctfidf;
    private final boolean javaState;
    private final boolean documents;

    private SaveOptions(Builder b) {
        this.embeddingModel = b.embeddingModel;
        this.ctfidf = b.ctfidf;
        this.javaState = b.javaState;
        this.documents = b.documents;
    }

    /** c-TF-IDF, Java extension and documents on; no embedding model id. */
    public static SaveOptions defaults() {
        return builder().build();
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** The embedding model's Hugging Face id written to {@code config.json}, if set. */
    public Optional<String> embeddingModel() {
        return Optional.ofNullable(embeddingModel);
    }

    /** Whether {@code ctfidf.safetensors} and {@code ctfidf_config.json} are written (BERTopic's {@code save_ctfidf}). */
    public boolean ctfidf() {
        return ctfidf;
    }

    /** Whether the Java extension (fitted stages, probabilities, representative documents) is written. */
    public boolean javaState() {
        return javaState;
    }

    /** Whether the training documents are written into the Java extension. */
    public boolean documents() {
        return documents;
    }

    /** Builds {@link SaveOptions}. */
    public static final class Builder {
        private String embeddingModel;
        private boolean ctfidf = true;
        private boolean javaState = true;
        private boolean documents = true;

        private Builder() {
        }

        /**
         * The embedding model's Hugging Face id, so that Python's {@code BERTopic.load} loads it with
         * sentence-transformers (BERTopic's {@code save_embedding_model="..."}).
         *
         * @throws IllegalArgumentException when blank
         */
        public Builder embeddingModel(String id) {
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("embeddingModel is blank: give a Hugging Face id such as "
                        + "\"sentence-transformers/all-MiniLM-L6-v2\"");
            }
            this.embeddingModel = id;
            return this;
        }

        /** Write the c-TF-IDF files (default true; BERTopic's default is false). */
        public Builder ctfidf(boolean on) {
            this.ctfidf = on;
            return this;
        }

        /**
         * Write the Java extension (default true): with it, a loaded model transforms with its fitted
         * reducer and clusterer, as before saving; without it, by topic-embedding similarity as Python does.
         */
        public Builder javaState(boolean on) {
            this.javaState = on;
            return this;
        }

        /** Keep the training documents in the Java extension (default true; BERTopic does not save them). */
        public Builder documents(boolean on) {
            this.documents = on;
            return this;
        }

        /** The options. */
        public SaveOptions build() {
            return new SaveOptions(this);
        }
    }
}
