package org.bertopic4j.djl.image;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The image preprocessing of a Hugging Face {@code preprocessor_config.json} (CLIPImageProcessor,
 * ViTImageProcessor and look-alikes), immutable.
 *
 * <p>Both serialisations are accepted: the legacy int form ({@code "size": 224, "crop_size": 224}) and the
 * dict form ({@code {"shortest_edge": 224}}, {@code {"height": 224, "width": 224}}). An int {@code size}
 * means "shortest edge" for CLIP-style processors (type name containing {@code CLIP}) and "square" for
 * every other processor, as transformers' {@code get_size_dict} decides. Keys missing from the file take
 * these defaults: {@code do_convert_rgb}, {@code do_resize}, {@code do_rescale} true,
 * {@code rescale_factor} 1/255, {@code resample} 2 (bilinear), {@code do_center_crop} true exactly when
 * {@code crop_size} is given, {@code do_normalize} true exactly when {@code image_mean} is given.
 * Four non-HF keys describe the model's input and output: {@code input_name}, {@code input_layout}
 * ({@code NCHW} default, or {@code NHWC}), {@code output_name} and {@code output_pooling} (a
 * {@link FeaturePooling} name, such as {@code "average"}; default {@code AUTO}).
 */
public final class ImageProcessorConfig {
    /** Channel layout of the pixel tensor fed to the model. */
    public enum Layout {
        /** batch, channel, height, width (PyTorch exports). */
        NCHW,
        /** batch, height, width, channel (TensorFlow / Keras exports). */
        NHWC
    }

    private final boolean doResize;
    private final int shortestEdge;
    private final int resizeHeight;
    private final int resizeWidth;
    private final Resample resample;
    private final boolean doCenterCrop;
    private final int cropHeight;
    private final int cropWidth;
    private final boolean doRescale;
    private final double rescaleFactor;
    private final boolean doNormalize;
    private final float[] mean;
    private final float[] std;
    private final Layout layout;
    private final String inputName;
    private final String outputName;
    private final FeaturePooling outputPooling;

