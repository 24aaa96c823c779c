package org.bertopic4j.djl.caption;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtSession;
import org.bertopic4j.ImageCaptioner;
import org.bertopic4j.ImageSource;
import org.bertopic4j.check.Arguments;
import org.bertopic4j.djl.hub.ModelResolver;
import org.bertopic4j.djl.image.BadImagePolicy;
import org.bertopic4j.djl.image.ImagePreprocessor;
import org.bertopic4j.djl.image.PixelBatch;
import org.bertopic4j.djl.ort.HfTokenizers;
import org.bertopic4j.djl.ort.OnnxSession;

/**
 * Image captions from a VisionEncoderDecoder ONNX export in the Optimum / transformers.js layout, such as
 * {@code Xenova/vit-gpt2-image-captioning}: {@code onnx/encoder_model.onnx} ({@code pixel_values ->
 * last_hidden_state}), {@code onnx/decoder_model_merged.onnx} (with cached keys and values) or
 * {@code onnx/decoder_model.onnx}, {@code tokenizer.json}, {@code preprocessor_config.json},
 * {@code config.json} / {@code generation_config.json}. Greedy decoding by default ({@code num_beams} 1,
 * {@code max_length} 20 unless the generation config says otherwise), beam search with
 * {@link Builder#numBeams(int)}. Captions are decoded without special tokens and trimmed, as the
 * image-to-text pipeline does. Immutable and thread-safe.
 */
public final class OnnxImageCaptioner implements ImageCaptioner {
    private final OnnxSession encoder;
    private final DecoderSession decoder;
    private final HuggingFaceTokenizer tokenizer;
    private final ImagePreprocessor preprocessor;
    private final GenerationConfig generation;
    private final BadImagePolicy badImagePolicy;

    private OnnxImageCaptioner(OnnxSession encoder, DecoderSession decoder, HuggingFaceTokenizer tokenizer,
            ImagePreprocessor preprocessor, GenerationConfig generation, BadImagePolicy badImagePolicy) {
        this.encoder = encoder;
        this.decoder = decoder;
        this.tokenizer = tokenizer;
        this.preprocessor = preprocessor;
        this.generation = generation;
        this.badImagePolicy = badImagePolicy;
    }

    /**
     * Loads a model by Hugging Face id (such as {@code Xenova/vit-gpt2-image-captioning}) or local directory, with the default
     * options. Ids resolve through the Hugging Face cache ({@code HF_HOME}) and are downloaded when missing
     * (see {@link ModelResolver#fromEnvironment()}).
     */
    public static OnnxImageCaptioner load(String idOrDirectory) {
        return load(ModelResolver.fromEnvironment().snapshot(idOrDirectory,
                List.of("tokenizer.json", "config.json", "preprocessor_config.json", "onnx/encoder_model.onnx"),
                List.of("generation_config.json"),
                List.of(List.of("onnx/decoder_model_merged.onnx", "onnx/decoder_model.onnx"))));
    }

    /** Loads a model directory with the default options. */
    public static OnnxImageCaptioner load(Path modelDirectory) {
        return builder(modelDirectory).build();
    }

    /** A builder for a model directory. */
    public static Builder builder(Path modelDirectory) {
        return new Builder(modelDirectory);
    }

    /**
     * One caption per image, in order; under {@link BadImagePolicy#SKIP} an unreadable image gets {@code ""}.
     *
     * @throws IllegalArgumentException for a null or empty list, a null element, or an unreadable image under
     *     {@link BadImagePolicy#FAIL}
     */
    @Override
    public List<String> caption(List<ImageSource> images) {
        List<String> out = new ArrayList<>();
        for (long[] ids : captionIds(images)) {
            out.add(ids == null ? "" : tokenizer.decode(ids, true).strip());
        }
        return out;
    }

