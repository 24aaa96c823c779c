package org.bertopic4j;

import java.util.List;
import org.bertopic4j.matrix.Matrices;

/**
 * Turns documents, words and (for multimodal backends) images into dense vectors: the first stage of
 * the pipeline, BERTopic's {@code BaseEmbedder} / {@code MultiModalBackend}.
 *
 * <p>Implementations that hold native resources (ONNX sessions, tokenizers) release them in
 * {@link #close()}; use them with try-with-resources:
 * <pre>{@code
 * try (EmbeddingBackend backend = SentenceEmbedder.allMiniLmL6V2()) {
 *     float[][] vectors = backend.embedDocuments(List.of("a first post", "a second post"));
 * }
 * }</pre>
 */
public interface EmbeddingBackend extends AutoCloseable {

    /** Embeds documents (BERTopic's {@code embed_documents}); one row per document, in order. */
    float[][] embedDocuments(List<String> documents);

    /**
     * Embeds single words or short phrases (BERTopic's {@code embed_words}), used by representation
     * models and topic search. Defaults to {@link #embedDocuments(List)}.
     */
    default float[][] embedWords(List<String> words) {
        return embedDocuments(words);
    }

    /** Whether {@link #embedImages(List)} is supported. */
    default boolean supportsImages() {
        return false;
    }

    /**
     * Embeds images; one row per image, in order.
     *
     * @throws UnsupportedOperationException when {@link #supportsImages()} is false
     */
    default float[][] embedImages(List<ImageSource> images) {
        throw new UnsupportedOperationException(getClass().getSimpleName()
                + " cannot embed images: use a multimodal backend (for example ClipBackend) or an image feature backend");
    }

    /**
     * Embeds a corpus the way BERTopic's {@code _extract_embeddings} does: documents only, images only, or
     * both, in which case the text and image embeddings of each row are averaged element-wise
     * (BERTopic's {@code MultiModalBackend}). Multimodal backends may override this to offer other fusions.
     *
     * @param documents the documents, or {@code null} for an image-only corpus
     * @param images the images, or {@code null} for a text-only corpus
     */
    default float[][] embed(List<String> documents, List<ImageSource> images) {
        if (documents == null && images == null) {
            throw new IllegalArgumentException("documents and images are both null: give at least one of them");
        }
        if (images == null || !supportsImages()) {
            if (documents == null) {
                embedImages(images); // throws the unsupported-operation error naming this backend
            }
            return embedDocuments(documents);
        }
        if (documents == null) {
            return embedImages(images);
        }
        if (documents.size() != images.size()) {
            throw new IllegalArgumentException("documents and images differ in length: " + documents.size()
                    + " documents, " + images.size() + " images; give one image per document");
        }
        return Matrices.elementwiseMean(embedDocuments(documents), embedImages(images));
    }

    /** Releases native resources; the default does nothing. */
    @Override
    default void close() {
    }
}
