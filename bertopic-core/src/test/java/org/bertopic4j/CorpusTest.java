package org.bertopic4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {

    private static String message(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void rejectsNullAndEmptyInput() {
        assertTrue(message(() -> Corpus.of(null)).contains("documents is null"));
        assertTrue(message(() -> Corpus.of(List.of())).contains("no rows"));
        assertTrue(message(() -> Corpus.of(Arrays.asList("a", null))).contains("documents[1] is null"));
        assertTrue(message(() -> Corpus.ofEmbeddings(new float[0][])).contains("embeddings has no rows"));
    }

    @Test
    void rejectsMisalignedColumns() {
        String m = message(() -> Corpus.of(List.of("a", "b")).withEmbeddings(new float[][] {{1f}}));
        assertTrue(m.contains("documents=2") && m.contains("embeddings=1"), m);
        m = message(() -> Corpus.of(List.of("a", "b"), List.of(ImageSource.of(Path.of("x.png")))));
        assertTrue(m.contains("images=1"), m);
        m = message(() -> Corpus.of(List.of("a", "b")).withLabels(new int[] {1}));
        assertTrue(m.contains("labels=1"), m);
    }

    @Test
    void rejectsRaggedAndNonFiniteEmbeddings() {
        String m = message(() -> Corpus.of(List.of("a", "b")).withEmbeddings(new float[][] {{1f, 2f}, {1f}}));
        assertTrue(m.contains("ragged") && m.contains("row 1"), m);
        m = message(() -> Corpus.of(List.of("a", "b")).withEmbeddings(new float[][] {{1f, 2f}, {1f, Float.NaN}}));
        assertTrue(m.contains("row 1, column 1") && m.contains("NaN"), m);
        m = message(() -> Corpus.of(List.of("a")).withEmbeddings(new float[][] {{Float.POSITIVE_INFINITY}}));
        assertTrue(m.contains("row 0, column 0"), m);
    }

    @Test
    void copiesEmbeddingsSoCallerChangesDoNotLeakIn() {
        float[][] e = {{1f, 2f}};
        Corpus c = Corpus.of(List.of("a")).withEmbeddings(e);
        e[0][0] = 9f;
        assertEquals(1f, c.embeddings().orElseThrow()[0][0]);
    }

    @Test
    void readsCsvWithQuotesAndResolvesImagePaths(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("posts.csv");
        Files.writeString(csv, "text,image_path\n\"hello, \"\"world\"\"\",img/a.png\nsecond,img/b.png\n");
        Corpus c = Corpus.fromCsv(csv, "text", "image_path");
        assertEquals(List.of("hello, \"world\"", "second"), c.documents().orElseThrow());
        assertEquals(dir.resolve("img/a.png"), c.images().orElseThrow().get(0).path().orElseThrow());
        String m = message(() -> Corpus.fromCsv(csv, "body", null));
        assertTrue(m.contains("no column 'body'") && m.contains("[text, image_path]"), m);
    }
}
