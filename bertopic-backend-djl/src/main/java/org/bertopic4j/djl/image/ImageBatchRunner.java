package org.bertopic4j.djl.image;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.bertopic4j.ImageSource;

/**
 * Embeds a list of images batch by batch with any vision model: reads and preprocesses each batch
 * ({@link PixelBatch}) in the background while the model runs on the previous one, runs the model on the
 * images that could be read, and puts every vector back at its input position; skipped images get zero
 * rows and are reported. Results do not depend on the overlap.
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

    /** Reads and preprocesses the batch starting at {@code from} in the background. */
    private static CompletableFuture<PixelBatch> loadAsync(List<ImageSource> images, int from, int batchSize,
            ImagePreprocessor preprocessor, BadImagePolicy policy) {
        int to = Math.min(images.size(), from + batchSize);
        return CompletableFuture.supplyAsync(() -> PixelBatch.load(images, from, to, preprocessor, policy));
    }

    private static PixelBatch join(CompletableFuture<PixelBatch> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
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
        CompletableFuture<PixelBatch> next = loadAsync(images, 0, batchSize, preprocessor, policy);
        try {
            for (int from = 0; from < images.size(); from += batchSize) {
                PixelBatch batch = join(next);
                int following = from + batchSize;
                next = following < images.size() ? loadAsync(images, following, batchSize, preprocessor, policy) : null;
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
        } finally {
            if (next != null) {
                next.cancel(false);
            }
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
