package org.bertopic4j.djl.clip;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.bertopic4j.EmbeddingBackend;
import org.bertopic4j.ImageSource;
import org.bertopic4j.check.Arguments;
import org.bertopic4j.djl.Fusion;
import org.bertopic4j.djl.engine.ComputeDevice;
import org.bertopic4j.djl.engine.RunnerOptions;
import org.bertopic4j.djl.hub.ModelResolver;
import org.bertopic4j.djl.image.BadImagePolicy;
import org.bertopic4j.djl.image.ImageBatchRunner;
import org.bertopic4j.djl.image.ImageEmbedder;
import org.bertopic4j.djl.image.ImageEmbeddings;
import org.bertopic4j.djl.image.ImagePreprocessor;
import org.bertopic4j.djl.ort.OnnxSession;

/**
 * CLIP text and image embeddings from an ONNX export (Xenova / Optimum layout: {@code onnx/text_model.onnx},
 * {@code onnx/vision_model.onnx} or the combined {@code onnx/model.onnx}, with {@code tokenizer.json} and
 * {@code preprocessor_config.json}), or from TorchScript towers ({@code text_model.pt} returning
 * {@code text_embeds}, {@code vision_model.pt} returning {@code image_embeds}) run on DJL's PyTorch engine:
 * BERTopic's {@code MultiModalBackend} with a CLIP model. Runs on a GPU when one is usable
 * ({@link Builder#device}).
 * <ul>
 * <li>Documents are truncated as BERTopic's {@code _truncate_document} does (77 tokens, recursively);
 *     words with the tokenizer's plain truncation.</li>
 * <li>Images are preprocessed exactly as CLIPImageProcessor ({@link ImagePreprocessor}).</li>
 * <li>Batches of 32; documents + images are fused row by row, by default with BERTopic's element-wise mean
 *     of the raw (unnormalised) tower outputs ({@link Fusion}).</li>
 * <li>The combined graph returns L2-normalised embeddings (the towers do not).</li>
 * </ul>
 * Immutable and thread-safe.
 * <pre>{@code
 * try (ClipBackend clip = ClipBackend.load(Path.of("models/clip-vit-base-patch32"))) {
 *     float[][] rows = clip.embed(titles, images);
 * }
 * }</pre>
 */
public final class ClipBackend implements EmbeddingBackend, ImageEmbedder {
    private final ClipModels models;
    private final ClipTokenizer tokenizer;
    private final ImagePreprocessor preprocessor;
    private final int batchSize;
    private final Fusion fusion;
    private final double textWeight;
    private final double imageWeight;
    private final BadImagePolicy badImagePolicy;

    private ClipBackend(Builder b, ClipModels models, ClipTokenizer tokenizer, ImagePreprocessor preprocessor) {
        this.models = models;
        this.tokenizer = tokenizer;
        this.preprocessor = preprocessor;
        this.batchSize = b.batchSize;
        this.fusion = b.fusion;
        this.textWeight = b.textWeight;
        this.imageWeight = b.imageWeight;
        this.badImagePolicy = b.badImagePolicy;
    }

    /**
     * Loads a model by Hugging Face id (such as {@code Xenova/clip-vit-base-patch32}) or local directory, with the default
     * options. Ids resolve through the Hugging Face cache ({@code HF_HOME}) and are downloaded when missing
     * (see {@link ModelResolver#fromEnvironment()}).
     */
    public static ClipBackend load(String idOrDirectory) {
        Path dir = ModelResolver.fromEnvironment().snapshot(idOrDirectory,
                List.of("tokenizer.json", "preprocessor_config.json"), List.of("config.json"),
                List.of(List.of("onnx/text_model.onnx", "onnx/model.onnx", "text_model.pt")));
        for (String tower : List.of("onnx/text_model.onnx", "text_model.pt")) {
            if (Files.isRegularFile(dir.resolve(tower))) {
                ModelResolver.fromEnvironment().resolve(idOrDirectory, tower.replace("text_model", "vision_model"));
                break;
            }
        }
        return load(dir);
    }

    /** Loads a model directory with the default options. */
    public static ClipBackend load(Path modelDirectory) {
        return builder(modelDirectory).build();
    }

    /** A builder for a model directory. */
    public static Builder builder(Path modelDirectory) {
        return new Builder(modelDirectory);
    }

    @Override
    public float[][] embedDocuments(List<String> documents) {
        return embedTexts(documents, "documents", tokenizer::encodeDocument);
    }

    @Override
    public float[][] embedWords(List<String> words) {
        return embedTexts(words, "words", tokenizer::encodeTruncated);
    }

