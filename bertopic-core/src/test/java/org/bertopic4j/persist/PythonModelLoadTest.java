package org.bertopic4j.persist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.bertopic4j.Assignments;
import org.bertopic4j.Corpus;
import org.bertopic4j.TopicModel;
import org.bertopic4j.WordScore;
import org.bertopic4j.matrix.CsrMatrix;
import org.bertopic4j.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A model saved by Python BERTopic 0.17.4 loads here and transforms as Python's loaded model does. */
class PythonModelLoadTest {
    private static TopicModel model;

    @BeforeAll
    static void load() throws IOException {
        model = TopicModel.load(SavedFixtures.pythonModel());
    }

    @Test
    void transformByTopicEmbeddingsMatchesPython() throws IOException {
        JsonNode expected = Json.readObject(SavedFixtures.pythonModel().resolveSibling("transform_after_load.json"));
        float[][] queries = Fixtures.npy("bertopic-saved/query_embeddings.npy").toFloatMatrix();
        assertEquals(20, queries.length);
        Assignments a = model.transform(Corpus.ofEmbeddings(queries));
        for (int i = 0; i < queries.length; i++) {
            assertEquals(expected.get("topics").get(i).asInt(), a.topics()[i], "row " + i);
            assertEquals(expected.get("probabilities").get(i).asDouble(), a.probabilities()[i], 1e-6, "row " + i);
        }
        assertTrue(java.util.Arrays.stream(a.topics()).anyMatch(t -> t == -1), "the fixture includes an outlier prediction");
    }

    @Test
    void topicsWordsAndSizesAreThoseOfTopicsJson() throws IOException {
        JsonNode topics = Json.readObject(SavedFixtures.pythonModel().resolve("topics.json"));
        assertEquals(50, model.topicIds().size());
        assertEquals(-1, model.topicIds().get(0));
        assertEquals(3000, model.topics().length);
        topics.get("topic_sizes").properties().forEach(e ->
                assertEquals(e.getValue().asInt(), model.topicSizes().get(Integer.parseInt(e.getKey()))));
        List<WordScore> tax = model.topic(1);
        assertEquals("tax", tax.get(0).word());
        assertEquals(0.03261281806012506, tax.get(0).score(), 0.0);
        topics.get("topic_labels").properties().forEach(e ->
                assertEquals(e.getValue().asText(), model.name(Integer.parseInt(e.getKey()))));
        assertEquals(16, model.topicMapper().originalToCurrent().get(0));
    }

    @Test
    void cTfIdfAndVectorizerAreRestored() {
        CsrMatrix c = model.cTfIdf();
        assertEquals(50, c.rows());
        assertEquals(50_413, c.cols());
        assertEquals(67_327, c.nnz());
        assertEquals(50_413, model.vectorizer().vocabulary().size());
        assertEquals(50_413, model.classTfidf().idf().length);
        int col = model.vectorizer().vocabulary().indexOf("taxes are");
        assertTrue(col >= 0);
        CsrMatrix counts = model.vectorizer().transform(List.of("Taxes are due; taxes are high."));
        assertEquals(2.0, counts.get(0, col), 0.0);
        int taxRow = model.topicIds().indexOf(1);
        assertTrue(c.get(taxRow, model.vectorizer().vocabulary().indexOf("tax")) > 0.03);
        assertEquals(2, model.config().ngramMax());
    }

    @Test
    void partsBertopicDoesNotSaveAreReportedAsMissing() {
        assertThrows(IllegalStateException.class, model::documentInfo);
        assertThrows(IllegalStateException.class, model::probabilities);
        assertThrows(IllegalStateException.class, model::reduction);
        assertTrue(model.representativeDocs(0).isEmpty());
        IllegalStateException e = assertThrows(IllegalStateException.class, model::corpus);
        assertTrue(e.getMessage().contains("loaded without its documents"), e.getMessage());
        assertFalse(model.aspects().containsKey("Visual_Aspect"));
        assertEquals(Map.of(), model.aspects());
    }

    @Test
    void embeddingWidthIsChecked() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> model.transform(Corpus.ofEmbeddings(new float[][] {{1, 2, 3}})));
        assertTrue(e.getMessage().contains("embeddings"), e.getMessage());
    }
}
