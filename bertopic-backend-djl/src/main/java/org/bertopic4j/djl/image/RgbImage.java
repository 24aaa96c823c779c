package org.bertopic4j.djl.image;

/**
 * An 8-bit RGB image, pixels interleaved row by row ({@code r, g, b, r, g, b, ...}): the
 * {@code uint8 H x W x 3} array transformers' image processors work on.
 */
record RgbImage(int width, int height, byte[] rgb) {

    RgbImage {
        if (rgb.length != width * height * 3) {
            throw new IllegalArgumentException("rgb has " + rgb.length + " bytes, expected " + width * height * 3);
        }
    }

    /** The channel value (0-255) at a pixel. */
    int get(int x, int y, int c) {
        return rgb[(y * width + x) * 3 + c] & 0xFF;
    }
}