    /** The generated token ids per image (without start and end tokens); {@code null} for skipped images. */
    List<long[]> captionIds(List<ImageSource> images) {
        PixelBatch.requireImages(images);
        List<long[]> out = new ArrayList<>();
        long[] shape = preprocessor.imageShape();
        for (int i = 0; i < images.size(); i++) {
            PixelBatch batch = PixelBatch.load(images, i, i + 1, preprocessor, badImagePolicy);
            if (batch.count() == 0) {
                out.add(null);
                continue;
            }
            try (OnnxTensor pixels = OnnxSession.floats(batch.pixels(), 1, shape[0], shape[1], shape[2]);
                    OrtSession.Result result = encoder.run(Map.of("pixel_values", pixels))) {
                float[] hidden = OnnxSession.floatsOf(result, "last_hidden_state");
                long[] hs = OnnxSession.shapeOf(result, "last_hidden_state");
                out.add(generation.numBeams() > 1 ? Generation.beam(decoder, hidden, hs[1], hs[2], generation)
                        : Generation.greedy(decoder, hidden, hs[1], hs[2], generation));
            }
        }
        return out;
    }

    @Override
    public void close() {
        try {
            encoder.close();
            decoder.close();
        } finally {
            tokenizer.close();
        }
    }

    /** Options of an {@link OnnxImageCaptioner}; validated in the setters. */
    public static final class Builder {
        private final Path directory;
        private String suffix = "";
        private Integer maxLength;
        private Integer numBeams;
        private boolean useCache = true;
        private BadImagePolicy badImagePolicy = BadImagePolicy.FAIL;
        private int intraOpThreads;

        private Builder(Path directory) {
            if (directory == null || !Files.isDirectory(directory)) {
                throw new IllegalArgumentException("modelDirectory " + directory + " is not a directory; give the "
                        + "folder holding onnx/encoder_model.onnx, onnx/decoder_model_merged.onnx and tokenizer.json");
            }
            this.directory = directory;
        }

        /** Picks a variant by file-name suffix, e.g. {@code "_quantized"} (default {@code ""}: fp32). */
        public Builder variant(String fileSuffix) {
            this.suffix = OnnxSession.requireVariant(fileSuffix);
            return this;
        }

        /** Maximum sequence length including the start token (default: the generation config's, else 20). */
        public Builder maxLength(int maxLength) {
            if (maxLength < 2) {
                throw new IllegalArgumentException("maxLength must be >= 2 (start token + one), got " + maxLength);
            }
            this.maxLength = maxLength;
            return this;
        }

        /** Beams; 1 is greedy (default: the generation config's, else 1). */
        public Builder numBeams(int numBeams) {
            this.numBeams = Arguments.atLeast("numBeams", numBeams, 1);
            return this;
        }

        /** Whether a merged decoder reuses cached keys and values (default true; false re-feeds the sequence). */
        public Builder useCache(boolean useCache) {
            this.useCache = useCache;
            return this;
        }

        /** What to do with unreadable images (default {@link BadImagePolicy#FAIL}). */
        public Builder onBadImage(BadImagePolicy policy) {
            this.badImagePolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** ONNX Runtime intra-op threads (default 0: the runtime decides). */
        public Builder intraOpThreads(int threads) {
            this.intraOpThreads = OnnxSession.requireThreads("intraOpThreads", threads);
            return this;
        }

        /**
         * Loads the model.
         *
         * @throws IllegalArgumentException naming the file when a model, tokenizer or config file is missing
         *     or invalid
         */
        public OnnxImageCaptioner build() {
            GenerationConfig g = GenerationConfig.load(directory);
            g = new GenerationConfig(g.decoderStartTokenId(), g.eosTokenId(),
                    maxLength != null ? maxLength : g.maxLength(), numBeams != null ? numBeams : g.numBeams());
            ImagePreprocessor pre = ImagePreprocessor.fromModelDirectory(directory);
            Path onnxDir = Files.isDirectory(directory.resolve("onnx")) ? directory.resolve("onnx") : directory;
            HuggingFaceTokenizer tok = HfTokenizers.load(directory.resolve("tokenizer.json"));
            OnnxSession enc = null;
            try {
                enc = OnnxSession.open(onnxDir.resolve("encoder_model" + suffix + ".onnx"), intraOpThreads);
                DecoderSession dec = DecoderSession.open(onnxDir, suffix, useCache, intraOpThreads);
                return new OnnxImageCaptioner(enc, dec, tok, pre, g, badImagePolicy);
            } catch (RuntimeException e) {
                tok.close();
                if (enc != null) {
                    enc.close();
                }
                throw e;
            }
        }
    }
}