    private float[][] embedTexts(List<String> texts, String name, Function<String, long[]> encode) {
        requireTexts(texts, name);
        float[][] out = new float[texts.size()][];
        for (int from = 0; from < texts.size(); from += batchSize) {
            int to = Math.min(texts.size(), from + batchSize);
            List<long[]> ids = new ArrayList<>();
            int length = 0;
            for (String t : texts.subList(from, to)) {
                long[] e = encode.apply(t);
                ids.add(e);
                length = Math.max(length, e.length);
            }
            long[] flat = new long[ids.size() * length];
            long[] mask = new long[ids.size() * length];
            for (int r = 0; r < ids.size(); r++) {
                long[] e = ids.get(r);
                for (int k = 0; k < length; k++) {
                    flat[r * length + k] = k < e.length ? e[k] : tokenizer.eos();
                    mask[r * length + k] = k < e.length ? 1 : 0;
                }
            }
            float[][] rows = models.text(flat, mask, ids.size(), length);
            System.arraycopy(rows, 0, out, from, rows.length);
        }
        return out;
    }

    private static void requireTexts(List<String> texts, String name) {
        if (texts == null) {
            throw new IllegalArgumentException(name + " is null: give a list of strings");
        }
        if (texts.isEmpty()) {
            throw new IllegalArgumentException(name + " is empty: give at least one text");
        }
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i) == null) {
                throw new IllegalArgumentException(name + "[" + i + "] is null: give a string (\"\" for no text)");
            }
        }
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
        return ImageBatchRunner.embed(images, preprocessor, badImagePolicy, batchSize, -1, models::image);
    }

    /**
     * Documents only, images only, or both fused row by row with the configured {@link Fusion} (default
     * {@link Fusion#MEAN}, BERTopic's element-wise mean).
     */
    @Override
    public float[][] embed(List<String> documents, List<ImageSource> images) {
        return fusion.embed(documents, images, textWeight, imageWeight, this::embedDocuments,
                this::embedImagesWithReport);
    }

    /** Whether embeddings come from the combined graph, which L2-normalises them. */
    public boolean usesCombinedModel() {
        return models.isCombined();
    }

    /** The device the models run on. */
    public ComputeDevice device() {
        return models.device();
    }

    @Override
    public void close() {
        try {
            models.close();
        } finally {
            tokenizer.close();
        }
    }

    /** Options of a {@link ClipBackend}; validated in the setters. */
    public static final class Builder {
        private final Path directory;
        private String suffix = "";
        private int batchSize = 32;
        private Fusion fusion = Fusion.MEAN;
        private double textWeight = 1.0;
        private double imageWeight = 1.0;
        private BadImagePolicy badImagePolicy = BadImagePolicy.FAIL;
        private RunnerOptions runner = RunnerOptions.DEFAULT;

        private Builder(Path directory) {
            if (directory == null || !Files.isDirectory(directory)) {
                throw new IllegalArgumentException("modelDirectory " + directory + " is not a directory; give the "
                        + "folder holding tokenizer.json, preprocessor_config.json and onnx/");
            }
            this.directory = directory;
        }

        /** Picks a variant by file-name suffix, e.g. {@code "_quantized"} (default {@code ""}: fp32). */
        public Builder variant(String fileSuffix) {
            this.suffix = OnnxSession.requireVariant(fileSuffix);
            return this;
        }

        /** Texts or images per model run (default 32, as BERTopic). */
        public Builder batchSize(int batchSize) {
            this.batchSize = Arguments.atLeast("batchSize", batchSize, 1);
            return this;
        }

        /** The text + image fusion (default {@link Fusion#MEAN}). */
        public Builder fusion(Fusion fusion) {
            this.fusion = Objects.requireNonNull(fusion, "fusion");
            return this;
        }

        /** Text and image weights for {@link Fusion#CONCATENATE} (default 1 and 1). */
        public Builder weights(double textWeight, double imageWeight) {
            this.textWeight = Fusion.requireWeight("textWeight", textWeight);
            this.imageWeight = Fusion.requireWeight("imageWeight", imageWeight);
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
         * Where the models run (default {@link ComputeDevice#AUTO}: a GPU when the engine can use one, else the
         * CPU).
         */
        public Builder device(ComputeDevice device) {
            this.runner = runner.withDevice(device);
            return this;
        }

        /**
         * Loads the model.
         *
         * @throws IllegalArgumentException naming the file when a model, tokenizer or config file is missing
         *     or invalid
         * @throws IllegalStateException when TorchScript towers need the PyTorch engine's jars, or an explicit
         *     GPU is not available
         */
        public ClipBackend build() {
            ImagePreprocessor pre = ImagePreprocessor.fromModelDirectory(directory);
            if (pre.outputHeight() != pre.outputWidth()) {
                throw new IllegalArgumentException(directory + "/preprocessor_config.json gives a "
                        + pre.outputWidth() + "x" + pre.outputHeight() + " input; CLIP needs a square image");
            }
            ClipTokenizer tok = new ClipTokenizer(directory.resolve("tokenizer.json"));
            try {
                return new ClipBackend(this, ClipModels.open(directory, suffix,
                        runner, pre.outputHeight()),
                        tok, pre);
            } catch (RuntimeException e) {
                tok.close();
                throw e;
            }
        }
    }
}
