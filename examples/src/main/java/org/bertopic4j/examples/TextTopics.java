package org.bertopic4j.examples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bertopic4j.BERTopic;
import org.bertopic4j.Corpus;
import org.bertopic4j.TopicInfo;
import org.bertopic4j.TopicModel;
import org.bertopic4j.djl.text.SentenceEmbedder;

/**
 * Topics of short texts with BERTopic's defaults and the embedded all-MiniLM-L6-v2 (no download):
 * by default 2,000 fortunes bundled with this module (Debian's fortune files, BSD-style licence), or
 * any tab-separated file with a {@code text} column.
 *
 * <pre>
 * mvn -q -pl examples exec:java                                         # bundled fortunes
 * mvn -q -pl examples exec:java -Dexec.args="my-posts.tsv 15"            # a TSV file, min topic size 15
 * </pre>
 */
public final class TextTopics {
    private static final String BUNDLED = "fortunes-sample.tsv";

    private TextTopics() {
    }

    /**
     * Fits and prints the topic table.
     *
     * @param args optional: a TSV file with a {@code text} column, then the minimum topic size (default 10)
     */
    public static void main(String[] args) throws IOException {
        List<String> lines = args.length > 0
                ? Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)
                : bundled();
        int minTopicSize = args.length > 1 ? Integer.parseInt(args[1]) : BERTopic.DEFAULT_MIN_TOPIC_SIZE;
        List<String> documents = textColumn(lines);
        System.out.printf("Embedding %d documents with the embedded all-MiniLM-L6-v2 ...%n", documents.size());
        try (SentenceEmbedder embedder = SentenceEmbedder.allMiniLmL6V2()) {
            TopicModel model = BERTopic.builder()
                    .embeddingBackend(embedder)
                    .minTopicSize(minTopicSize)
                    .seed(42)
                    .progress(new ConsoleProgress())
                    .build()
                    .fit(Corpus.of(documents));
            System.out.printf("%n%d topics, %d outliers%n%n", model.topicCount(), model.topicSizes().getOrDefault(-1, 0));
            System.out.printf("%-6s %-6s %s%n", "Topic", "Count", "Name");
            for (TopicInfo info : model.topicInfo()) {
                System.out.printf("%-6d %-6d %s%n", info.topic(), info.count(), info.name());
            }
            if (model.topicCount() > 0) {
                System.out.printf("%nTopic 0: %s%n  e.g. \"%s\"%n", model.topicInfo(0).representation(),
                        model.representativeDocs(0).get(0));
            }
        }
    }

    private static List<String> bundled() throws IOException {
        try (InputStream in = TextTopics.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("bundled corpus " + BUNDLED + " missing from the classpath");
            }
            return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
        }
    }

    private static List<String> textColumn(List<String> lines) {
        List<String> header = List.of(lines.get(0).split("\t", -1));
        int col = header.indexOf("text");
        if (col < 0) {
            throw new IllegalArgumentException("the file has no 'text' column; its columns are " + header);
        }
        List<String> docs = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) {
                docs.add(line.split("\t", -1)[col]);
            }
        }
        return docs;
    }
}
