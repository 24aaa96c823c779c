package org.bertopic4j.djl.image;

/**
 * What an image backend does with an image it cannot read (missing file, unreadable, corrupt, not an
 * image format ImageIO knows).
 */
public enum BadImagePolicy {
    /** Stop with an exception naming the image (the default). */
    FAIL,
    /**
     * Keep going: the image's row is a zero vector, the image is logged at WARN and listed in the
     * {@link ImageEmbeddings#skipped()} report; in a text + image fusion the row falls back to the text
     * embedding alone.
     */
    SKIP
}
