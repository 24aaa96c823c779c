package org.bertopic4j.djl.text;

/**
 * How token vectors become one sentence vector, as sentence-transformers' {@code Pooling} module
 * ({@code 1_Pooling/config.json}): padding positions (attention mask 0) never take part.
 */
public enum Pooling {
    /** Attention-mask-weighted mean of the token vectors ({@code pooling_mode_mean_tokens}). */
    MEAN,
    /** The first token's vector, {@code [CLS]} ({@code pooling_mode_cls_token}). */
    CLS,
    /** Element-wise maximum over the real tokens ({@code pooling_mode_max_tokens}). */
    MAX;

    /**
     * Pools one sequence of a batch output.
     *
     * @param hidden the flat {@code [batch, seqLen, width]} output
     * @param row the sequence within the batch
     * @param seqLen the padded sequence length of the batch
     * @param width the token vector width
     * @param realTokens how many leading positions are real tokens (the rest is padding)
     */
    float[] pool(float[] hidden, int row, int seqLen, int width, int realTokens) {
        float[] out = new float[width];
        int base = row * seqLen * width;
        switch (this) {
            case CLS -> System.arraycopy(hidden, base, out, 0, width);
            case MAX -> {
                java.util.Arrays.fill(out, Float.NEGATIVE_INFINITY);
                for (int t = 0; t < realTokens; t++) {
                    int off = base + t * width;
                    for (int j = 0; j < width; j++) {
                        out[j] = Math.max(out[j], hidden[off + j]);
                    }
                }
            }
            case MEAN -> {
                for (int t = 0; t < realTokens; t++) {
                    int off = base + t * width;
                    for (int j = 0; j < width; j++) {
                        out[j] += hidden[off + j];
                    }
                }
                float inv = 1f / Math.max(realTokens, 1);
                for (int j = 0; j < width; j++) {
                    out[j] *= inv;
                }
            }
            default -> throw new AssertionError(this);
        }
        return out;
    }

    /** Scales {@code v} to unit L2 norm in place (sentence-transformers' {@code Normalize}); zero stays zero. */
    static void normalize(float[] v) {
        double s = 0;
        for (float x : v) {
            s += (double) x * x;
        }
        // torch.nn.functional.normalize clamps the norm at eps = 1e-12
        float inv = (float) (1.0 / Math.max(Math.sqrt(s), 1e-12));
        for (int j = 0; j < v.length; j++) {
            v[j] *= inv;
        }
    }
}
