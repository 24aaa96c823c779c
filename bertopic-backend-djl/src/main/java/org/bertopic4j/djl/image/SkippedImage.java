package org.bertopic4j.djl.image;

/**
 * An image that could not be read and was skipped under {@link BadImagePolicy#SKIP}.
 *
 * @param index the image's position in the input list (its row in the result)
 * @param name the file path or in-memory name
 * @param reason why it could not be read
 */
public record SkippedImage(int index, String name, String reason) {
}
