package org.bertopic4j.umap;

/**
 * {@code x^b} for a fixed exponent {@code b}, by table instead of {@link Math#pow}, whose latency
 * dominated the SGD layout (every sample's gradient needs one power, and each sample waits on the
 * previous one). A positive normal double is {@code 2^e * m} with {@code m} in [1, 2), so
 * {@code x^b = 2^(e b) * m^b}: the first factor comes from a table over all exponents, the second
 * by linear interpolation over {@value #INTERVALS} intervals of the mantissa (relative error
 * below 1e-7, far below the float32 precision of the embedding). Zero, subnormal and non-finite
 * inputs go to {@link Math#pow}. A pure function of its inputs, so results stay deterministic.
 */
final class PowTable {
    private static final int BITS = 10;
    private static final int INTERVALS = 1 << BITS;
    private static final int SHIFT = 52 - BITS;
    private static final long FRACTION_MASK = (1L << SHIFT) - 1;
    private static final double FRACTION_SCALE = 1.0 / (1L << SHIFT);

    private final double b;
    private final double[] byExponent = new double[2048];
    private final double[] mantissa = new double[INTERVALS];
    private final double[] slope = new double[INTERVALS];

    PowTable(double b) {
        this.b = b;
        for (int e = 1; e < 2047; e++) {
            byExponent[e] = Math.pow(2.0, (e - 1023) * b);
        }
        double previous = 1.0;
        for (int i = 0; i < INTERVALS; i++) {
            double next = Math.pow(1.0 + (i + 1) / (double) INTERVALS, b);
            mantissa[i] = previous;
            slope[i] = next - previous;
            previous = next;
        }
    }

    /** {@code x^b}. */
    double pow(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int exponent = (int) (bits >>> 52) & 0x7ff;
        if (exponent == 0 || exponent == 0x7ff || bits < 0) {
            return Math.pow(x, b);
        }
        int i = (int) (bits >>> SHIFT) & (INTERVALS - 1);
        double fraction = (bits & FRACTION_MASK) * FRACTION_SCALE;
        return byExponent[exponent] * (mantissa[i] + fraction * slope[i]);
    }
}
