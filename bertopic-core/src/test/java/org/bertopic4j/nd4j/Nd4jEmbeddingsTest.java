package org.bertopic4j.nd4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bertopic4j.Corpus;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

class Nd4jEmbeddingsTest {

    @Test
    void copiesRowsOfAMatrix() {
        float[][] data = {{1f, 2f, 3f}, {4f, 5f, 6f}};
        float[][] back = Nd4jEmbeddings.toMatrix(Nd4j.create(data));
        assertArrayEquals(data[0], back[0]);
        assertArrayEquals(data[1], back[1]);
        Corpus c = Nd4jEmbeddings.withEmbeddings(Corpus.of(List.of("a", "b")), Nd4j.create(data));
        assertEquals(3, c.embeddings().orElseThrow()[1].length);
    }

    @Test
    void copiesViewsAndTransposedMatrices() {
        float[][] t = Nd4jEmbeddings.toMatrix(Nd4j.create(new float[][] {{1f, 2f}, {3f, 4f}}).transpose());
        assertArrayEquals(new float[] {1f, 3f}, t[0]);
    }

    @Test
    void rejectsVectorsNullAndNaN() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Nd4jEmbeddings.toMatrix(null))
                .getMessage().contains("array is null"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Nd4jEmbeddings.toMatrix(Nd4j.create(new float[] {1f, 2f}, new long[] {2, 1, 1})))
                .getMessage().contains("rank 3"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Nd4jEmbeddings.withEmbeddings(
                Corpus.of(List.of("a")), Nd4j.create(new float[][] {{Float.NaN}}))).getMessage().contains("NaN"));
    }
}