    private ImageProcessorConfig(JsonNode json, String source) {
        String type = (json.path("image_processor_type").asText("") + json.path("feature_extractor_type").asText(""))
                .toUpperCase(Locale.ROOT);
        doResize = json.path("do_resize").asBoolean(true);
        JsonNode size = json.get("size");
        if (size == null || size.isNull()) {
            shortestEdge = type.contains("CLIP") ? 224 : 0;
            resizeHeight = shortestEdge > 0 ? 0 : 224;
            resizeWidth = resizeHeight;
        } else if (size.isInt()) {
            shortestEdge = type.contains("CLIP") ? positive(size.asInt(), "size", source) : 0;
            resizeHeight = shortestEdge > 0 ? 0 : positive(size.asInt(), "size", source);
            resizeWidth = resizeHeight;
        } else if (size.has("shortest_edge")) {
            shortestEdge = positive(size.get("shortest_edge").asInt(), "size.shortest_edge", source);
            resizeHeight = 0;
            resizeWidth = 0;
        } else if (size.has("height") && size.has("width")) {
            shortestEdge = 0;
            resizeHeight = positive(size.get("height").asInt(), "size.height", source);
            resizeWidth = positive(size.get("width").asInt(), "size.width", source);
        } else {
            throw new IllegalArgumentException(source + ": unsupported size " + size
                    + "; give an int, {\"shortest_edge\": N} or {\"height\": H, \"width\": W}");
        }
        resample = Resample.fromPil(json.path("resample").asInt(2), source);
        JsonNode crop = json.get("crop_size");
        doCenterCrop = json.path("do_center_crop").asBoolean(crop != null && !crop.isNull());
        if (crop == null || crop.isNull()) {
            cropHeight = 224;
            cropWidth = 224;
        } else if (crop.isInt()) {
            cropHeight = positive(crop.asInt(), "crop_size", source);
            cropWidth = cropHeight;
        } else {
            cropHeight = positive(crop.path("height").asInt(-1), "crop_size.height", source);
            cropWidth = positive(crop.path("width").asInt(-1), "crop_size.width", source);
        }
        doRescale = json.path("do_rescale").asBoolean(true);
        rescaleFactor = json.path("rescale_factor").asDouble(1.0 / 255.0);
        doNormalize = json.path("do_normalize").asBoolean(json.has("image_mean"));
        mean = doNormalize ? triple(json.get("image_mean"), "image_mean", source) : new float[] {0, 0, 0};
        std = doNormalize ? triple(json.get("image_std"), "image_std", source) : new float[] {1, 1, 1};
        for (float s : std) {
            if (!(s > 0)) {
                throw new IllegalArgumentException(source + ": image_std must be positive, got " + s);
            }
        }
        String layoutName = json.path("input_layout").asText("NCHW").toUpperCase(Locale.ROOT);
        try {
            layout = Layout.valueOf(layoutName);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": input_layout must be NCHW or NHWC, got " + layoutName, e);
        }
        inputName = json.path("input_name").asText(null);
        outputName = json.path("output_name").asText(null);
        String pooling = json.path("output_pooling").asText("AUTO").toUpperCase(Locale.ROOT);
        try {
            outputPooling = FeaturePooling.valueOf(pooling);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": output_pooling must be auto, none, average or cls, got "
                    + pooling, e);
        }
    }

    /**
     * Reads a {@code preprocessor_config.json}.
     *
     * @throws IllegalArgumentException naming the file when it is missing, not JSON or holds invalid values
     */
    public static ImageProcessorConfig load(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            throw new IllegalArgumentException("preprocessor config not found: " + file
                    + "; a model directory needs a preprocessor_config.json");
        }
        try {
            return parse(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * Parses the JSON text of a {@code preprocessor_config.json}.
     *
     * @param source the name used in error messages
     */
    public static ImageProcessorConfig parse(String jsonText, String source) {
        JsonNode json;
        try {
            json = new ObjectMapper().readTree(jsonText);
        } catch (IOException e) {
            throw new IllegalArgumentException(source + " is not valid JSON: " + e.getMessage(), e);
        }
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException(source + " must hold a JSON object");
        }
        return new ImageProcessorConfig(json, source);
    }

    private static int positive(int v, String key, String source) {
        if (v <= 0) {
            throw new IllegalArgumentException(source + ": " + key + " must be a positive integer, got " + v);
        }
        return v;
    }

    private static float[] triple(JsonNode node, String key, String source) {
        if (node == null || !node.isArray() || node.size() != 3) {
            throw new IllegalArgumentException(source + ": " + key + " must be a list of 3 numbers (R, G, B), got "
                    + node);
        }
        return new float[] {(float) node.get(0).asDouble(), (float) node.get(1).asDouble(),
            (float) node.get(2).asDouble()};
    }

    /** Whether the image is resized. */
    public boolean doResize() {
        return doResize;
    }

    /** The target shortest edge, or 0 when resizing to a fixed height and width. */
    public int shortestEdge() {
        return shortestEdge;
    }

    /** Fixed resize height, or 0 when resizing the shortest edge. */
    public int resizeHeight() {
        return resizeHeight;
    }

    /** Fixed resize width, or 0 when resizing the shortest edge. */
    public int resizeWidth() {
        return resizeWidth;
    }

    /** The resampling filter. */
    public Resample resample() {
        return resample;
    }

    /** Whether the resized image is centre-cropped. */
    public boolean doCenterCrop() {
        return doCenterCrop;
    }

    /** Crop height. */
    public int cropHeight() {
        return cropHeight;
    }

    /** Crop width. */
    public int cropWidth() {
        return cropWidth;
    }

    /** Whether pixel values are multiplied by {@link #rescaleFactor()}. */
    public boolean doRescale() {
        return doRescale;
    }

    /** The rescale factor (usually 1/255). */
    public double rescaleFactor() {
        return rescaleFactor;
    }

    /** Whether {@code (x - mean) / std} is applied per channel. */
    public boolean doNormalize() {
        return doNormalize;
    }

    /** Per-channel mean (R, G, B), float32 as transformers uses it. */
    public float[] mean() {
        return mean.clone();
    }

    /** Per-channel standard deviation (R, G, B), float32. */
    public float[] std() {
        return std.clone();
    }

    /** The tensor layout the model expects. */
    public Layout layout() {
        return layout;
    }

    /** The model input name when the config names it, else {@code null}. */
    public String inputName() {
        return inputName;
    }

    /** How the model output becomes one vector per image ({@code output_pooling}, default AUTO). */
    public FeaturePooling outputPooling() {
        return outputPooling;
    }

    /** The model output name when the config names it, else {@code null}. */
    public String outputName() {
        return outputName;
    }
}
