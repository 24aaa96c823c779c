package org.bertopic4j.bench;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bertopic4j.ProgressListener;
import org.bertopic4j.djl.hub.ModelResolver;
import org.bertopic4j.djl.text.SentenceEmbedder;
import org.bertopic4j.djl.text.SentenceEmbedderBuilder;
import org.bertopic4j.io.Npy;

/**
 * Sentence-embedding benchmark: embeds the documents of a TSV (writing them as a float32 .npy when
 * {@code --out} is given) and measures {@link SentenceEmbedder} throughput at exactly 32 and 128 tokens per
 * sentence against bare ONNX Runtime ({@code OrtSession.run} on the same token ids, same batch size, no
 * tokenisation or pooling) in the same process. {@code ratio} = raw seconds / our seconds at 128 tokens.
 *
 * <p>Usage: {@code Embed --model <id|dir|default> --docs <tsv> [--text-column text] [--max-length 256]
 * [--batch-size 32] [--limit N] [--out <.npy>] [--bench-sentences 256] [--repeats 3] [--skip-baseline]
 * [--intra-op-threads N]} (threads for both ours and the raw session; default ONNX Runtime's own);
 * {@code --model default} is the embedded all-MiniLM-L6-v2.
 */
public final class Embed {
    private static final int[] LENGTHS = {32, 128};

    private Embed() {
    }

    /** Runs the benchmark and prints its JSON. */
    public static void main(String[] args) throws Exception {
        BenchmarkArgs a = new BenchmarkArgs(args);
        String model = a.require("model");
        List<String> docs = Tsv.column(Path.of(a.require("docs")), a.get("text-column", "text"),
                a.getInt("limit", Integer.MAX_VALUE));
        int maxLength = a.getInt("max-length", 256);
        int batchSize = a.getInt("batch-size", 32);
        intraOpThreads = a.getInt("intra-op-threads", 0);
        BenchmarkReport report = new BenchmarkReport("Embed", a.asMap()).put("n", docs.size());
        long start = System.nanoTime();
        ProgressListener progress = (step, done, total) -> {
            if (done % 5120 < batchSize || done == total) {
                System.err.printf("%s: %d / %d documents%n", step, done, total);
            }
        };
        try (SentenceEmbedder embedder = builder(model, batchSize).maxSequenceLength(maxLength).progress(progress)
                .build()) {
            report.put("dimension", embedder.dimension()).put("embedder", embedder.toString());
            if (a.has("out")) {
                BenchmarkReport.resetPeakHeap();
                long t = System.nanoTime();
                float[][] vectors = embedder.embedDocuments(docs);
                double seconds = BenchmarkReport.since(t);
                Npy.write(Path.of(a.get("out", null)), vectors);
                report.seconds("embed_all", seconds).put("sentences_per_second_all", docs.size() / seconds)
                        .put("peak_heap_mb", BenchmarkReport.peakHeapMb());
            }
        }
        if (!a.has("skip-baseline")) {
            compareWithRaw(a, model, docs, batchSize, report);
        }
        report.seconds("total", BenchmarkReport.since(start)).print();
    }

