package org.bertopic4j.djl.image;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.bertopic4j.ImageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pixel tensor of one batch of images: the images that could be read, preprocessed back to back in
 * one float array, with their positions in the caller's list and the ones skipped.
 *
 * @param pixels {@code rows()} images of {@link ImagePreprocessor#imageSize()} floats each
 * @param rows for each image in {@code pixels}, its index in the caller's list
 * @param skipped the images that could not be read (only under {@link BadImagePolicy#SKIP})
 */
public record PixelBatch(float[] pixels, int[] rows, List<SkippedImage> skipped) {
    private static final Logger LOG = LoggerFactory.getLogger(PixelBatch.class);

    /**
     * Reads and preprocesses {@code images.subList(from, to)}, the images in parallel (each into its own slot
     * of the tensor, so the result does not depend on scheduling).
     *
     * @throws IllegalArgumentException naming the image when one cannot be read under {@link BadImagePolicy#FAIL}
     */
    public static PixelBatch load(List<ImageSource> images, int from, int to, ImagePreprocessor preprocessor,
            BadImagePolicy policy) {
        int size = preprocessor.imageSize();
        int n = to - from;
        float[] pixels = new float[n * size];
        RuntimeException[] errors = new RuntimeException[n];
        IntStream.range(0, n).parallel().forEach(k -> {
            try {
                preprocessor.preprocess(StrictImageReader.read(images.get(from + k)), pixels, k * size);
            } catch (UncheckedIOException | IllegalArgumentException e) {
                errors[k] = e;
            }
        });
        int[] rows = new int[n];
        List<SkippedImage> skipped = new ArrayList<>();
        int kept = 0;
        for (int k = 0; k < n; k++) {
            int i = from + k;
            if (errors[k] == null) {
                if (kept != k) {
                    System.arraycopy(pixels, k * size, pixels, kept * size, size);
                }
                rows[kept++] = i;
                continue;
            }
            String name = images.get(i).name();
            String reason = errors[k].getMessage();
            if (policy == BadImagePolicy.FAIL) {
                throw new IllegalArgumentException("images[" + i + "] (" + name + ") cannot be read: " + reason
                        + "; fix or remove it, or use BadImagePolicy.SKIP", errors[k]);
            }
            LOG.warn("skipping images[{}] ({}): {}", i, name, reason);
            skipped.add(new SkippedImage(i, name, reason));
        }
        return new PixelBatch(kept == n ? pixels : Arrays.copyOf(pixels, kept * size), Arrays.copyOf(rows, kept),
                skipped);
    }

    /** Number of images in {@link #pixels()}. */
    public int count() {
        return rows.length;
    }

    /**
     * Checks an image list: not null, not empty, no null elements.
     *
     * @throws IllegalArgumentException naming {@code images} and the offending index
     */
    public static void requireImages(List<ImageSource> images) {
        if (images == null) {
            throw new IllegalArgumentException("images is null: give a list of ImageSource");
        }
        if (images.isEmpty()) {
            throw new IllegalArgumentException("images is empty: give at least one image");
        }
        for (int i = 0; i < images.size(); i++) {
            if (images.get(i) == null) {
                throw new IllegalArgumentException("images[" + i + "] is null: give an ImageSource for every row");
            }
        }
    }
}
