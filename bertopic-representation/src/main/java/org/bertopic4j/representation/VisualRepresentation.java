package org.bertopic4j.representation;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.bertopic4j.check.Arguments;
import org.bertopic4j.ImageCaptioner;
import org.bertopic4j.ImageSource;
import org.bertopic4j.ImageToText;
import org.bertopic4j.Representation;
import org.bertopic4j.RepresentationContext;
import org.bertopic4j.RepresentationModel;
import org.bertopic4j.WordScore;

/**
 * BERTopic's {@code VisualRepresentation} (SPEC §2.24): a picture per topic, tiled from the images of
 * its {@code nrReprImages} most representative rows (c-TF-IDF similarity among {@code nrSamples}
 * sampled rows, chosen by row id), in rows of three, scaled to {@code imageHeight} pixels high (see
 * {@code ImageTile} for the layout and the fixed row resize). Use it as a named aspect:
 *
 * <pre>{@code
 * BERTopic.builder()
 *         .aspect("Visual_Aspect", VisualRepresentation.builder().captioner(captioner).build())
 *         .build()
 *         .fit(Corpus.of(texts, images));   // or Corpus.ofImages(images) for image-only topics
 * }</pre>
 *
 * <p>For image-only corpora it is also the pipeline's {@link ImageToText}: per topic it selects up to
 * {@code nrReprImages} images by maximal marginal relevance (diversity 0.1) around the mean image
 * embedding, and its captioner describes them. Without a captioner, image-only corpora are refused
 * unless {@link Builder#imagesAlone(boolean)} asks for topics described by images alone.
 *
 * <p>Outcome for topics without images: every row of a corpus with images has one, so a topic
 * always has images; a corpus without images is refused with an {@link IllegalArgumentException},
 * and an image that cannot be read fails with an {@link java.io.UncheckedIOException} naming the file.
 * Immutable and thread-safe when its captioner is.
 */
public final class VisualRepresentation implements RepresentationModel, ImageToText {
    /** The MMR diversity BERTopic uses to choose the images to caption. */
    public static final double IMAGE_DIVERSITY = 0.1;
    private final int nrReprImages;
    private final int nrSamples;
    private final int imageHeight;
    private final boolean imageSquares;
    private final ImageCaptioner captioner;
    private final boolean imagesAlone;

    private VisualRepresentation(Builder b) {
        this.nrReprImages = b.nrReprImages;
        this.nrSamples = b.nrSamples;
        this.imageHeight = b.imageHeight;
        this.imageSquares = b.imageSquares;
        this.captioner = b.captioner;
        this.imagesAlone = b.imagesAlone;
    }

    /** BERTopic's defaults: 9 images of 500 samples, 600 px high, no squares, no captioner. */
    public static VisualRepresentation defaults() {
        return builder().build();
    }

    /** A builder starting from BERTopic's defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** One {@link Representation.Picture} per topic of {@code topics} (the words are not used). */
    @Override
    public Map<Integer, Representation> extractTopics(RepresentationContext context, Map<Integer, List<WordScore>> topics) {
        Inputs.require("VisualRepresentation", context, topics);
        List<ImageSource> images = context.images().orElseThrow(() -> new IllegalArgumentException(
                "VisualRepresentation needs a corpus with images, and this one has none: give one image per document "
                        + "with Corpus.of(documents, images) or Corpus.withImages(...)"));
        if (topics.isEmpty()) {
            return Map.of();
        }
        Map<Integer, List<Integer>> rows = context.representativeRows(nrSamples, nrReprImages);
        Map<Integer, Representation> out = new LinkedHashMap<>();
        for (int topic : topics.keySet()) {
            List<BufferedImage> pictures = new ArrayList<>();
            for (int r : rows.get(topic)) {
                pictures.add(images.get(r).read());
            }
            out.put(topic, new Representation.Picture(ImageTile.build(pictures, imageHeight, imageSquares)));
        }
        return out;
    }

