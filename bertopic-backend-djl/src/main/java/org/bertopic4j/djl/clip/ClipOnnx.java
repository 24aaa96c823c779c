package org.bertopic4j.djl.clip;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.bertopic4j.djl.ort.OnnxSession;

/**
 * The ONNX side of CLIP in either export layout: separate towers ({@code onnx/text_model.onnx}:
 * {@code input_ids [, attention_mask] -> text_embeds}, {@code onnx/vision_model.onnx}:
 * {@code pixel_values -> image_embeds}), or the combined {@code onnx/model.onnx}, which is fed a one-row
 * placeholder for the modality not asked for and whose embeddings are L2-normalised by the graph.
 */
final class ClipOnnx implements AutoCloseable {
    private final OnnxSession textModel;
    private final OnnxSession visionModel;
    private final OnnxSession combined;
    private final int imageSize;

    private ClipOnnx(OnnxSession textModel, OnnxSession visionModel, OnnxSession combined, int imageSize) {
        this.textModel = textModel;
        this.visionModel = visionModel;
        this.combined = combined;
        this.imageSize = imageSize;
    }

    /**
     * Opens the towers when both exist (in {@code onnx/} or the directory itself), else the combined model.
     *
     * @param suffix a file-name suffix of a variant ("" for fp32, "_quantized", "_fp16", ...)
     * @param imageSize pixels per side of the model input (for the combined model's placeholder image)
     */
    static ClipOnnx open(Path dir, String suffix, int threads, int imageSize) {
        Path text = find(dir, "text_model" + suffix + ".onnx");
        Path vision = find(dir, "vision_model" + suffix + ".onnx");
        if (text != null && vision != null) {
            OnnxSession t = OnnxSession.open(text, threads);
            try {
                return new ClipOnnx(t, OnnxSession.open(vision, threads), null, imageSize);
            } catch (RuntimeException e) {
                t.close();
                throw e;
            }
        }
        Path model = find(dir, "model" + suffix + ".onnx");
        if (model == null) {
            throw new IllegalArgumentException(dir + " holds no CLIP ONNX export: expected onnx/text_model" + suffix
                    + ".onnx and onnx/vision_model" + suffix + ".onnx, or onnx/model" + suffix + ".onnx");
        }
        return new ClipOnnx(null, null, OnnxSession.open(model, threads), imageSize);
    }

    private static Path find(Path dir, String name) {
        for (Path p : new Path[] {dir.resolve("onnx").resolve(name), dir.resolve(name)}) {
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }

    /** Whether the embeddings come from the combined graph (L2-normalised). */
    boolean isCombined() {
        return combined != null;
    }

    /** Text embeddings of a padded batch ({@code rows x length} ids, {@code mask} 1 for real tokens). */
    float[][] text(long[] ids, long[] mask, int rows, int length) {
        Map<String, OnnxTensor> feeds = new HashMap<>();
        try {
            OnnxSession session = combined != null ? combined : textModel;
            feeds.put("input_ids", OnnxSession.longs(ids, rows, length));
            if (session.hasInput("attention_mask")) {
                feeds.put("attention_mask", OnnxSession.longs(mask, rows, length));
            }
            if (combined != null) {
                feeds.put("pixel_values", OnnxSession.floats(new float[3 * imageSize * imageSize], 1, 3, imageSize,
                        imageSize));
            }
            return rows(session, feeds, "text_embeds", rows);
        } finally {
            OnnxSession.closeAll(feeds);
        }
    }

    /** Image embeddings of {@code count} preprocessed images ({@code [count, 3, H, W]}). */
    float[][] image(float[] pixels, int count) {
        Map<String, OnnxTensor> feeds = new HashMap<>();
        try {
            OnnxSession session = combined != null ? combined : visionModel;
            feeds.put("pixel_values", OnnxSession.floats(pixels, count, 3, imageSize, imageSize));
            if (combined != null) {
                feeds.put("input_ids", OnnxSession.longs(new long[] {0, 0}, 1, 2));
                feeds.put("attention_mask", OnnxSession.longs(new long[] {1, 1}, 1, 2));
            }
            return rows(session, feeds, "image_embeds", count);
        } finally {
            OnnxSession.closeAll(feeds);
        }
    }

    private static float[][] rows(OnnxSession session, Map<String, OnnxTensor> feeds, String output, int rows) {
        try (OrtSession.Result result = session.run(feeds)) {
            float[] flat = OnnxSession.floatsOf(result, output);
            int d = flat.length / rows;
            float[][] out = new float[rows][d];
            for (int r = 0; r < rows; r++) {
                System.arraycopy(flat, r * d, out[r], 0, d);
            }
            return out;
        }
    }

    @Override
    public void close() {
        for (OnnxSession s : new OnnxSession[] {textModel, visionModel, combined}) {
            if (s != null) {
                s.close();
            }
        }
    }
}