    private static void compareWithRaw(BenchmarkArgs a, String model, List<String> docs, int batchSize,
            BenchmarkReport report) throws IOException, OrtException {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            if (intraOpThreads > 0) {
                options.setIntraOpNumThreads(intraOpThreads);
            }
            measure(a, model, docs, batchSize, report, env, openRaw(env, model, options));
        }
    }

    /** Times ours and the raw session at each length, on the same token ids, and records both. */
    private static void measure(BenchmarkArgs a, String model, List<String> docs, int batchSize,
            BenchmarkReport report, OrtEnvironment env, OrtSession rawSession) throws OrtException {
        int sentences = a.getInt("bench-sentences", 256);
        int repeats = a.getInt("repeats", 3);
        try (OrtSession session = rawSession) {
            for (int length : LENGTHS) {
                try (SentenceEmbedder embedder = builder(model, batchSize).maxSequenceLength(length).build()) {
                    List<String> texts = textsOfLength(embedder, docs, length, sentences);
                    long[][] ids = embedder.tokenize(texts);
                    double ours = medianSeconds(repeats, () -> embedder.embedDocuments(texts));
                    double raw = medianSeconds(repeats, () -> runRaw(env, session, ids, batchSize));
                    Map<String, Object> at = new LinkedHashMap<>();
                    at.put("sentences", texts.size());
                    at.put("sentences_per_second", texts.size() / ours);
                    at.put("raw_onnxruntime_sentences_per_second", texts.size() / raw);
                    at.put("ratio", raw / ours);
                    report.put("at_" + length + "_tokens", at);
                    report.seconds("ours_" + length, ours).seconds("raw_" + length, raw);
                    if (length == LENGTHS[LENGTHS.length - 1]) {
                        Map<String, Object> baseline = new LinkedHashMap<>();
                        baseline.put("name", "raw ONNX Runtime OrtSession.run, " + length + " tokens");
                        baseline.put("seconds", raw);
                        report.put("baseline", baseline).put("ratio", raw / ours);
                    }
                }
            }
        }
    }

    /** Texts that tokenise to at least {@code length} tokens (consecutive documents joined), so truncation makes them exactly that long. */
    private static List<String> textsOfLength(SentenceEmbedder embedder, List<String> docs, int length, int count) {
        List<String> texts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; texts.size() < count; i = (i + 1) % docs.size()) {
            current.append(current.length() == 0 ? "" : " ").append(docs.get(i));
            if (embedder.tokenize(List.of(current.toString()))[0].length >= length) {
                texts.add(current.toString());
                current.setLength(0);
            }
        }
        return texts;
    }

    private static void runRaw(OrtEnvironment env, OrtSession session, long[][] ids, int batchSize) {
        try {
            for (int b = 0; b < ids.length; b += batchSize) {
                int rows = Math.min(batchSize, ids.length - b);
                int len = ids[b].length;
                long[] flatIds = new long[rows * len];
                for (int r = 0; r < rows; r++) {
                    System.arraycopy(ids[b + r], 0, flatIds, r * len, len);
                }
                long[] ones = new long[rows * len];
                java.util.Arrays.fill(ones, 1L);
                long[] shape = {rows, len};
                Map<String, OnnxTensor> feed = new HashMap<>();
                try {
                    feed.put("input_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(flatIds), shape));
                    feed.put("attention_mask", OnnxTensor.createTensor(env, LongBuffer.wrap(ones), shape));
                    if (session.getInputNames().contains("token_type_ids")) {
                        feed.put("token_type_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(new long[rows * len]),
                                shape));
                    }
                    try (OrtSession.Result result = session.run(feed)) {
                        result.get(0);
                    }
                } finally {
                    feed.values().forEach(OnnxTensor::close);
                }
            }
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double medianSeconds(int repeats, Runnable work) {
        work.run(); // warm-up
        double[] times = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            long t = System.nanoTime();
            work.run();
            times[i] = BenchmarkReport.since(t);
        }
        return BenchmarkReport.median(times);
    }

    private static int intraOpThreads;

    private static SentenceEmbedderBuilder builder(String model, int batchSize) {
        SentenceEmbedderBuilder b = model.equals("default") ? SentenceEmbedder.allMiniLmL6V2Builder()
                : SentenceEmbedder.builder(model);
        return b.batchSize(batchSize).intraOpThreads(intraOpThreads);
    }

    private static OrtSession openRaw(OrtEnvironment env, String model, OrtSession.SessionOptions options)
            throws IOException, OrtException {
        if (model.equals("default")) {
            try (InputStream in = Embed.class.getClassLoader().getResourceAsStream("all-minilm-l6-v2.onnx")) {
                return env.createSession(in.readAllBytes(), options);
            }
        }
        ModelResolver resolver = ModelResolver.fromEnvironment();
        Path onnx = resolver.resolveOptional(model, "onnx/model.onnx")
                .orElseGet(() -> resolver.resolve(model, "model.onnx"));
        return env.createSession(Files.readAllBytes(onnx), options);
    }
}
