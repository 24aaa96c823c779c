package org.bertopic4j.djl.image;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bertopic4j.EmbeddingBackend;
import org.bertopic4j.ImageSource;
import org.bertopic4j.check.Arguments;
import org.bertopic4j.djl.engine.ComputeDevice;
import org.bertopic4j.djl.engine.ModelOutputs;
import org.bertopic4j.djl.engine.ModelRunner;
import org.bertopic4j.djl.engine.RunnerOptions;
import org.bertopic4j.djl.engine.Tensor;
import org.bertopic4j.djl.hub.ModelResolver;

/**
 * Image embeddings from any image model that yields a feature vector (ResNet, MobileNet, DINOv2, a CLIP
 * vision tower): the model directory holds the model file ({@code model.onnx} or {@code onnx/model.onnx}, else
 * a TorchScript {@code model.pt} run on DJL's PyTorch engine, see {@link ModelRunner}) and a
 * {@code preprocessor_config.json} that drives the preprocessing ({@link ImagePreprocessor}) and may name the
 * input, output and layout. A 3-D or 4-D output is pooled ({@link FeaturePooling}). Images only:
 * {@link #embedDocuments} throws. Runs on a GPU when one is usable ({@link Builder#device}). Immutable and
 * thread-safe.
 * <pre>{@code
 * try (ImageFeatureBackend backend = ImageFeatureBackend.load(Path.of("models/mobilenet-v2"))) {
 *     float[][] vectors = backend.embedImages(List.of(ImageSource.of(Path.of("cat.jpg"))));
 * }
 * }</pre>
 */
public final class ImageFeatureBackend implements EmbeddingBackend, ImageEmbedder {
    private final ModelRunner model;
    private final ImagePreprocessor preprocessor;
    private final String inputName;
    /** The feature output, or null for the first output of a model that declares none (TorchScript). */
    private final String outputName;
    private final FeaturePooling pooling;
    private final int batchSize;
    private final BadImagePolicy badImagePolicy;

    private ImageFeatureBackend(Builder b, ModelRunner model, ImagePreprocessor preprocessor) {
        this.model = model;
        this.preprocessor = preprocessor;
        ImageProcessorConfig cfg = preprocessor.config();
        List<String> outputs = model.outputNames();
        this.inputName = pick(b.inputName, cfg.inputName(), model.inputNames().get(0));
        this.outputName = pick(b.outputName, cfg.outputName(), outputs.isEmpty() ? null : outputs.get(0));
        if (!model.hasInput(inputName)) {
            model.close();
            throw new IllegalArgumentException("inputName '" + inputName + "' is not an input of " + model.source()
                    + "; its inputs are " + model.inputNames());
        }
        if (!outputs.isEmpty() && !outputs.contains(outputName)) {
            model.close();
            throw new IllegalArgumentException("outputName '" + outputName + "' is not an output of "
                    + model.source() + "; its outputs are " + outputs);
        }
        this.pooling = b.pooling != null ? b.pooling : cfg.outputPooling();
        this.batchSize = b.batchSize;
        this.badImagePolicy = b.badImagePolicy;
    }

    private static String pick(String first, String second, String fallback) {
        return first != null ? first : second != null ? second : fallback;
    }

    /**
     * Loads a model by Hugging Face id (such as {@code Xenova/dinov2-small}) or local directory, with the default
     * options. Ids resolve through the Hugging Face cache ({@code HF_HOME}) and are downloaded when missing
     * (see {@link ModelResolver#fromEnvironment()}).
     */
    public static ImageFeatureBackend load(String idOrDirectory) {
        return load(ModelResolver.fromEnvironment().snapshot(idOrDirectory, List.of("preprocessor_config.json"),
                List.of("config.json"), List.of(List.of("model.onnx", "onnx/model.onnx", "model.pt"))));
    }

    /** Loads a model directory with the default options. */
    public static ImageFeatureBackend load(Path modelDirectory) {
        return builder(modelDirectory).build();
    }

    /** A builder for a model directory. */
    public static Builder builder(Path modelDirectory) {
        return new Builder(modelDirectory);
    }

    @Override
    public float[][] embedDocuments(List<String> documents) {
        throw new UnsupportedOperationException("ImageFeatureBackend embeds images only; use a text backend (or "
                + "MultimodalBackend to combine one with this) for documents");
    }

    @Override
    public boolean supportsImages() {
        return true;
    }

    @Override
    public float[][] embedImages(List<ImageSource> images) {
        return embedImagesWithReport(images).vectors();
    }

    @Override
    public ImageEmbeddings embedImagesWithReport(List<ImageSource> images) {
        long[] declared = outputName == null ? null : model.outputShape(outputName).orElse(null);
        int dimension = declared != null && declared.length == 2 && declared[1] > 0 ? (int) declared[1] : -1;
        return ImageBatchRunner.embed(images, preprocessor, badImagePolicy, batchSize, dimension, this::run);
    }

