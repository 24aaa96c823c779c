package org.bertopic4j.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bertopic4j.BERTopic;
import org.bertopic4j.Corpus;
import org.bertopic4j.TopicModel;
import org.bertopic4j.WordScore;
import org.bertopic4j.evaluation.ClusterAgreement;
import org.bertopic4j.evaluation.NpmiCoherence;
import org.bertopic4j.evaluation.TopicDiversity;
import org.bertopic4j.io.Npy;

/**
 * BERTopic with every default (UMAP, HDBSCAN, CountVectorizer, c-TF-IDF) on documents with precomputed
 * embeddings: timings per stage, topics, topic words and quality (NPMI, diversity, ARI/NMI against a
 * label column).
 *
 * <pre>
 * EndToEnd --docs docs.tsv --embeddings emb.npy [--text-column text] [--labels-column label] [--limit N]
 *          [--min-topic-size 10] [--seed 42] [--runs 3] [--out result.json]
 * </pre>
 */
public final class EndToEnd {
    private EndToEnd() {
    }

    /** Runs the benchmark; see the class comment for arguments. */
    public static void main(String[] args) throws IOException {
        BenchmarkArgs a = new BenchmarkArgs(args);
        Path docsPath = Path.of(a.require("docs"));
        float[][] embeddings = Npy.readFloatMatrix(Path.of(a.require("embeddings")));
        int limit = a.getInt("limit", embeddings.length);
        List<String> lines = Files.readAllLines(docsPath, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split("\t", -1));
        int textCol = header.indexOf(a.get("text-column", "text"));
        int labelCol = a.has("labels-column") ? header.indexOf(a.get("labels-column", "label")) : -1;
        if (textCol < 0) {
            throw new IllegalArgumentException("no text column in " + docsPath + "; columns: " + header);
        }
        int n = Math.min(limit, Math.min(embeddings.length, lines.size() - 1));
        List<String> docs = new ArrayList<>(n);
        List<String> labels = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            String[] f = lines.get(i).split("\t", -1);
            docs.add(f[textCol]);
            labels.add(labelCol >= 0 ? f[labelCol] : "");
        }
        float[][] emb = java.util.Arrays.copyOf(embeddings, n);
        BERTopic.Builder builder = BERTopic.builder().minTopicSize(a.getInt("min-topic-size", 10));
        if (a.has("seed")) {
            builder.seed(Long.parseLong(a.get("seed", "42")));
        }
        Corpus corpus = Corpus.of(docs).withEmbeddings(emb);

        int runs = a.getInt("runs", 3);
        Map<String, double[]> phases = new LinkedHashMap<>();
        TopicModel model = null;
        double peak = 0;
        for (int run = -1; run < runs; run++) { // run -1 warms up
            Map<String, Long> starts = new HashMap<>();
            Map<String, Double> took = new LinkedHashMap<>();
            BERTopic config = builder.progress((step, done, total) -> {
                if (done == 0) {
                    starts.put(step, System.nanoTime());
                } else if (done == total && starts.containsKey(step)) {
                    took.put(step, BenchmarkReport.since(starts.get(step)));
                }
            }).build();
            BenchmarkReport.resetPeakHeap();
            long t0 = System.nanoTime();
            model = config.fit(corpus);
            took.put("total", BenchmarkReport.since(t0));
            peak = Math.max(peak, BenchmarkReport.peakHeapMb());
            if (run >= 0) {
                final int r = run;
                took.forEach((k, v) -> phases.computeIfAbsent(k, x -> new double[runs])[r] = v);
            }
        }
        BenchmarkReport report = new BenchmarkReport("EndToEnd", a.asMap()).put("n", n);
        phases.forEach((k, v) -> report.seconds(k, BenchmarkReport.median(v)));
        report.put("peak_heap_mb", peak);
        report.put("topics", model.topics());
        Map<String, List<Object[]>> words = new LinkedHashMap<>();
        List<List<WordScore>> topicWords = new ArrayList<>();
        for (int t : model.topicIds()) {
            List<Object[]> w = new ArrayList<>();
            for (WordScore ws : model.topic(t)) {
                w.add(new Object[] {ws.word(), ws.score()});
            }
            words.put(String.valueOf(t), w);
            if (t >= 0) {
                topicWords.add(model.topic(t));
            }
        }
        report.put("topic_words", words);
        report.put("counts", model.topicSizes());
        quality(report, model, topicWords, docs, labels, labelCol >= 0);
        String json = report.toJson();
        if (a.has("out")) {
            Files.writeString(Path.of(a.get("out", "")), json, StandardCharsets.UTF_8);
        }
        System.out.println(json);
    }

    private static void quality(BenchmarkReport report, TopicModel model, List<List<WordScore>> topicWords,
                                List<String> docs, List<String> labels, boolean hasLabels) {
        report.quality("topics_excl_outliers", model.topicCount());
        report.quality("outlier_fraction", model.topicSizes().getOrDefault(-1, 0) / (double) docs.size());
        if (!topicWords.isEmpty()) {
            List<List<String>> tokens = new ArrayList<>(docs.size());
            for (String d : docs) {
                tokens.add(model.vectorizer().tokenize(d));
            }
            report.quality("npmi", NpmiCoherence.of(topicWords, tokens, 10, 10));
            report.quality("diversity", TopicDiversity.of(topicWords, 10));
        }
        if (hasLabels) {
            Map<String, Integer> ids = new HashMap<>();
            int[] gold = labels.stream().mapToInt(l -> ids.computeIfAbsent(l, k -> ids.size())).toArray();
            int[] topics = model.topics();
            report.quality("ari", ClusterAgreement.adjustedRandIndex(gold, topics));
            report.quality("nmi", ClusterAgreement.normalizedMutualInformation(gold, topics));
            List<Integer> kept = new ArrayList<>();
            for (int i = 0; i < topics.length; i++) {
                if (topics[i] >= 0) {
                    kept.add(i);
                }
            }
            if (!kept.isEmpty()) {
                int[] g = kept.stream().mapToInt(i -> gold[i]).toArray();
                int[] t = kept.stream().mapToInt(i -> topics[i]).toArray();
                report.quality("ari_non_outliers", ClusterAgreement.adjustedRandIndex(g, t));
                report.quality("nmi_non_outliers", ClusterAgreement.normalizedMutualInformation(g, t));
            }
        }
    }
}
