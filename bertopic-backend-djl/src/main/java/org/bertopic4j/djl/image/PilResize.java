package org.bertopic4j.djl.image;

import java.util.Arrays;

/**
 * PIL's {@code Image.resize} for 8-bit RGB images (Pillow's {@code Resample.c}): a separable convolution,
 * horizontal pass first, then vertical, each rounded to uint8. Coefficients are computed in double, scaled
 * to 22-bit fixed point and rounded half away from zero; sums start at one half and are shifted down and
 * clamped to 0-255. When shrinking, the kernel support is multiplied by the shrink factor (antialiasing).
 * A pass whose size does not change is skipped, as PIL skips it.
 */
final class PilResize {
    private static final int PRECISION_BITS = 32 - 8 - 2;

    private PilResize() {
    }

    /** Resizes {@code in} to {@code outWidth x outHeight} with the given filter. */
    static RgbImage resize(RgbImage in, int outWidth, int outHeight, Resample filter) {
        if (outWidth == in.width() && outHeight == in.height()) {
            return in;
        }
        Coefficients vertical = Coefficients.of(in.height(), outHeight, filter);
        RgbImage image = in;
        if (outWidth != in.width()) {
            int first = vertical.bounds[0];
            int last = vertical.bounds[2 * (outHeight - 1)] + vertical.bounds[2 * (outHeight - 1) + 1];
            if (outHeight == in.height()) {
                first = 0;
                last = in.height();
            }
            image = horizontal(in, first, last, Coefficients.of(in.width(), outWidth, filter));
            if (outHeight != in.height()) {
                for (int i = 0; i < outHeight; i++) {
                    vertical.bounds[2 * i] -= first;
                }
            }
        }
        if (outHeight != in.height()) {
            image = vertical(image, outHeight, vertical);
        }
        return image;
    }

    private static RgbImage horizontal(RgbImage in, int firstRow, int lastRow, Coefficients co) {
        int outW = co.outSize;
        int rows = lastRow - firstRow;
        byte[] src = in.rgb();
        byte[] dst = new byte[outW * rows * 3];
        int inStride = in.width() * 3;
        for (int y = 0; y < rows; y++) {
            int rowBase = (y + firstRow) * inStride;
            for (int xx = 0; xx < outW; xx++) {
                int xmin = co.bounds[2 * xx];
                int count = co.bounds[2 * xx + 1];
                int kBase = xx * co.ksize;
                int s0 = 1 << (PRECISION_BITS - 1);
                int s1 = s0;
                int s2 = s0;
                for (int x = 0; x < count; x++) {
                    int k = co.kk[kBase + x];
                    int p = rowBase + (x + xmin) * 3;
                    s0 += (src[p] & 0xFF) * k;
                    s1 += (src[p + 1] & 0xFF) * k;
                    s2 += (src[p + 2] & 0xFF) * k;
                }
                int q = (y * outW + xx) * 3;
                dst[q] = clip8(s0);
                dst[q + 1] = clip8(s1);
                dst[q + 2] = clip8(s2);
            }
        }
        return new RgbImage(outW, rows, dst);
    }

    private static RgbImage vertical(RgbImage in, int outH, Coefficients co) {
        int w = in.width();
        byte[] src = in.rgb();
        byte[] dst = new byte[w * outH * 3];
        int stride = w * 3;
        int[] sums = new int[stride];
        for (int yy = 0; yy < outH; yy++) {
            int ymin = co.bounds[2 * yy];
            int count = co.bounds[2 * yy + 1];
            int kBase = yy * co.ksize;
            Arrays.fill(sums, 1 << (PRECISION_BITS - 1));
            for (int y = 0; y < count; y++) {
                int k = co.kk[kBase + y];
                int row = (y + ymin) * stride;
                for (int x = 0; x < stride; x++) {
                    sums[x] += (src[row + x] & 0xFF) * k;
                }
            }
            int out = yy * stride;
            for (int x = 0; x < stride; x++) {
                dst[out + x] = clip8(sums[x]);
            }
        }
        return new RgbImage(w, outH, dst);
    }

    private static byte clip8(int v) {
        int shifted = v >> PRECISION_BITS;
        return (byte) (shifted < 0 ? 0 : Math.min(shifted, 255));
    }

    /** Fixed-point filter weights of one axis: {@code ksize} weights and a (first, count) bound per output. */
    private static final class Coefficients {
        final int outSize;
        final int ksize;
        final int[] bounds;
        final int[] kk;

        private Coefficients(int outSize, int ksize, int[] bounds, int[] kk) {
            this.outSize = outSize;
            this.ksize = ksize;
            this.bounds = bounds;
            this.kk = kk;
        }

        static Coefficients of(int inSize, int outSize, Resample filter) {
            double scale = (double) inSize / outSize;
            double filterScale = Math.max(scale, 1.0);
            double support = filter.support() * filterScale;
            int ksize = (int) Math.ceil(support) * 2 + 1;
            int[] bounds = new int[outSize * 2];
            int[] kk = new int[outSize * ksize];
            double[] k = new double[ksize];
            for (int xx = 0; xx < outSize; xx++) {
                double center = (xx + 0.5) * scale;
                double ss = 1.0 / filterScale;
                int xmin = Math.max((int) (center - support + 0.5), 0);
                int xmax = Math.min((int) (center + support + 0.5), inSize) - xmin;
                double ww = 0.0;
                for (int x = 0; x < xmax; x++) {
                    double w = filter.weight((x + xmin - center + 0.5) * ss);
                    k[x] = w;
                    ww += w;
                }
                for (int x = 0; x < xmax; x++) {
                    double v = ww != 0.0 ? k[x] / ww : k[x];
                    kk[xx * ksize + x] = v < 0 ? (int) (-0.5 + v * (1 << PRECISION_BITS))
                            : (int) (0.5 + v * (1 << PRECISION_BITS));
                }
                bounds[2 * xx] = xmin;
                bounds[2 * xx + 1] = xmax;
            }
            return new Coefficients(outSize, ksize, bounds, kk);
        }
    }
}