    @Override
    public Map<Integer, List<Integer>> selectImages(int[] topics, float[][] embeddings) {
        if (topics == null || embeddings == null || topics.length != embeddings.length) {
            throw new IllegalArgumentException("topics and embeddings must be non-null with one row each, got "
                    + (topics == null ? "null" : topics.length) + " topics and "
                    + (embeddings == null ? "null" : embeddings.length) + " embeddings");
        }
        Map<Integer, List<Integer>> members = new TreeMap<>();
        for (int r = 0; r < topics.length; r++) {
            members.computeIfAbsent(topics[r], t -> new ArrayList<>()).add(r);
        }
        Map<Integer, List<Integer>> out = new LinkedHashMap<>();
        members.forEach((topic, rows) -> {
            List<float[]> vectors = rows.stream().map(r -> embeddings[r]).toList();
            double[][] candidates = vectors.stream().map(Inputs::toDouble).toArray(double[][]::new);
            int[] picked = Mmr.select(Inputs.mean(vectors), candidates, nrReprImages, IMAGE_DIVERSITY);
            List<Integer> chosen = new ArrayList<>(picked.length);
            for (int i : picked) {
                chosen.add(rows.get(i));
            }
            out.put(topic, List.copyOf(chosen));
        });
        return out;
    }

    @Override
    public Optional<ImageCaptioner> captioner() {
        return Optional.ofNullable(captioner);
    }

    @Override
    public boolean imagesAlone() {
        return imagesAlone;
    }

    /** Images per topic tile (BERTopic: 9); also the images captioned per image-only topic. */
    public int nrReprImages() {
        return nrReprImages;
    }

    /** Rows sampled per topic when choosing representative images (BERTopic: 500). */
    public int nrSamples() {
        return nrSamples;
    }

    /** Height of the tile in pixels (BERTopic: 600). */
    public int imageHeight() {
        return imageHeight;
    }

    /** Whether every image is squashed to a square of {@code imageHeight / 3} (BERTopic: false). */
    public boolean imageSquares() {
        return imageSquares;
    }

    @Override
    public String toString() {
        return "VisualRepresentation[nrReprImages=" + nrReprImages + ", nrSamples=" + nrSamples + ", imageHeight="
                + imageHeight + ", imageSquares=" + imageSquares + ", captioner=" + captioner
                + ", imagesAlone=" + imagesAlone + "]";
    }

    /** Builds a {@link VisualRepresentation}; every setter checks its argument. */
    public static final class Builder {
        private int nrReprImages = 9;
        private int nrSamples = 500;
        private int imageHeight = 600;
        private boolean imageSquares;
        private ImageCaptioner captioner;
        private boolean imagesAlone;

        private Builder() {
        }

        /** Images per topic (default 9, at least 1). */
        public Builder nrReprImages(int n) {
            this.nrReprImages = Arguments.atLeast("nrReprImages", n, 1);
            return this;
        }

        /** Rows sampled per topic before ranking (default 500, at least 1). */
        public Builder nrSamples(int n) {
            this.nrSamples = Arguments.atLeast("nrSamples", n, 1);
            return this;
        }

        /** Tile height in pixels (default 600, at least 3). */
        public Builder imageHeight(int pixels) {
            if (pixels < 3) {
                throw new IllegalArgumentException("imageHeight must be >= 3 pixels, got " + pixels);
            }
            this.imageHeight = pixels;
            return this;
        }

        /** Squash every image to a square (default false). */
        public Builder imageSquares(boolean squares) {
            this.imageSquares = squares;
            return this;
        }

        /** The image-to-text model that captions image-only topics (BERTopic's {@code image_to_text_model}). */
        public Builder captioner(ImageCaptioner captioner) {
            if (captioner == null) {
                throw new IllegalArgumentException("captioner is null: give an ImageCaptioner, or leave it unset");
            }
            this.captioner = captioner;
            return this;
        }

        /**
         * Allow image-only corpora without a captioner: topics then have no words and are described by
         * their pictures alone (default false: such corpora are refused with an error asking for a captioner).
         */
        public Builder imagesAlone(boolean allow) {
            this.imagesAlone = allow;
            return this;
        }

        /** The model. */
        public VisualRepresentation build() {
            return new VisualRepresentation(this);
        }
    }
}
