package org.bertopic4j.examples;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bertopic4j.Corpus;
import org.bertopic4j.TopicInfo;
import org.bertopic4j.TopicModel;
import org.bertopic4j.io.CsvTable;
import org.bertopic4j.report.HtmlReport;

/** The input and output steps the three workflow examples share: the CSV, the topic table, the report. */
final class ExampleRun {
    private ExampleRun() {
    }

    /**
     * The CSV to model: the one given, else the bundled clip-art sample; announced on {@code out}.
     *
     * @throws IllegalArgumentException when the given CSV is not a file
     */
    static Path csv(ExampleOptions options, PrintStream out) {
        if (options.csv().isPresent()) {
            Path csv = options.csv().get();
            if (!Files.isRegularFile(csv)) {
                throw new IllegalArgumentException("--csv " + csv + " is not a file (resolved to " + csv.toAbsolutePath()
                        + "); give a CSV with 'text' and 'image_path' columns, or leave --csv out for the bundled sample");
            }
            out.println("Corpus: " + csv);
            return csv;
        }
        Path csv = BundledFiles.sampleCsv();
        out.println("Corpus: the bundled sample, 240 public-domain clip-art images with their titles"
                + " (Open Clip Art Library 0.18, 8 categories)");
        return csv;
    }

    /**
     * The CSV's {@code category} column as integer labels (first appearance = 0, 1, ...), for the
     * report's ARI and NMI, or null when the CSV has no such column.
     */
    static int[] goldLabels(Path csv) {
        CsvTable table = BundledFiles.table(csv);
        if (!table.header().contains("category")) {
            return null;
        }
        List<String> categories = table.column("category");
        Map<String, Integer> ids = new HashMap<>();
        int[] labels = new int[categories.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = ids.computeIfAbsent(categories.get(i), c -> ids.size());
        }
        return labels;
    }

    /** Prints the topic table and writes the HTML report; returns the report's path. */
    static Path finish(TopicModel model, Corpus corpus, Path csv, String title, ExampleOptions options,
            PrintStream out) {
        out.printf("%n%d topics, %d outliers%n%n%-6s %-6s %s%n", model.topicCount(),
                model.topicSizes().getOrDefault(-1, 0), "Topic", "Count", "Name");
        for (TopicInfo info : model.topicInfo()) {
            out.printf("%-6d %-6d %s%n", info.topic(), info.count(), info.name());
        }
        HtmlReport.Builder report = HtmlReport.builder(model, corpus).title(title).seed(options.seed());
        int[] gold = goldLabels(csv);
        if (gold != null) {
            report.goldLabels(gold);
        }
        Path written = report.build().write(options.out());
        out.println("\nReport: " + written.toAbsolutePath());
        return written;
    }
}
