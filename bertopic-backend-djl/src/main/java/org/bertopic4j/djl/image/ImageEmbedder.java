package org.bertopic4j.djl.image;

import java.util.List;
import org.bertopic4j.ImageSource;

/**
 * An image backend that reports the images it skipped ({@link BadImagePolicy#SKIP}), so a multimodal
 * fusion can fall back to the text of those rows.
 */
public interface ImageEmbedder {
    /**
     * Embeds images; one row per image (zero rows for skipped images) plus the skip report.
     *
     * @throws IllegalArgumentException for a null or empty list, a null element, or an unreadable image
     *     under {@link BadImagePolicy#FAIL}
     */
    ImageEmbeddings embedImagesWithReport(List<ImageSource> images);
}
