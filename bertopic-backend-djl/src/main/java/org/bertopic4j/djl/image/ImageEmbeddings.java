package org.bertopic4j.djl.image;

import java.util.List;

/**
 * Image embeddings with a report of the images that were skipped.
 *
 * @param vectors one row per input image, in order; the rows of skipped images are zero vectors
 * @param skipped the skipped images, by input position (empty under {@link BadImagePolicy#FAIL})
 */
public record ImageEmbeddings(float[][] vectors, List<SkippedImage> skipped) {

    /** A copy of the report list. */
    public ImageEmbeddings {
        skipped = List.copyOf(skipped);
    }

    /** Whether the image at {@code index} was skipped. */
    public boolean isSkipped(int index) {
        for (SkippedImage s : skipped) {
            if (s.index() == index) {
                return true;
            }
        }
        return false;
    }
}
