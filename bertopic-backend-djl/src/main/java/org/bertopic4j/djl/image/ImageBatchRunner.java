package org.bertopic4j.djl.image;

import java.util.ArrayList;
import java.util.List;
import org.bertopic4j.ImageSource;

/**
 * Embeds a list of images batch by batch with any vision model: reads and preprocesses each batch
 * ({@link PixelBatch}), runs the model on the images that could be read, and puts every vector back at
 * its input position; skipped images get zero rows and are reported.
 */
public final class ImageBatchRunner {
    /** A vision model: embeds {@code count} preprocessed images given back to back in {@code pixels}. */
    @FunctionalInterface
    public interface VisionModel {
        /** One vector per image, in order. */
        float[][] embed(float[] pixels, int count);
    }

    private ImageBatchRunner() {
    }

    /**
     * Embeds {@code images} in batches of {@code batchSize}.
     *
     * @param dimension the embedding width, used for the zero rows of skipped images when no image of the
     *     list could be embedded (pass -1 when unknown: then such a list fails)
     * @throws IllegalArgumentException for a null or empty list, a null element, or (under
     *     {@link BadImagePolicy#FAIL}) an unreadable image, naming it
     */
    public static ImageEmbeddings embed(List<ImageSource> images, ImagePreprocessor preprocessor,
            BadImagePolicy policy, int batchSize, int dimension, VisionModel model) {
        PixelBatch.requireImages(images);
        float[][] out = new float[images.size()][];
        List<SkippedImage> skipped = new ArrayList<>();
        int width = dimension;
        for (int from = 0; from < images.size(); from += batchSize) {
            int to = Math.min(images.size(), from + batchSize);
            PixelBatch batch = PixelBatch.load(images, from, to, preprocessor, policy);
            skipped.addAll(batch.skipped());
            if (batch.count() == 0) {
                continue;
            }
            float[][] vectors = model.embed(batch.pixels(), batch.count());
            for (int k = 0; k < vectors.length; k++) {
                out[batch.rows()[k]] = vectors[k];
            }
            width = vectors[0].length;
        }
        if (!skipped.isEmpty()) {
            if (width < 0) {
                throw new IllegalArgumentException("none of the " + images.size() + " images could be read (first: "
                        + skipped.get(0).name() + ": " + skipped.get(0).reason() + ")");
            }
            for (SkippedImage s : skipped) {
                out[s.index()] = new float[width];
            }
        }
        return new ImageEmbeddings(out, skipped);
    }
}
