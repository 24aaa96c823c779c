package org.bertopic4j.djl.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Pooling of hand-made token outputs, padding ignored, and the pooling configs of sentence-transformers. */
class PoolingTest {
    // batch of 2 sequences, padded length 3, width 2; row 1 has 2 real tokens and one padding position
    private static final float[] HIDDEN = {
        1, 2, 3, 4, 5, -6,
        7, 8, -1, 10, 100, 100,
    };

    @Test
    void meanClsAndMaxIgnorePadding() {
        assertArrayEquals(new float[] {3, 0}, Pooling.MEAN.pool(HIDDEN, 0, 3, 2, 3), 1e-6f);
        assertArrayEquals(new float[] {3, 9}, Pooling.MEAN.pool(HIDDEN, 1, 3, 2, 2), 1e-6f);
        assertArrayEquals(new float[] {7, 8}, Pooling.CLS.pool(HIDDEN, 1, 3, 2, 2));
        assertArrayEquals(new float[] {5, 4}, Pooling.MAX.pool(HIDDEN, 0, 3, 2, 3));
        assertArrayEquals(new float[] {7, 10}, Pooling.MAX.pool(HIDDEN, 1, 3, 2, 2));
    }

    @Test
    void normalizeGivesUnitLengthAndKeepsZero() {
        float[] v = {3, 4};
        Pooling.normalize(v);
        assertArrayEquals(new float[] {0.6f, 0.8f}, v, 1e-6f);
        float[] zero = {0, 0};
        Pooling.normalize(zero);
        assertArrayEquals(new float[] {0, 0}, zero);
    }

    @Test
    void readsSentenceTransformersPoolingConfigs() throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertEquals(Pooling.MEAN, ModelLayout.poolingOf(json.readTree("{\"word_embedding_dimension\": 384,"
                + " \"pooling_mode_cls_token\": false, \"pooling_mode_max_tokens\": false,"
                + " \"pooling_mode_mean_tokens\": true, \"pooling_mode_mean_sqrt_len_tokens\": false}"), "m"));
        assertEquals(Pooling.CLS, ModelLayout.poolingOf(json.readTree("{\"pooling_mode_cls_token\": true}"), "m"));
        assertEquals(Pooling.MAX, ModelLayout.poolingOf(json.readTree("{\"pooling_mode\": \"max\"}"), "m"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModelLayout.poolingOf(
                json.readTree("{\"pooling_mode_mean_sqrt_len_tokens\": true}"), "acme/m"));
        assertTrue(e.getMessage().contains("mean_sqrt_len_tokens") && e.getMessage().contains("acme/m"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ModelLayout.poolingOf(
                json.readTree("{\"pooling_mode_cls_token\": true, \"pooling_mode_mean_tokens\": true}"), "m"));
    }
}
