package org.bertopic4j.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.bertopic4j.matrix.CsrMatrix;
import org.bertopic4j.vectorize.ClassTfidfTransformer;
import org.bertopic4j.vectorize.CountVectorizer;
import org.bertopic4j.vectorize.FittedClassTfidf;
import org.bertopic4j.vectorize.StopWords;
import org.bertopic4j.vectorize.TopWords;
import org.bertopic4j.vectorize.TopicDocuments;

/**
 * CountVectorizer and c-TF-IDF throughput:
 * {@code Vectorize --docs <tsv> [--text-columns text] [--topic-column label] [--runs 3]}.
 * A document is the named columns joined with {@code ": "} (for WordNet glosses: {@code words,gloss}).
 * Phases (median of the runs after one warm-up): {@code fit_transform} with sklearn's defaults,
 * {@code fit_transform_ngram12_stop} with (1, 2)-grams and English stop words, {@code transform} of all
 * documents with the fitted default vectorizer, and, with a topic column, {@code ctfidf}: BERTopic's
 * per-topic join and cleaning, vectorizing, c-TF-IDF and top-word extraction. The median process CPU
 * seconds of each phase and the system load average are reported too, to read wall times on a busy machine.
 */
public final class Vectorize {
    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static double lastCpuSeconds;

    private Vectorize() {
    }

    /** Runs the benchmark and prints its JSON. */
    public static void main(String[] argv) throws IOException {
        BenchmarkArgs args = new BenchmarkArgs(argv);
        List<String> lines = Files.readAllLines(Path.of(args.require("docs")), StandardCharsets.UTF_8);
        List<String> header = Arrays.asList(lines.get(0).split("\t", -1));
        int[] textColumns = Arrays.stream(args.get("text-columns", "text").split(","))
                .mapToInt(c -> column(header, c)).toArray();
        String topicName = args.get("topic-column", "");
        int topicColumn = topicName.isEmpty() ? -1 : column(header, topicName);
        List<String> docs = new ArrayList<>();
        List<String> topicLabels = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            StringBuilder doc = new StringBuilder(f[textColumns[0]]);
            for (int c = 1; c < textColumns.length; c++) {
                doc.append(": ").append(f[textColumns[c]]);
            }
            docs.add(doc.toString());
            if (topicColumn >= 0) {
                topicLabels.add(f[topicColumn]);
            }
        }
        int runs = args.getInt("runs", 3);
        BenchmarkReport report = new BenchmarkReport("Vectorize", args.asMap()).put("n", docs.size());
        BenchmarkReport.resetPeakHeap();

        CountVectorizer defaults = CountVectorizer.defaults();
        CountVectorizer.FitResult fit = defaults.fitTransform(docs);
        double fitSeconds = time(runs, () -> defaults.fitTransform(docs));
        Map<String, Double> cpu = new LinkedHashMap<>();
        cpu.put("fit_transform", lastCpuSeconds);
        report.seconds("fit_transform", fitSeconds).put("docs_per_second_fit_transform", docs.size() / fitSeconds);
        report.put("vocabulary", fit.vectorizer().vocabulary().size()).put("nnz", fit.counts().nnz());

        CountVectorizer ngrams = CountVectorizer.builder().ngramRange(1, 2).stopWords(StopWords.ENGLISH).build();
        double ngramSeconds = time(runs, () -> ngrams.fitTransform(docs));
        cpu.put("fit_transform_ngram12_stop", lastCpuSeconds);
        report.seconds("fit_transform_ngram12_stop", ngramSeconds)
                .put("docs_per_second_fit_transform_ngram12_stop", docs.size() / ngramSeconds);

        double transformSeconds = time(runs, () -> fit.vectorizer().transform(docs));
        cpu.put("transform", lastCpuSeconds);
        report.seconds("transform", transformSeconds).put("docs_per_second_transform", docs.size() / transformSeconds);

        if (topicColumn >= 0) {
            List<String> distinct = topicLabels.stream().distinct().sorted().toList();
            int[] topics = topicLabels.stream().mapToInt(distinct::indexOf).toArray();
            double ctfidfSeconds = time(runs, () -> {
                TopicDocuments perTopic = TopicDocuments.join(docs, topics, true);
                CountVectorizer.FitResult counted = defaults.fitTransform(perTopic.documents());
                FittedClassTfidf ctfidf = ClassTfidfTransformer.defaults().fit(counted.counts(), null);
                CsrMatrix weights = ctfidf.transform(counted.counts());
                return TopWords.extract(weights, counted.vectorizer().vocabulary(), 10);
            });
            cpu.put("ctfidf", lastCpuSeconds);
            report.seconds("ctfidf", ctfidfSeconds).put("topics", distinct.size());
        }
        report.put("process_cpu_seconds", cpu).put("load_average", OS.getSystemLoadAverage());
        report.put("peak_heap_mb", BenchmarkReport.peakHeapMb());
        report.print();
    }

    private static int column(List<String> header, String name) {
        int c = header.indexOf(name);
        if (c < 0) {
            throw new IllegalArgumentException("--docs has no column '" + name + "'; columns are " + header);
        }
        return c;
    }

    /** Median wall seconds of {@code runs} timed runs after one warm-up; records the median process CPU too. */
    private static double time(int runs, Supplier<?> work) {
        work.get();
        double[] seconds = new double[runs];
        double[] cpu = new double[runs];
        for (int r = 0; r < runs; r++) {
            long cpuStart = OS.getProcessCpuTime();
            long start = System.nanoTime();
            work.get();
            seconds[r] = BenchmarkReport.since(start);
            cpu[r] = (OS.getProcessCpuTime() - cpuStart) / 1e9;
        }
        lastCpuSeconds = BenchmarkReport.median(cpu);
        return BenchmarkReport.median(seconds);
    }
}
