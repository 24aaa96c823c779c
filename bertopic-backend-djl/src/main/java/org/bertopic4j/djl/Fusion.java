package org.bertopic4j.djl;

import java.util.List;
import java.util.function.Function;
import org.bertopic4j.ImageSource;
import org.bertopic4j.djl.image.ImageEmbeddings;
import org.bertopic4j.djl.image.SkippedImage;

/**
 * How a multimodal backend combines the text and the image embedding of one row.
 */
public enum Fusion {
    /**
     * Element-wise mean of the raw embeddings, {@code (t + i) / 2}: BERTopic's MultiModalBackend. Both
     * models must share one space and width (CLIP).
     */
    MEAN,
    /** Element-wise mean of the L2-normalised embeddings, {@code (t/|t| + i/|i|) / 2}, so neither dominates. */
    NORMALIZED_MEAN,
    /**
     * {@code [wt * t/|t|, wi * i/|i|]}: L2-normalise each, weight, concatenate. For a text and an image model
     * that do not share a space (for example MiniLM 384-d text and MobileNetV2 1280-d image features).
     */
    CONCATENATE;

    /**
     * A multimodal {@code embed(documents, images)}: text only when {@code images} is null, images only when
     * {@code documents} is null, else both embedded and {@linkplain #fuse fused} row by row.
     *
     * @throws IllegalArgumentException when both are null or their lengths differ
     */
    public float[][] embed(List<String> documents, List<ImageSource> images, double textWeight, double imageWeight,
            Function<List<String>, float[][]> embedText, Function<List<ImageSource>, ImageEmbeddings> embedImages) {
        if (documents == null && images == null) {
            throw new IllegalArgumentException("documents and images are both null: give at least one of them");
        }
        if (images == null) {
            return embedText.apply(documents);
        }
        if (documents == null) {
            return embedImages.apply(images).vectors();
        }
        if (documents.size() != images.size()) {
            throw new IllegalArgumentException("documents and images differ in length: " + documents.size()
                    + " documents, " + images.size() + " images; give one image per document");
        }
        ImageEmbeddings im = embedImages.apply(images);
        return fuse(embedText.apply(documents), im.vectors(), im.skipped(), textWeight, imageWeight);
    }

    /**
     * Fuses row by row. A row whose image was skipped (listed in {@code skipped}) falls back to its text
     * embedding: the text row for MEAN, the normalised text row for NORMALIZED_MEAN, and the weighted
     * normalised text followed by zeros for CONCATENATE.
     *
     * @param textWeight weight of the text part (CONCATENATE only)
     * @param imageWeight weight of the image part (CONCATENATE only)
     * @throws IllegalArgumentException when the row counts differ, or (for the means) the widths differ
     */
    public float[][] fuse(float[][] text, float[][] image, List<SkippedImage> skipped, double textWeight,
            double imageWeight) {
        if (text.length != image.length) {
            throw new IllegalArgumentException("documents and images differ in length: " + text.length
                    + " text rows, " + image.length + " image rows; give one image per document");
        }
        boolean[] missing = new boolean[image.length];
        for (SkippedImage s : skipped) {
            missing[s.index()] = true;
        }
        float[][] out = new float[text.length][];
        for (int r = 0; r < text.length; r++) {
            float[] t = text[r];
            float[] im = image[r];
            if (this != CONCATENATE && t.length != im.length) {
                throw new IllegalArgumentException("cannot average embeddings of width " + t.length + " (text) and "
                        + im.length + " (image): the models do not share one space; use Fusion.CONCATENATE");
            }
            out[r] = switch (this) {
                case MEAN -> missing[r] ? t.clone() : mean(t, im);
                case NORMALIZED_MEAN -> missing[r] ? normalized(t, 1) : mean(normalized(t, 1), normalized(im, 1));
                case CONCATENATE -> concat(normalized(t, textWeight),
                        missing[r] ? new float[im.length] : normalized(im, imageWeight));
            };
        }
        return out;
    }

    /**
     * Checks a fusion weight.
     *
     * @return the weight
     * @throws IllegalArgumentException naming the weight unless it is positive and finite
     */
    public static double requireWeight(String name, double weight) {
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException(name + " must be a positive finite number, got " + weight);
        }
        return weight;
    }

    private static float[] mean(float[] a, float[] b) {
        float[] out = new float[a.length];
        for (int j = 0; j < a.length; j++) {
            out[j] = (a[j] + b[j]) / 2f;
        }
        return out;
    }

    /** {@code weight * v / |v|}; a zero vector stays zero. */
    static float[] normalized(float[] v, double weight) {
        double sum = 0;
        for (float x : v) {
            sum += (double) x * x;
        }
        float[] out = new float[v.length];
        if (sum == 0) {
            return out;
        }
        double scale = weight / Math.sqrt(sum);
        for (int j = 0; j < v.length; j++) {
            out[j] = (float) (v[j] * scale);
        }
        return out;
    }

    private static float[] concat(float[] a, float[] b) {
        float[] out = new float[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
