package org.bertopic4j.djl.caption;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bertopic4j.djl.ort.OnnxSession;

/**
 * The decoder of a VisionEncoderDecoder export, one generation step at a time, for {@code rows} sequences
 * that share one image. With {@code decoder_model_merged.onnx} the self-attention keys and values are
 * cached: the first step feeds {@code use_cache_branch = false} and empty {@code past_key_values.*}, later
 * steps feed only the newest token with the previous {@code present.*}. With {@code decoder_model.onnx} the
 * whole sequence is fed at every step.
 */
final class DecoderSession implements AutoCloseable {
    private static final String PAST = "past_key_values.";

    private final OnnxSession session;
    private final List<String> pastNames = new ArrayList<>();
    private final boolean merged;
    private final boolean cacheEnabled;

    private DecoderSession(OnnxSession session, boolean cacheEnabled) {
        this.session = session;
        for (String name : session.inputNames()) {
            if (name.startsWith(PAST)) {
                pastNames.add(name);
            }
        }
        this.merged = !pastNames.isEmpty();
        this.cacheEnabled = merged && cacheEnabled;
        if (merged) {
            long[] declared = session.inputShape(pastNames.get(0));
            if (declared.length != 4 || declared[1] < 1 || declared[3] < 1) {
                session.close();
                throw new IllegalArgumentException(session.source() + ": " + pastNames.get(0) + " must be declared as "
                        + "[batch, heads, past, head_dim] with fixed heads and head_dim, got "
                        + Arrays.toString(declared));
            }
        }
    }

    /**
     * Opens {@code decoder_model_merged} (preferred when {@code useCache}) or {@code decoder_model}, whichever
     * exists; a merged decoder opened with {@code useCache == false} is fed the whole sequence at every step.
     */
    static DecoderSession open(Path onnxDir, String suffix, boolean useCache, int threads) {
        Path mergedFile = onnxDir.resolve("decoder_model_merged" + suffix + ".onnx");
        Path plainFile = onnxDir.resolve("decoder_model" + suffix + ".onnx");
        Path file = useCache && Files.isRegularFile(mergedFile) ? mergedFile
                : Files.isRegularFile(plainFile) ? plainFile : mergedFile;
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(onnxDir + " holds neither decoder_model_merged" + suffix
                    + ".onnx nor decoder_model" + suffix + ".onnx");
        }
        return new DecoderSession(OnnxSession.open(file, threads), useCache);
    }

    /** The cached keys and values of every layer for {@code rows} sequences: {@code [rows, heads, len, dim]}. */
    record Cache(Map<String, float[]> values, long[] shape) {
        /** The cache of the given rows, in that order (beam reordering). */
        Cache select(int[] rowIndices) {
            int per = (int) (shape[1] * shape[2] * shape[3]);
            Map<String, float[]> out = new HashMap<>();
            for (Map.Entry<String, float[]> e : values.entrySet()) {
                float[] v = new float[rowIndices.length * per];
                for (int r = 0; r < rowIndices.length; r++) {
                    System.arraycopy(e.getValue(), rowIndices[r] * per, v, r * per, per);
                }
                out.put(e.getKey(), v);
            }
            return new Cache(out, new long[] {rowIndices.length, shape[1], shape[2], shape[3]});
        }
    }

    /** The logits of the last position of each row, and the cache after this step. */
    record Step(float[][] logits, Cache cache) {
    }

    /**
     * One step.
     *
     * @param sequences the full token sequences (equal lengths), one per row
     * @param encoder the encoder output of the image, {@code [1, encLen, hidden]} flat, shared by all rows
     * @param cache the previous step's cache, or {@code null} at the first step (ignored when caching is off)
     */
    Step step(long[][] sequences, float[] encoder, long encLen, long hidden, Cache cache) {
        int rows = sequences.length;
        boolean useCache = cacheEnabled && cache != null;
        int len = useCache ? 1 : sequences[0].length;
        long[] ids = new long[rows * len];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(sequences[r], sequences[r].length - len, ids, r * len, len);
        }
        float[] enc = new float[(int) (rows * encLen * hidden)];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(encoder, 0, enc, (int) (r * encLen * hidden), (int) (encLen * hidden));
        }
        Map<String, OnnxTensor> feeds = new HashMap<>();
        try {
            feeds.put("input_ids", OnnxSession.longs(ids, rows, len));
            feeds.put("encoder_hidden_states", OnnxSession.floats(enc, rows, encLen, hidden));
            if (merged) {
                long[] declared = session.inputShape(pastNames.get(0));
                for (String name : pastNames) {
                    if (useCache) {
                        feeds.put(name, OnnxSession.floats(cache.values().get(name), cache.shape()));
                    } else {
                        feeds.put(name, OnnxSession.floats(new float[0], rows, declared[1], 0, declared[3]));
                    }
                }
                if (session.hasInput("use_cache_branch")) {
                    feeds.put("use_cache_branch", OnnxSession.bool(useCache));
                }
            }
            try (OrtSession.Result result = session.run(feeds)) {
                float[] logits = OnnxSession.floatsOf(result, "logits");
                int vocab = (int) (logits.length / ((long) rows * len));
                float[][] last = new float[rows][vocab];
                for (int r = 0; r < rows; r++) {
                    System.arraycopy(logits, (r * len + len - 1) * vocab, last[r], 0, vocab);
                }
                return new Step(last, cacheEnabled ? presentOf(result) : null);
            }
        } finally {
            OnnxSession.closeAll(feeds);
        }
    }

    private Cache presentOf(OrtSession.Result result) {
        Map<String, float[]> values = new HashMap<>();
        long[] shape = null;
        for (String past : pastNames) {
            String present = "present." + past.substring(PAST.length());
            values.put(past, OnnxSession.floatsOf(result, present));
            shape = OnnxSession.shapeOf(result, present);
        }
        return new Cache(values, shape);
    }

    @Override
    public void close() {
        session.close();
    }
}
