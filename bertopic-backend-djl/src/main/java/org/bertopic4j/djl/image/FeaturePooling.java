package org.bertopic4j.djl.image;

/**
 * How {@link ImageFeatureBackend} turns a model output into one vector per image.
 */
public enum FeaturePooling {
    /**
     * By the output's rank: 2 ({@code [N, D]}) as is, 3 ({@code [N, tokens, D]}) the first (CLS) token,
     * 4 (a feature map) the global average over the spatial axes.
     */
    AUTO,
    /** The output is {@code [N, D]} already. */
    NONE,
    /**
     * Global average: over the spatial axes of a 4-D feature map ({@code [N, C, H, W]}, or
     * {@code [N, H, W, C]} when the config's layout is NHWC), over the tokens of a 3-D output.
     */
    AVERAGE,
    /** The first token of a 3-D {@code [N, tokens, D]} output (the CLS token of ViT / DINOv2). */
    CLS;

    /** Pools a flat output of the given runtime shape into {@code shape[0]} rows. */
    float[][] pool(float[] values, long[] shape, ImageProcessorConfig.Layout layout, String outputName) {
        int n = (int) shape[0];
        FeaturePooling mode = this == AUTO ? (shape.length == 2 ? NONE : shape.length == 3 ? CLS : AVERAGE) : this;
        if (mode == NONE) {
            requireRank(shape, 2, outputName);
            return split(values, n, (int) shape[1]);
        }
        if (mode == CLS) {
            requireRank(shape, 3, outputName);
            int tokens = (int) shape[1];
            int d = (int) shape[2];
            float[][] out = new float[n][d];
            for (int i = 0; i < n; i++) {
                System.arraycopy(values, i * tokens * d, out[i], 0, d);
            }
            return out;
        }
        if (shape.length == 3) {
            return averageTokens(values, n, (int) shape[1], (int) shape[2]);
        }
        requireRank(shape, 4, outputName);
        boolean channelsLast = layout == ImageProcessorConfig.Layout.NHWC;
        int c = (int) (channelsLast ? shape[3] : shape[1]);
        int spatial = (int) (channelsLast ? shape[1] * shape[2] : shape[2] * shape[3]);
        return channelsLast ? averageTokens(values, n, spatial, c) : averagePlanes(values, n, c, spatial);
    }

    private static void requireRank(long[] shape, int rank, String outputName) {
        if (shape.length != rank) {
            throw new IllegalArgumentException("output '" + outputName + "' has rank " + shape.length + ", but pooling "
                    + "needs rank " + rank + "; choose another FeaturePooling or output");
        }
    }

    private static float[][] split(float[] values, int n, int d) {
        float[][] out = new float[n][d];
        for (int i = 0; i < n; i++) {
            System.arraycopy(values, i * d, out[i], 0, d);
        }
        return out;
    }

    private static float[][] averageTokens(float[] values, int n, int tokens, int d) {
        float[][] out = new float[n][d];
        for (int i = 0; i < n; i++) {
            double[] sum = new double[d];
            for (int t = 0; t < tokens; t++) {
                int base = (i * tokens + t) * d;
                for (int j = 0; j < d; j++) {
                    sum[j] += values[base + j];
                }
            }
            for (int j = 0; j < d; j++) {
                out[i][j] = (float) (sum[j] / tokens);
            }
        }
        return out;
    }

    private static float[][] averagePlanes(float[] values, int n, int c, int spatial) {
        float[][] out = new float[n][c];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < c; j++) {
                double sum = 0;
                int base = (i * c + j) * spatial;
                for (int s = 0; s < spatial; s++) {
                    sum += values[base + s];
                }
                out[i][j] = (float) (sum / spatial);
            }
        }
        return out;
    }
}
