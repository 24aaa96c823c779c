package org.bertopic4j.vectorize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import org.bertopic4j.WordScore;
import org.bertopic4j.matrix.CsrMatrix;
import org.bertopic4j.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Parity with BERTopic 0.17.4's c-TF-IDF on 370 fortunes in 8 topics plus outliers: the per-topic documents
 * (joined and English-cleaned), the counts, the idf and c-TF-IDF of all four weighting variants within
 * 1e-12 relative, and BERTopic's top-10 words per topic in BERTopic's exact order, also where scores tie
 * (13 topic lists have a tie across the rank-10 boundary).
 */
class CtfidfParityTest {
    private static TopicDocuments perTopic;
    private static CountVectorizer.FitResult counted;

    @BeforeAll
    static void buildPipeline() {
        List<String> texts = Fixtures.tsvColumn("ctfidf/docs.tsv", "text");
        int[] topics = Fixtures.tsvColumn("ctfidf/docs.tsv", "topic").stream().mapToInt(Integer::parseInt).toArray();
        perTopic = TopicDocuments.join(texts, topics, true);
        counted = CountVectorizer.defaults().fitTransform(perTopic.documents());
    }

    @Test
    void topicDocumentsEqualBertopics() {
        String file = "ctfidf/documents_per_topic.tsv";
        assertArrayEquals(Fixtures.tsvColumn(file, "topic").stream().mapToInt(Integer::parseInt).toArray(),
                perTopic.topics());
        assertEquals(Fixtures.tsvColumn(file, "preprocessed"), perTopic.documents());
        List<String> cleanedJoined = new ArrayList<>();
        for (String joined : Fixtures.tsvColumn(file, "joined")) {
            cleanedJoined.add(TopicDocuments.clean(joined, true));
        }
        assertEquals(perTopic.documents(), cleanedJoined);
    }

    @Test
    void countsEqualSklearn() {
        assertEquals(Fixtures.lines("ctfidf/vocabulary.txt"), counted.vectorizer().vocabulary());
        double[][] expected = Fixtures.npy("ctfidf/counts.npy").toDoubleMatrix();
        assertArrayEquals(expected, counted.counts().toDense());
    }

    @ParameterizedTest
    @ValueSource(strings = {"default", "bm25", "reduce_frequent", "bm25_reduce_frequent"})
    void idfAndCtfidfEqualBertopic(String name) {
        FittedClassTfidf fitted = transformer(name).fit(counted.counts(), null);
        assertClose(Fixtures.npy("ctfidf/" + name + "/idf.npy").flat(), fitted.idf(), "idf");
        double[][] expected = Fixtures.npy("ctfidf/" + name + "/ctfidf.npy").toDoubleMatrix();
        double[][] actual = fitted.transform(counted.counts()).toDense();
        for (int r = 0; r < expected.length; r++) {
            assertClose(expected[r], actual[r], "c-TF-IDF row " + r);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"default", "bm25", "reduce_frequent", "bm25_reduce_frequent"})
    void topTenWordsEqualBertopicIncludingTheOrderOfTies(String name) {
        JsonNode result = Fixtures.json("ctfidf/" + name + "/result.json");
        CsrMatrix ctfidf = transformer(name).fit(counted.counts(), null).transform(counted.counts());
        List<List<WordScore>> words = TopWords.extract(ctfidf, counted.vectorizer().vocabulary(), 10);
        int[] topics = perTopic.topics();
        int boundaryTies = 0;
        for (int row = 0; row < topics.length; row++) {
            String topic = Integer.toString(topics[row]);
            List<WordScore> ours = words.get(row);
            assertEquals(30, ours.size());
            JsonNode theirs = result.get("top10_words_per_topic_from_bertopic_get_topic").get(topic);
            JsonNode ties = result.get("tie_diagnostics").get(topic);
            assertEquals(ties.get("score_rank11").asDouble(), ours.get(10).score(), 1e-12, topic + ": 11th score");
            assertEquals(ties.get("tie_at_rank10_boundary").asBoolean(), ours.get(9).score() == ours.get(10).score());
            boundaryTies += ties.get("tie_at_rank10_boundary").asBoolean() ? 1 : 0;
            for (int i = 0; i < 10; i++) {
                double score = theirs.get(i).get(1).asDouble();
                assertEquals(theirs.get(i).get(0).asText(), ours.get(i).word(), topic + ": word at rank " + (i + 1));
                assertEquals(score, ours.get(i).score(), 1e-12 * score, topic + ": score at rank " + (i + 1));
            }
        }
        assertEquals(Map.of("default", 0, "bm25", 0, "reduce_frequent", 7, "bm25_reduce_frequent", 6).get(name),
                boundaryTies, "ties at the rank-10 boundary, as the fixture README lists");
    }

    private static ClassTfidfTransformer transformer(String name) {
        return ClassTfidfTransformer.builder().bm25Weighting(name.startsWith("bm25"))
                .reduceFrequentWords(name.endsWith("reduce_frequent")).build();
    }

    private static void assertClose(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what + " length");
        for (int j = 0; j < expected.length; j++) {
            double tolerance = 1e-12 * Math.abs(expected[j]);
            assertEquals(expected[j], actual[j], tolerance, what + " at " + j);
        }
    }
}
