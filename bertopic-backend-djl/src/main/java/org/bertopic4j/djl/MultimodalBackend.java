package org.bertopic4j.djl;

import java.util.List;
import java.util.Objects;
import org.bertopic4j.EmbeddingBackend;
import org.bertopic4j.ImageSource;
import org.bertopic4j.djl.image.ImageEmbedder;
import org.bertopic4j.djl.image.ImageEmbeddings;

/**
 * A multimodal backend made of any text backend and any image backend (BERTopic's MultiModalBackend with
 * its {@code image_model}): documents go to the text backend, images to the image backend, and
 * {@link #embed(List, List)} with both fuses each row ({@link Fusion}). With the default
 * {@link Fusion#MEAN} the two must share one space (CLIP text + CLIP vision, or a multilingual CLIP text
 * encoder + CLIP vision); {@link Fusion#CONCATENATE} combines unrelated models:
 * <pre>{@code
 * EmbeddingBackend backend = MultimodalBackend.builder(miniLm, ImageFeatureBackend.load(mobilenetDir))
 *         .fusion(Fusion.CONCATENATE).weights(1.0, 0.5).build();
 * }</pre>
 * Thread-safe when both components are. {@link #close()} closes both components.
 */
public final class MultimodalBackend implements EmbeddingBackend {
    private final EmbeddingBackend text;
    private final EmbeddingBackend image;
    private final Fusion fusion;
    private final double textWeight;
    private final double imageWeight;

    private MultimodalBackend(Builder b) {
        this.text = b.text;
        this.image = b.image;
        this.fusion = b.fusion;
        this.textWeight = b.textWeight;
        this.imageWeight = b.imageWeight;
    }

    /**
     * A builder combining a text and an image backend.
     *
     * @throws IllegalArgumentException when either is null or the image backend cannot embed images
     */
    public static Builder builder(EmbeddingBackend textBackend, EmbeddingBackend imageBackend) {
        return new Builder(textBackend, imageBackend);
    }

    @Override
    public float[][] embedDocuments(List<String> documents) {
        return text.embedDocuments(documents);
    }

    @Override
    public float[][] embedWords(List<String> words) {
        return text.embedWords(words);
    }

    @Override
    public boolean supportsImages() {
        return true;
    }

    @Override
    public float[][] embedImages(List<ImageSource> images) {
        return image.embedImages(images);
    }

    /**
     * Documents only, images only, or both fused row by row with the configured {@link Fusion}; a row whose
     * image was skipped ({@link org.bertopic4j.djl.image.BadImagePolicy#SKIP}) falls back to its text.
     */
    @Override
    public float[][] embed(List<String> documents, List<ImageSource> images) {
        return fusion.embed(documents, images, textWeight, imageWeight, text::embedDocuments, this::imageReport);
    }

    private ImageEmbeddings imageReport(List<ImageSource> images) {
        return image instanceof ImageEmbedder e ? e.embedImagesWithReport(images)
                : new ImageEmbeddings(image.embedImages(images), List.of());
    }

    @Override
    public void close() {
        try {
            text.close();
        } finally {
            image.close();
        }
    }

    /** Options of a {@link MultimodalBackend}; validated in the setters. */
    public static final class Builder {
        private final EmbeddingBackend text;
        private final EmbeddingBackend image;
        private Fusion fusion = Fusion.MEAN;
        private double textWeight = 1.0;
        private double imageWeight = 1.0;

        private Builder(EmbeddingBackend text, EmbeddingBackend image) {
            if (text == null || image == null) {
                throw new IllegalArgumentException("textBackend and imageBackend must not be null, got " + text
                        + " and " + image);
            }
            if (!image.supportsImages()) {
                throw new IllegalArgumentException("imageBackend " + image.getClass().getSimpleName()
                        + " cannot embed images; give an image backend such as ImageFeatureBackend or ClipBackend");
            }
            this.text = text;
            this.image = image;
        }

        /** The fusion of text and image rows (default {@link Fusion#MEAN}, as BERTopic). */
        public Builder fusion(Fusion fusion) {
            this.fusion = Objects.requireNonNull(fusion, "fusion");
            return this;
        }

        /** Weights of the text and image parts for {@link Fusion#CONCATENATE} (default 1 and 1). */
        public Builder weights(double textWeight, double imageWeight) {
            this.textWeight = Fusion.requireWeight("textWeight", textWeight);
            this.imageWeight = Fusion.requireWeight("imageWeight", imageWeight);
            return this;
        }

        /** The backend. */
        public MultimodalBackend build() {
            return new MultimodalBackend(this);
        }
    }
}
