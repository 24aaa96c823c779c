package org.bertopic4j.persist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bertopic4j.Assignments;
import org.bertopic4j.BERTopic;
import org.bertopic4j.Corpus;
import org.bertopic4j.TopicModel;
import org.bertopic4j.hdbscan.Hdbscan;
import org.bertopic4j.hdbscan.HdbscanModel;
import org.bertopic4j.reduce.IdentityReducer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A model clustered by HDBSCAN transforms after loading exactly as before saving (approximate_predict and soft membership). */
class HdbscanPersistenceTest {
    private static TopicModel model;
    @TempDir
    Path tmp;

    @BeforeAll
    static void fit() {
        model = BERTopic.builder().reducer(new IdentityReducer())
                .clusterer(Hdbscan.builder().minClusterSize(10).predictionData(true).build())
                .calculateProbabilities(true).build()
                .fit(Corpus.of(SavedFixtures.docs()).withEmbeddings(SavedFixtures.embeddings()));
    }

    @Test
    void transformAfterLoadEqualsTransformBeforeSave() throws IOException {
        Path dir = tmp.resolve("hdbscan");
        model.save(dir);
        TopicModel loaded = TopicModel.load(dir);
        HdbscanModel before = (HdbscanModel) model.clustering();
        HdbscanModel after = assertInstanceOf(HdbscanModel.class, loaded.clustering());
        assertArrayEquals(before.labels(), after.labels());
        assertArrayEquals(before.strengths(), after.strengths());
        assertArrayEquals(before.outlierScores(), after.outlierScores());
        assertEquals(before.condensedTree(), after.condensedTree());
        assertEquals(before.config().minSamples(), after.config().minSamples());

        float[][] all = SavedFixtures.embeddings();
        float[][] queries = new float[150][];
        for (int i = 0; i < queries.length; i++) {
            queries[i] = all[i * 4].clone();
            queries[i][i % 5] += 0.01f * (i % 7 - 3);
        }
        Assignments a = model.transform(Corpus.ofEmbeddings(queries));
        Assignments b = loaded.transform(Corpus.ofEmbeddings(queries));
        assertArrayEquals(a.topics(), b.topics());
        assertArrayEquals(a.probabilities(), b.probabilities());
        assertArrayEquals(a.matrix().orElseThrow(), b.matrix().orElseThrow());
        assertTrue(Arrays.stream(a.topics()).distinct().count() > 2, "predictions spread over several topics");
        assertArrayEquals(model.probabilityMatrix().orElseThrow(), loaded.probabilityMatrix().orElseThrow());
    }

    @Test
    void inconsistentHdbscanStateIsRejected() throws IOException {
        HdbscanModel fitted = (HdbscanModel) model.clustering();
        Map<String, Tensor> tensors = new LinkedHashMap<>(fitted.tensors());
        int[] left = tensors.get("slt_left").toIntArray();
        left[3] = 10_000;
        tensors.put("slt_left", Tensor.i32(left));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HdbscanModel.restore(tensors, fitted.params()));
        assertTrue(e.getMessage().contains("single-linkage row 3"), e.getMessage());
        Map<String, Object> params = new LinkedHashMap<>(fitted.params());
        params.put("metric", 3);
        assertThrows(IllegalArgumentException.class, () -> HdbscanModel.restore(fitted.tensors(), params));

        Path dir = tmp.resolve("broken");
        model.save(dir);
        Path state = dir.resolve("bertopic4j_state.safetensors");
        Map<String, Tensor> saved = new LinkedHashMap<>(Safetensors.read(state));
        saved.remove("clustering/prediction_core");
        Safetensors.write(state, saved);
        IllegalArgumentException load = assertThrows(IllegalArgumentException.class, () -> TopicModel.load(dir));
        assertTrue(load.getMessage().contains("the saved clustering 'hdbscan' cannot be rebuilt"), load.getMessage());
        assertTrue(Files.exists(dir));
    }
}
