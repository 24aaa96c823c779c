package org.bertopic4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bertopic4j.operations.HierarchicalTopics;
import org.bertopic4j.operations.HierarchyRow;
import org.bertopic4j.operations.OutlierReduction;
import org.bertopic4j.operations.OutlierReduction.Strategy;
import org.bertopic4j.reduce.IdentityReducer;
import org.bertopic4j.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Parity of topic reduction and outlier reduction with BERTopic 0.17.4 (fixtures/bertopic/ngram_1_1): the
 * model is fitted from upstream's own HDBSCAN labels and membership vectors; {@code reduce_topics(docs, 5)}
 * must give the same assignments, sizes, words, scores, names, topic embeddings, probabilities and (for topics
 * under 500 documents) representative documents, and {@code reduce_outliers} with the strategies c-tf-idf,
 * embeddings and probabilities the same new topics. Fixture topics of equal size may carry other ids here
 * (pandas' unstable sort upstream); they are matched through the documents, as in BertopicParityTest.
 */
class TopicOperationsParityTest {
    private static final String DIR = "bertopic/ngram_1_1/";
    private static TopicModel model;
    private static Map<Integer, Integer> fixtureToOurs;
    private static float[][] embeddings;

    @BeforeAll
    static void fit() {
        List<String> docs = Fixtures.tsvColumn("bertopic/docs.tsv", "text");
        embeddings = Fixtures.npy("bertopic/reduced_embeddings_5d.npy").toFloatMatrix();
        int[] raw = Fixtures.npy(DIR + "hdbscan_labels.npy").toIntArray();
        int[] topics = Fixtures.npy(DIR + "topics.npy").toIntArray();
        double[][] probabilities = Fixtures.npy(DIR + "probabilities.npy").toDoubleMatrix();
        model = BERTopic.builder().reducer(new IdentityReducer())
                .clusterer(new ReplayedClusterer(raw, topics, probabilities)).calculateProbabilities(true).build()
                .fit(Corpus.of(docs).withEmbeddings(embeddings));
        fixtureToOurs = BertopicParityTest.matchTopics(topics, model.topics(), model.topicSizes());
    }

    @Test
    void reduceTopicsToFiveMatchesBertopic() throws IOException {
        TopicModel reduced = model.reduceTopics(5);
        int[] expected = Fixtures.npy(DIR + "reduce_topics5_topics.npy").toIntArray();
        assertArrayEquals(expected, reduced.topics(), "assignments after reduce_topics(5)");
        JsonNode info = Fixtures.json(DIR + "reduce_topics5_topic_info.json");
        JsonNode words = Fixtures.json(DIR + "reduce_topics5_topic_words.json");
        assertEquals(info.size(), reduced.topicIds().size());
        for (JsonNode row : info) {
            int t = row.get("Topic").asInt();
            TopicInfo mine = reduced.topicInfo(t);
            assertEquals(row.get("Count").asInt(), mine.count(), "count of topic " + t);
            BertopicParityTest.assertWords(words.get(String.valueOf(t)), reduced.topic(t), "topic " + t);
            if (!BertopicParityTest.hasTieWithin(reduced.topic(t), 4)) {
                assertEquals(row.get("Name").asText(), mine.name(), "name of topic " + t);
            }
            if (mine.count() <= BERTopic.DEFAULT_REPRESENTATIVE_SAMPLES && t != -1) {
                Set<String> docs = new HashSet<>();
                row.get("Representative_Docs").forEach(d -> docs.add(d.asText()));
                assertEquals(docs, new HashSet<>(mine.representativeDocs()), "representative docs of topic " + t);
            }
        }
        assertMatrix(Fixtures.npy(DIR + "reduce_topics5_topic_embeddings.npy").toDoubleMatrix(),
                reduced.topicEmbeddings(), "topic embeddings");
        assertMatrix(Fixtures.npy(DIR + "reduce_topics5_probabilities.npy").toDoubleMatrix(),
                reduced.probabilityMatrix().orElseThrow(), "probabilities");
        assertEquals(model.topicMapper().history().get(0).length + 2, reduced.topicMapper().history().get(0).length,
                "reduction and renumbering are recorded in the topic mapper");
        assertArrayEquals(reduced.topics(), reduced.topicMapper().mapLabels(
                Fixtures.npy(DIR + "hdbscan_labels.npy").toIntArray()), "the mapper maps raw labels to reduced topics");
    }

    @Test
    void reduceOutliersByCtfidfMatchesBertopic() {
        assertOutliers("reduce_outliers_c-tf-idf.npy", model.reduceOutliers(OutlierReduction.of(Strategy.C_TF_IDF)));
    }

    @Test
    void reduceOutliersByEmbeddingsMatchesBertopic() {
        int[] ours = model.reduceOutliers(OutlierReduction.builder().strategy(Strategy.EMBEDDINGS)
                .embeddings(embeddings).build());
        assertOutliers("reduce_outliers_embeddings.npy", ours);
    }

    @Test
    void reduceOutliersByProbabilitiesMatchesBertopic() {
        assertOutliers("reduce_outliers_probabilities.npy", model.reduceOutliers(OutlierReduction.of(Strategy.PROBABILITIES)));
    }

    @Test
    void hierarchyFollowsScipysOrderedWardLinkage() {
        List<HierarchyRow> rows = model.hierarchicalTopics();
        List<String> lines = Fixtures.lines(DIR + "hierarchy_scipy.csv");
        assertEquals(lines.size() - 1, rows.size());
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split(",");
            HierarchyRow row = rows.get(rows.size() - i);
            assertEquals(Integer.parseInt(f[0]), row.parentId(), "parent of merge " + i);
            assertEquals(Integer.parseInt(f[1]), row.childLeftId(), "left child of merge " + i);
            assertEquals(Integer.parseInt(f[2]), row.childRightId(), "right child of merge " + i);
            assertEquals(Double.parseDouble(f[3]), row.distance(), 1e-12, "distance of merge " + i);
        }
        HierarchyRow root = rows.get(0);
        assertEquals(model.topicCount(), root.topics().size(), "the root holds every topic");
        String tree = HierarchicalTopics.tree(rows, null, false);
        for (int t = 0; t < model.topicCount(); t++) {
            assertTrue(tree.contains(" ── Topic: " + t + "\n"), "tree shows topic " + t);
        }
    }

    private static void assertOutliers(String file, int[] ours) {
        int[] expected = Fixtures.npy(DIR + file).toIntArray();
        int[] original = model.topics();
        int changed = 0;
        for (int i = 0; i < expected.length; i++) {
            int e = expected[i] == -1 ? -1 : fixtureToOurs.get(expected[i]);
            assertEquals(e, ours[i], file + " row " + i);
            if (original[i] == -1 && ours[i] != -1) {
                changed++;
            }
        }
        assertTrue(changed > 1000, "most outliers are reassigned: " + changed);
    }

    private static void assertMatrix(double[][] expected, double[][] actual, String what) {
        assertEquals(expected.length, actual.length, what + " rows");
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i].length, actual[i].length, what + " width");
            for (int j = 0; j < expected[i].length; j++) {
                assertEquals(expected[i][j], actual[i][j], 1e-12 * Math.max(1, Math.abs(expected[i][j])),
                        what + " [" + i + "][" + j + "]");
            }
        }
    }
}