    private float[][] run(float[] pixels, int count) {
        long[] shape = preprocessor.imageShape();
        Tensor input = Tensor.ofFloats(pixels, count, shape[0], shape[1], shape[2]);
        ModelOutputs outputs = model.run(Map.of(inputName, input));
        String name = outputName != null ? outputName : outputs.names().get(0);
        Tensor output = outputs.get(name);
        return pooling.pool(output.floats(), output.shape(), preprocessor.config().layout(), name);
    }

    /** The device the model runs on. */
    public ComputeDevice device() {
        return model.device();
    }

    /** The preprocessing this backend applies. */
    public ImagePreprocessor preprocessor() {
        return preprocessor;
    }

    @Override
    public void close() {
        model.close();
    }

    /** Options of an {@link ImageFeatureBackend}; validated in the setters. */
    public static final class Builder {
        private final Path directory;
        private Path modelFile;
        private ImageProcessorConfig config;
        private String inputName;
        private String outputName;
        private FeaturePooling pooling;
        private int batchSize = 32;
        private BadImagePolicy badImagePolicy = BadImagePolicy.FAIL;
        private RunnerOptions runner = RunnerOptions.DEFAULT;

        private Builder(Path directory) {
            if (directory == null || !Files.isDirectory(directory)) {
                throw new IllegalArgumentException("modelDirectory " + directory + " is not a directory; give the "
                        + "folder holding model.onnx (or model.pt) and preprocessor_config.json");
            }
            this.directory = directory;
        }

        /**
         * The model file, when not {@code model.onnx}, {@code onnx/model.onnx} or {@code model.pt} in the
         * directory: {@code *.onnx} runs on ONNX Runtime, {@code *.pt} (TorchScript) on DJL's PyTorch engine.
         */
        public Builder modelFile(Path file) {
            this.modelFile = Objects.requireNonNull(file, "modelFile");
            return this;
        }

        /** The preprocessing, when not the directory's {@code preprocessor_config.json}. */
        public Builder preprocessorConfig(ImageProcessorConfig config) {
            this.config = Objects.requireNonNull(config, "config");
            return this;
        }

        /** The pixel input's name (default: the config's {@code input_name}, else the first input). */
        public Builder inputName(String name) {
            this.inputName = Objects.requireNonNull(name, "inputName");
            return this;
        }

        /** The feature output's name (default: the config's {@code output_name}, else the first output). */
        public Builder outputName(String name) {
            this.outputName = Objects.requireNonNull(name, "outputName");
            return this;
        }

        /**
         * How the output becomes one vector per image (default: the config's {@code output_pooling}, else
         * {@link FeaturePooling#AUTO}).
         */
        public Builder pooling(FeaturePooling pooling) {
            this.pooling = Objects.requireNonNull(pooling, "pooling");
            return this;
        }

        /** Images per model run (default 32). */
        public Builder batchSize(int batchSize) {
            this.batchSize = Arguments.atLeast("batchSize", batchSize, 1);
            return this;
        }

        /** What to do with unreadable images (default {@link BadImagePolicy#FAIL}). */
        public Builder onBadImage(BadImagePolicy policy) {
            this.badImagePolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** ONNX Runtime intra-op threads (default 0: the runtime decides); ONNX models only. */
        public Builder intraOpThreads(int threads) {
            this.runner = runner.withIntraOpThreads(threads);
            return this;
        }

        /**
         * Where the model runs (default {@link ComputeDevice#AUTO}: a GPU when the engine can use one, else the
         * CPU).
         */
        public Builder device(ComputeDevice device) {
            this.runner = runner.withDevice(device);
            return this;
        }

        /**
         * Loads the model.
         *
         * @throws IllegalArgumentException naming the file when the model or config is missing or invalid
         * @throws IllegalStateException when a TorchScript model needs the PyTorch engine's jars, or an explicit
         *     GPU is not available
         */
        public ImageFeatureBackend build() {
            ImagePreprocessor pre = new ImagePreprocessor(config != null ? config
                    : ImageProcessorConfig.load(directory.resolve("preprocessor_config.json")));
            pre.imageSize(); // fails early when the config gives no fixed size
            Path file = modelFile != null ? modelFile : defaultModelFile();
            return new ImageFeatureBackend(this, ModelRunner.open(file, runner),
                    pre);
        }

        private Path defaultModelFile() {
            for (Path p : new Path[] {directory.resolve("model.onnx"), directory.resolve("onnx").resolve("model.onnx"),
                    directory.resolve("model.pt")}) {
                if (Files.isRegularFile(p)) {
                    return p;
                }
            }
            throw new IllegalArgumentException(directory + " holds no model.onnx, onnx/model.onnx or model.pt; give"
                    + " the model file with modelFile(...)");
        }
    }
}
