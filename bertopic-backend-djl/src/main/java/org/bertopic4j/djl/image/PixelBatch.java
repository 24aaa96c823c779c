package org.bertopic4j.djl.image;

import java.awt.image.BufferedImage;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
     * Reads and preprocesses {@code images.subList(from, to)}.
     *
     * @throws IllegalArgumentException naming the image when one cannot be read under {@link BadImagePolicy#FAIL}
     */
    public static PixelBatch load(List<ImageSource> images, int from, int to, ImagePreprocessor preprocessor,
            BadImagePolicy policy) {
        int size = preprocessor.imageSize();
        float[] pixels = new float[(to - from) * size];
        int[] rows = new int[to - from];
        List<SkippedImage> skipped = new ArrayList<>();
        int n = 0;
        for (int i = from; i < to; i++) {
            ImageSource source = images.get(i);
            BufferedImage image;
            try {
                image = StrictImageReader.read(source);
            } catch (UncheckedIOException | IllegalArgumentException e) {
                String reason = e.getMessage();
                if (policy == BadImagePolicy.FAIL) {
                    throw new IllegalArgumentException("images[" + i + "] (" + source.name() + ") cannot be read: "
                            + reason + "; fix or remove it, or use BadImagePolicy.SKIP", e);
                }
                LOG.warn("skipping images[{}] ({}): {}", i, source.name(), reason);
                skipped.add(new SkippedImage(i, source.name(), reason));
                continue;
            }
            preprocessor.preprocess(image, pixels, n * size);
            rows[n++] = i;
        }
        return new PixelBatch(Arrays.copyOf(pixels, n * size), Arrays.copyOf(rows, n), skipped);
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
