package org.bertopic4j.persist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
import org.bertopic4j.umap.Umap;
import org.bertopic4j.umap.UmapModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** BERTopic's default pipeline shape (UMAP then HDBSCAN) transforms after loading exactly as before saving. */
class UmapPersistenceTest {
    private static TopicModel model;
    @TempDir
    Path tmp;

    @BeforeAll
    static void fit() {
        model = BERTopic.builder().reducer(Umap.builder().nNeighbors(15).nComponents(2).seed(42L).build())
                .clusterer(Hdbscan.builder().minClusterSize(10).predictionData(true).build()).seed(42)
                .build().fit(Corpus.of(SavedFixtures.docs()).withEmbeddings(SavedFixtures.embeddings()));
    }

    @Test
    void umapAndHdbscanTransformAfterLoadEqualsBeforeSave() throws IOException {
        Path dir = tmp.resolve("umap");
        model.save(dir);
        TopicModel loaded = TopicModel.load(dir);
        assertInstanceOf(UmapModel.class, loaded.reduction());
        assertInstanceOf(HdbscanModel.class, loaded.clustering());
        assertArrayEquals(model.reduction().embedding(), loaded.reduction().embedding());
        float[][] all = SavedFixtures.embeddings();
        float[][] queries = new float[60][];
        for (int i = 0; i < queries.length; i++) {
            queries[i] = all[i * 9].clone();
            queries[i][i % 5] += 0.02f * (i % 5 - 2);
        }
        Assignments before = model.transform(Corpus.ofEmbeddings(queries));
        Assignments after = loaded.transform(Corpus.ofEmbeddings(queries));
        assertArrayEquals(model.reduction().transform(queries), loaded.reduction().transform(queries));
        assertArrayEquals(before.topics(), after.topics());
        assertArrayEquals(before.probabilities(), after.probabilities());
        assertTrue(Arrays.stream(before.topics()).distinct().count() > 2, "predictions spread over several topics");
        assertEquals(((UmapModel) model.reduction()).a(), ((UmapModel) loaded.reduction()).a());
    }

    @Test
    void inconsistentUmapStateIsRejected() {
        UmapModel fitted = (UmapModel) model.reduction();
        Map<String, Tensor> tensors = new LinkedHashMap<>(fitted.tensors());
        tensors.put("embedding", Tensor.f32(new float[][] {{1, 2}}));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UmapModel.restore(tensors, fitted.params()));
        assertTrue(e.getMessage().contains("one row per training point"), e.getMessage());
        Map<String, Object> params = new LinkedHashMap<>(fitted.params());
        params.put("n_neighbors_used", 100_000);
        e = assertThrows(IllegalArgumentException.class, () -> UmapModel.restore(fitted.tensors(), params));
        assertTrue(e.getMessage().contains("n_neighbors_used"), e.getMessage());
        params.put("n_neighbors_used", 15);
        params.put("metric", "HAMMING");
        assertThrows(IllegalArgumentException.class, () -> UmapModel.restore(fitted.tensors(), params));
    }
}
