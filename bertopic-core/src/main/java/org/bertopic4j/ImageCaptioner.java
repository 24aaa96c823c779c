package org.bertopic4j;

import java.util.List;

/**
 * Describes images in words (an image-to-text model such as vit-gpt2-image-captioning). Used by
 * VisualRepresentation for image-only topics and by the caption-then-text workflow.
 */
public interface ImageCaptioner extends AutoCloseable {

    /** One caption per image, in order. */
    List<String> caption(List<ImageSource> images);

    /** Releases native resources; the default does nothing. */
    @Override
    default void close() {
    }
}
