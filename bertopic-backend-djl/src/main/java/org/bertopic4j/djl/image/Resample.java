package org.bertopic4j.djl.image;

/**
 * PIL's resampling filters, numbered as in {@code preprocessor_config.json}'s {@code resample} key
 * (PIL's {@code Image.Resampling}). Each is a convolution kernel with a support radius; when shrinking,
 * the kernel is stretched by the shrink factor (antialiasing), as PIL's {@code Image.resize} does.
 * Nearest-neighbour (0) is not a convolution in PIL and is not offered.
 */
public enum Resample {
    /** PIL LANCZOS (1): windowed sinc, support 3. */
    LANCZOS(1, 3.0),
    /** PIL BILINEAR (2): triangle, support 1. */
    BILINEAR(2, 1.0),
    /** PIL BICUBIC (3): cubic convolution with a = -0.5, support 2. */
    BICUBIC(3, 2.0),
    /** PIL BOX (4): box, support 0.5. */
    BOX(4, 0.5),
    /** PIL HAMMING (5): Hamming-windowed sinc, support 1. */
    HAMMING(5, 1.0);

    private final int pilCode;
    private final double support;

    Resample(int pilCode, double support) {
        this.pilCode = pilCode;
        this.support = support;
    }

    /** The PIL code of this filter. */
    public int pilCode() {
        return pilCode;
    }

    /** The kernel's support radius before stretching. */
    double support() {
        return support;
    }

    /** The kernel value at {@code x}, written as PIL's Resample.c computes it. */
    double weight(double x) {
        switch (this) {
            case BILINEAR:
                x = Math.abs(x);
                return x < 1.0 ? 1.0 - x : 0.0;
            case BICUBIC: {
                final double a = -0.5;
                x = Math.abs(x);
                if (x < 1.0) {
                    return ((a + 2.0) * x - (a + 3.0)) * x * x + 1;
                }
                if (x < 2.0) {
                    return (((x - 5) * x + 8) * x - 4) * a;
                }
                return 0.0;
            }
            case BOX:
                return x > -0.5 && x <= 0.5 ? 1.0 : 0.0;
            case HAMMING:
                x = Math.abs(x);
                if (x == 0.0) {
                    return 1.0;
                }
                if (x >= 1.0) {
                    return 0.0;
                }
                x = x * Math.PI;
                return Math.sin(x) / x * (0.54 + 0.46 * Math.cos(x));
            case LANCZOS:
                return -3.0 <= x && x < 3.0 ? sinc(x) * sinc(x / 3) : 0.0;
            default:
                throw new AssertionError(this);
        }
    }

    private static double sinc(double x) {
        if (x == 0.0) {
            return 1.0;
        }
        x = x * Math.PI;
        return Math.sin(x) / x;
    }

    /**
     * The filter for a PIL code.
     *
     * @param source the config file, for the error message
     * @throws IllegalArgumentException for nearest (0) or unknown codes
     */
    public static Resample fromPil(int code, String source) {
        for (Resample r : values()) {
            if (r.pilCode == code) {
                return r;
            }
        }
        throw new IllegalArgumentException(source + ": resample " + code + " is not supported; use 1 (lanczos), "
                + "2 (bilinear), 3 (bicubic), 4 (box) or 5 (hamming)");
    }
}
