package org.bertopic4j.djl.clip;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.bertopic4j.djl.engine.ComputeDevice;
import org.bertopic4j.djl.engine.ModelFormat;
import org.bertopic4j.djl.engine.ModelRunner;
import org.bertopic4j.djl.engine.RunnerOptions;
import org.bertopic4j.djl.engine.Tensor;

/**
 * The models of CLIP in either export layout: separate towers ({@code text_model}: {@code input_ids
 * [, attention_mask] -> text_embeds}, {@code vision_model}: {@code pixel_values -> image_embeds}), as ONNX
 * ({@code onnx/text_model.onnx}, {@code onnx/vision_model.onnx}) or, when no ONNX tower is there, TorchScript
 * ({@code text_model.pt}, {@code vision_model.pt}); or the combined ONNX {@code onnx/model.onnx}, which is fed a
 * one-row placeholder for the modality not asked for and whose embeddings are L2-normalised by the graph.
 */
final class ClipModels implements AutoCloseable {
    private final ModelRunner textModel;
    private final ModelRunner visionModel;
    private final ModelRunner combined;
    private final int imageSize;

    private ClipModels(ModelRunner textModel, ModelRunner visionModel, ModelRunner combined, int imageSize) {
        this.textModel = textModel;
        this.visionModel = visionModel;
        this.combined = combined;
        this.imageSize = imageSize;
    }

    /**
     * Opens the towers when both exist (in {@code onnx/} or the directory itself; ONNX before TorchScript), else
     * the combined ONNX model.
     *
     * @param suffix a file-name suffix of a variant ("" for fp32, "_quantized", "_fp16", ...)
     * @param imageSize pixels per side of the model input (for the combined model's placeholder image)
     */
    static ClipModels open(Path dir, String suffix, RunnerOptions options, int imageSize) {
        Path text = find(dir, "text_model" + suffix);
        Path vision = find(dir, "vision_model" + suffix);
        if (text != null && vision != null) {
            ModelRunner t = ModelRunner.open(text, options);
            try {
                return new ClipModels(t, ModelRunner.open(vision, options), null, imageSize);
            } catch (RuntimeException e) {
                t.close();
                throw e;
            }
        }
        Path model = find(dir, "model" + suffix);
        if (model == null || ModelFormat.of(model) != ModelFormat.ONNX) {
            throw new IllegalArgumentException(dir + " holds no CLIP export: expected onnx/text_model" + suffix
                    + ".onnx and onnx/vision_model" + suffix + ".onnx, or the TorchScript towers text_model" + suffix
                    + ".pt and vision_model" + suffix + ".pt, or the combined onnx/model" + suffix + ".onnx");
        }
        return new ClipModels(null, null, ModelRunner.open(model, options), imageSize);
    }

    /** The first of {@code onnx/<stem>.onnx}, {@code <stem>.onnx}, {@code <stem>.pt} that exists. */
    private static Path find(Path dir, String stem) {
        for (Path p : new Path[] {dir.resolve("onnx").resolve(stem + ".onnx"), dir.resolve(stem + ".onnx"),
                dir.resolve(stem + ".pt")}) {
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

    /** The device the models run on. */
    ComputeDevice device() {
        return (combined != null ? combined : textModel).device();
    }

    /** Text embeddings of a padded batch ({@code rows x length} ids, {@code mask} 1 for real tokens). */
    float[][] text(long[] ids, long[] mask, int rows, int length) {
        ModelRunner model = combined != null ? combined : textModel;
        Map<String, Tensor> feeds = new HashMap<>();
        feeds.put("input_ids", Tensor.ofLongs(ids, rows, length));
        if (model.hasInput("attention_mask")) {
            feeds.put("attention_mask", Tensor.ofLongs(mask, rows, length));
        }
        if (combined != null) {
            feeds.put("pixel_values", Tensor.ofFloats(new float[3 * imageSize * imageSize], 1, 3, imageSize,
                    imageSize));
        }
        return model.run(feeds).get("text_embeds").rows();
    }

    /** Image embeddings of {@code count} preprocessed images ({@code [count, 3, H, W]}). */
    float[][] image(float[] pixels, int count) {
        ModelRunner model = combined != null ? combined : visionModel;
        Map<String, Tensor> feeds = new HashMap<>();
        feeds.put("pixel_values", Tensor.ofFloats(pixels, count, 3, imageSize, imageSize));
        if (combined != null) {
            feeds.put("input_ids", Tensor.ofLongs(new long[] {0, 0}, 1, 2));
            feeds.put("attention_mask", Tensor.ofLongs(new long[] {1, 1}, 1, 2));
        }
        return model.run(feeds).get("image_embeds").rows();
    }

    @Override
    public void close() {
        for (ModelRunner m : new ModelRunner[] {textModel, visionModel, combined}) {
            if (m != null) {
                m.close();
            }
        }
    }
}
