package org.bertopic4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bertopic4j.cluster.GivenLabelsClusterer;
import org.bertopic4j.matrix.CsrMatrix;
import org.bertopic4j.reduce.IdentityReducer;
import org.bertopic4j.testing.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * End-to-end parity with BERTopic 0.17.4 (fixtures/bertopic): the same 3000 documents, the same 5-d
 * embeddings and the same HDBSCAN labels (given to the pipeline through the skip-step stages) must give
 * the same topics, sizes, words, scores, names, c-TF-IDF, topic embeddings and representative documents.
 * Topics of equal size may be numbered in another order (pandas' unstable sort upstream), so fixture
 * topics are matched to ours through the raw cluster labels; tied scores are compared as sets.
 */
class BertopicParityTest {
    private static final double REL = 1e-12;

    @ParameterizedTest
    @ValueSource(strings = {"ngram_1_1", "ngram_1_2"})
    void matchesBertopic(String fixtureCase) throws IOException {
        String dir = "bertopic/" + fixtureCase + "/";
        List<String> docs = Fixtures.tsvColumn("bertopic/docs.tsv", "text");
        float[][] embeddings = Fixtures.npy("bertopic/reduced_embeddings_5d.npy").toFloatMatrix();
        int[] raw = Fixtures.npy(dir + "hdbscan_labels.npy").toIntArray();
        int[] expectedTopics = Fixtures.npy(dir + "topics.npy").toIntArray();
        int ngramMax = fixtureCase.equals("ngram_1_2") ? 2 : 1;

        TopicModel model = BERTopic.builder().reducer(new IdentityReducer()).clusterer(new GivenLabelsClusterer())
                .ngramRange(1, ngramMax).build()
                .fit(Corpus.of(docs).withEmbeddings(embeddings).withLabels(raw));

        Map<Integer, Integer> fixtureToOurs = matchTopics(expectedTopics, model.topics(), model.topicSizes());
        JsonNode info = Fixtures.json(dir + "topic_info.json");
        JsonNode words = Fixtures.json(dir + "topic_words.json");
        assertEquals(info.size(), model.topicIds().size(), "number of topics incl. -1");
        Set<Integer> notCovered = Set.of(-1); // README: only -1 has more than 500 documents
        for (JsonNode row : info) {
            int f = row.get("Topic").asInt();
            int ours = fixtureToOurs.get(f);
            TopicInfo mine = model.topicInfo(ours);
            assertEquals(row.get("Count").asInt(), mine.count(), "count of topic " + f);
            assertWords(words.get(String.valueOf(f)), model.topic(ours), "topic " + f);
            String expectedName = ours + row.get("Name").asText().substring(String.valueOf(f).length());
            if (!hasTieWithin(model.topic(ours), 4)) {
                assertEquals(expectedName, mine.name(), "name of topic " + f);
            }
            if (!notCovered.contains(f)) {
                Set<String> expectedDocs = new HashSet<>();
                row.get("Representative_Docs").forEach(d -> expectedDocs.add(d.asText()));
                assertEquals(expectedDocs, new HashSet<>(mine.representativeDocs()), "representative docs of topic " + f);
            }
        }
        assertCtfidf(dir, model, fixtureToOurs);
        assertTopicEmbeddings(dir, model, fixtureToOurs);
    }

    /**
     * The default clusterer (HDBSCAN, min cluster size 10) on the same 5-d embeddings: upstream's default HDBSCAN
     * builds an approximate spanning tree, ours the exact one, so agreement is statistical.
     */
    @org.junit.jupiter.api.Test
    void defaultHdbscanPipelineAgreesWithBertopic() {
        List<String> docs = Fixtures.tsvColumn("bertopic/docs.tsv", "text");
        float[][] embeddings = Fixtures.npy("bertopic/reduced_embeddings_5d.npy").toFloatMatrix();
        int[] expected = Fixtures.npy("bertopic/ngram_1_1/topics.npy").toIntArray();
        TopicModel model = BERTopic.builder().reducer(new IdentityReducer()).calculateProbabilities(true).build()
                .fit(Corpus.of(docs).withEmbeddings(embeddings));
        double ari = org.bertopic4j.evaluation.ClusterAgreement.adjustedRandIndex(expected, model.topics());
        System.err.printf("default pipeline vs BERTopic: ARI %.4f, topics %d (upstream 49), outliers %d (upstream 1650)%n",
                ari, model.topicCount(), model.topicSizes().getOrDefault(-1, 0));
        assertTrue(ari >= 0.95, "ARI " + ari);
        assertTrue(Math.abs(model.topicCount() - 49) <= 3, "topics " + model.topicCount());
        double[][] matrix = model.probabilityMatrix().orElseThrow();
        assertEquals(model.topicCount(), matrix[0].length);
        int agree = 0;
        for (int i = 0; i < matrix.length; i++) {
            int arg = 0;
            for (int j = 1; j < matrix[i].length; j++) {
                arg = matrix[i][j] > matrix[i][arg] ? j : arg;
            }
            agree += model.topics()[i] < 0 || arg == model.topics()[i] ? 1 : 0;
        }
        assertTrue(agree >= 0.95 * matrix.length, "membership argmax agrees with the topic for " + agree + " documents");
    }

    /** Maps fixture topic ids to ours; requires one-to-one, equal sizes, and equal ids where sizes are unique. */
    static Map<Integer, Integer> matchTopics(int[] expected, int[] actual, Map<Integer, Integer> sizes) {
        assertEquals(expected.length, actual.length);
        Map<Integer, Integer> map = new HashMap<>();
        for (int i = 0; i < expected.length; i++) {
            Integer prev = map.putIfAbsent(expected[i], actual[i]);
            assertTrue(prev == null || prev == actual[i], "fixture topic " + expected[i] + " split over our topics");
        }
        assertEquals(map.size(), new HashSet<>(map.values()).size(), "topic mapping must be one-to-one");
        Map<Integer, Integer> sizeCount = new HashMap<>();
        sizes.values().forEach(s -> sizeCount.merge(s, 1, Integer::sum));
        map.forEach((f, o) -> {
            if (sizeCount.get(sizes.get(o)) == 1) {
                assertEquals(f, o, "topic with a unique size must keep its id");
            }
        });
        return map;
    }

    static void assertWords(JsonNode expected, List<WordScore> actual, String what) {
        assertEquals(expected.size(), actual.size(), what + " word count");
        for (int i = 0; i < actual.size(); i++) {
            double e = expected.get(i).get(1).asDouble();
            assertEquals(e, actual.get(i).score(), Math.abs(e) * REL + 1e-15, what + " score at rank " + i);
        }
        // words: compare as sets within groups of equal score; a group reaching the last rank may be cut differently
        int i = 0;
        while (i < actual.size()) {
            int j = i;
            while (j + 1 < actual.size() && close(actual.get(j + 1).score(), actual.get(i).score())) {
                j++;
            }
            if (j < actual.size() - 1 || i == j) {
                Set<String> exp = new HashSet<>();
                Set<String> act = new HashSet<>();
                for (int k = i; k <= j; k++) {
                    exp.add(expected.get(k).get(0).asText());
                    act.add(actual.get(k).word());
                }
                if (j < actual.size() - 1) {
                    assertEquals(exp, act, what + " words ranked " + i + ".." + j);
                }
            }
            i = j + 1;
        }
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= Math.abs(a) * REL + 1e-15;
    }

    static boolean hasTieWithin(List<WordScore> words, int n) {
        for (int i = 0; i < Math.min(n, words.size() - 1); i++) {
            if (close(words.get(i).score(), words.get(i + 1).score())) {
                return true;
            }
        }
        return false;
    }

    private static void assertCtfidf(String dir, TopicModel model, Map<Integer, Integer> fixtureToOurs) {
        List<String> vocabulary = Fixtures.lines(dir + "vocabulary.txt");
        assertEquals(vocabulary, model.vectorizer().vocabulary(), "vocabulary");
        int[] rows = Fixtures.npy(dir + "c_tf_idf_rows.npy").toIntArray();
        int[] cols = Fixtures.npy(dir + "c_tf_idf_cols.npy").toIntArray();
        double[] vals = Fixtures.npy(dir + "c_tf_idf_vals.npy").flat();
        List<Integer> fixtureTopicOfRow = new ArrayList<>(new java.util.TreeSet<>(fixtureToOurs.keySet()));
        List<Integer> ourIds = model.topicIds();
        CsrMatrix c = model.cTfIdf();
        assertEquals(vals.length, c.nnz(), "c-TF-IDF non-zeros");
        for (int k = 0; k < vals.length; k++) {
            int ourRow = ourIds.indexOf(fixtureToOurs.get(fixtureTopicOfRow.get(rows[k])));
            assertEquals(vals[k], c.get(ourRow, cols[k]), Math.abs(vals[k]) * REL, "c-TF-IDF entry " + k);
        }
    }

    private static void assertTopicEmbeddings(String dir, TopicModel model, Map<Integer, Integer> fixtureToOurs) {
        double[][] expected = Fixtures.npy(dir + "topic_embeddings.npy").toDoubleMatrix();
        double[][] actual = model.topicEmbeddings();
        List<Integer> fixtureIds = new ArrayList<>(new java.util.TreeSet<>(fixtureToOurs.keySet()));
        for (int r = 0; r < expected.length; r++) {
            int ourRow = model.topicIds().indexOf(fixtureToOurs.get(fixtureIds.get(r)));
            for (int j = 0; j < expected[r].length; j++) {
                assertEquals(expected[r][j], actual[ourRow][j], 1e-12, "topic embedding row " + r);
            }
        }
    }
}
