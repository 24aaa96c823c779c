package org.bertopic4j.djl.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Pooling of model outputs of rank 2, 3 and 4 into one vector per image. */
class FeaturePoolingTest {
    static final ImageProcessorConfig.Layout NCHW = ImageProcessorConfig.Layout.NCHW;
    static final ImageProcessorConfig.Layout NHWC = ImageProcessorConfig.Layout.NHWC;

    @Test
    void rankTwoIsKept() {
        float[][] out = FeaturePooling.AUTO.pool(new float[] {1, 2, 3, 4, 5, 6}, new long[] {2, 3}, NCHW, "o");
        assertArrayEquals(new float[] {4, 5, 6}, out[1]);
    }

    @Test
    void rankThreeTakesClsOrAverages() {
        float[] v = {1, 2, 3, 4, 5, 6, 7, 8}; // 1 image, 4 tokens, 2 dims
        assertArrayEquals(new float[] {1, 2}, FeaturePooling.AUTO.pool(v, new long[] {1, 4, 2}, NCHW, "o")[0]);
        assertArrayEquals(new float[] {4, 5}, FeaturePooling.AVERAGE.pool(v, new long[] {1, 4, 2}, NCHW, "o")[0]);
    }

    @Test
    void rankFourAveragesSpatialAxesOfEitherLayout() {
        float[] v = {1, 2, 3, 4, 10, 20, 30, 40}; // NCHW: 1 x 2 channels x 2 x 2
        assertArrayEquals(new float[] {2.5f, 25f}, FeaturePooling.AUTO.pool(v, new long[] {1, 2, 2, 2}, NCHW, "o")[0]);
        float[] w = {1, 10, 2, 20, 3, 30, 4, 40}; // NHWC: 1 x 2 x 2 x 2 channels
        assertArrayEquals(new float[] {2.5f, 25f}, FeaturePooling.AUTO.pool(w, new long[] {1, 2, 2, 2}, NHWC, "o")[0]);
    }

    @Test
    void wrongRankIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> FeaturePooling.CLS.pool(new float[4], new long[] {2, 2}, NCHW, "features"));
        assertThrows(IllegalArgumentException.class,
                () -> FeaturePooling.NONE.pool(new float[8], new long[] {1, 4, 2}, NCHW, "features"));
    }
}
