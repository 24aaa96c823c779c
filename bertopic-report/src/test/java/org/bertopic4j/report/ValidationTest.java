package org.bertopic4j.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.bertopic4j.Corpus;
import org.bertopic4j.TopicModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad arguments are refused before any work, with messages that name the argument and the fix; writing is atomic. */
class ValidationTest {

    private static String message(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void builderRefusesBadArguments() {
        TopicModel model = ReportFixtures.fortunes();
        Corpus corpus = model.corpus();
        assertEquals("corpus has 3 rows but the model was fitted on 1200 documents; pass the corpus the model was "
                + "fitted on", message(() -> HtmlReport.of(model, Corpus.of(List.of("a", "b", "c")))));
        HtmlReport.Builder b = HtmlReport.builder(model, corpus);
        assertEquals("goldLabels has 2 entries but the corpus has 1200 rows; give one label per document",
                message(() -> b.goldLabels(new int[2])));
        assertEquals("thumbnailSize must be in [16, 512], got 8", message(() -> b.thumbnailSize(8)));
        assertEquals("barchartTopics must be >= 1, got 0", message(() -> b.barchartTopics(0)));
        assertEquals("barchartWords must be >= 1, got -1", message(() -> b.barchartWords(-1)));
        assertEquals("maxMapDocuments must be >= 1, got 0", message(() -> b.maxMapDocuments(0)));
        assertEquals("heatmapTopics must be >= 2, got 1", message(() -> b.heatmapTopics(1)));
        assertTrue(message(() -> b.hierarchy(List.of(new TopicHierarchy.Merge(0, 1, 0.5))))
                .startsWith("merges has 1 entries but " + model.topicCount() + " leaves need exactly"));
    }

    @Test
    void hierarchyRefusesMergeListsThatAreNotOneTree() {
        List<String> leaves = List.of("a", "b", "c");
        assertEquals("leafLabels has 1 entries: a hierarchy needs at least 2 leaves",
                message(() -> new TopicHierarchy(List.of("a"), List.of())));
        assertEquals("merges[1] names node 4, which does not exist yet; children must be leaves 0..2 or earlier "
                + "merges' nodes 3..3", message(() -> new TopicHierarchy(leaves, List.of(
                        new TopicHierarchy.Merge(0, 1, 0.1), new TopicHierarchy.Merge(4, 2, 0.2)))));
        assertEquals("merges[1] merges node 0 a second time; each node has exactly one parent",
                message(() -> new TopicHierarchy(leaves, List.of(new TopicHierarchy.Merge(0, 1, 0.1),
                        new TopicHierarchy.Merge(0, 3, 0.2)))));
        assertEquals("merges[0].distance is NaN: give a finite distance >= 0",
                message(() -> new TopicHierarchy(leaves, List.of(new TopicHierarchy.Merge(0, 1, Double.NaN),
                        new TopicHierarchy.Merge(2, 3, 0.2)))));
        assertEquals("merges has 1 entries but 3 leaves need exactly 2; give one merge per internal node",
                message(() -> new TopicHierarchy(leaves, List.of(new TopicHierarchy.Merge(0, 1, 0.1)))));
        assertEquals(4, new TopicHierarchy(leaves, List.of(new TopicHierarchy.Merge(0, 1, 0.1),
                new TopicHierarchy.Merge(3, 2, 0.2))).root());
    }

    @Test
    void writeReplacesTheFileAtomicallyAndLeavesNoTemporaryFiles(@TempDir Path dir) throws IOException {
        TopicModel model = ReportFixtures.fortunes();
        HtmlReport report = HtmlReport.builder(model, model.corpus()).evaluation(false).build();
        Path out = dir.resolve("sub/report.html");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "old content");
        assertEquals(out, report.write(out));
        assertEquals(report.render(), Files.readString(out, StandardCharsets.UTF_8));
        try (Stream<Path> files = Files.list(out.getParent())) {
            assertEquals(List.of(out), files.toList());
        }
        assertEquals("file " + dir + " is a directory: give the path of the HTML file",
                message(() -> report.write(dir)));
    }
}
