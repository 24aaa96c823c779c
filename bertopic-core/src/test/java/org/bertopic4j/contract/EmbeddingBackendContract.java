package org.bertopic4j.contract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bertopic4j.EmbeddingBackend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The shared battery for {@link EmbeddingBackend} text embedders (docs/CONTRACT-TESTS.md): a test class
 * extends this, implements {@link #createBackend()} and {@link #expectedDimension()}, and gets every check.
 * The backend is created once per test class and closed at the end.
 *
 * <p>Documented behaviour checked here: a null or empty list, or a null element, is an
 * {@link IllegalArgumentException} naming {@code documents}; empty strings are embedded (as
 * sentence-transformers does) into finite rows. Results are exact across repeated and concurrent calls;
 * across permutations, subsets and batch sizes they agree within {@link #tolerance()}, because padding to a
 * batch's longest sequence changes float rounding.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class EmbeddingBackendContract {
    private EmbeddingBackend backend;

    /** A new backend under test (closed by the contract). */
    protected abstract EmbeddingBackend createBackend();

    /** The width every embedding must have. */
    protected abstract int expectedDimension();

    /**
     * A backend like {@link #createBackend()} but with another batch size, or null when the backend has no
     * batch size (the batch-size check is then skipped).
     */
    protected EmbeddingBackend createBackend(int batchSize) {
        return null;
    }

    /** Largest absolute difference allowed where only batching differs. */
    protected double tolerance() {
        return 1e-5;
    }

    /** Documents of varied length and script. */
    protected List<String> sampleDocuments() {
        return List.of("The cat sat on the mat.", "A quick brown fox jumps over the lazy dog near the river bank.",
                "Stock markets fell sharply today.", "GPU", "Der schnelle braune Fuchs springt über den faulen Hund.",
                "Topic models group documents by theme; BERTopic clusters sentence embeddings and describes each"
                        + " cluster with class-based TF-IDF over its documents.",
                "I love pizza", "Quarterly earnings beat expectations, sending shares up 12% in after-hours trading.",
                "hello", "Photosynthesis converts light energy into chemical energy.", "¿Dónde está la biblioteca?",
                "The committee will meet again next Tuesday to vote on the proposal.");
    }

    @BeforeAll
    final void openBackend() {
        backend = createBackend();
    }

    @AfterAll
    final void closeBackend() {
        if (backend != null) {
            backend.close();
        }
    }

    /** The shared backend under test. */
    protected final EmbeddingBackend backend() {
        return backend;
    }

    @Test
    void nullListIsRejectedNamingTheArgument() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> backend.embedDocuments(null));
        assertTrue(e.getMessage().contains("documents"), e.getMessage());
    }

    @Test
    void emptyListIsRejectedNamingTheArgument() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> backend.embedDocuments(List.of()));
        assertTrue(e.getMessage().contains("documents"), e.getMessage());
    }

    @Test
    void nullElementIsRejectedNamingTheArgumentAndIndex() {
        List<String> docs = new ArrayList<>(List.of("first", "second"));
        docs.add(1, null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> backend.embedDocuments(docs));
        assertTrue(e.getMessage().contains("documents") && e.getMessage().contains("1"), e.getMessage());
    }

    @Test
    void emptyStringsAreEmbeddedIntoFiniteRows() {
        float[][] out = backend.embedDocuments(List.of("", "not empty", ""));
        assertEquals(3, out.length);
        for (float[] row : out) {
            assertShape(row);
        }
        assertArrayEquals(out[0], out[2], "the same (empty) document gives the same row");
    }

    @Test
    void oneFiniteRowOfTheDeclaredWidthPerDocument() {
        List<String> docs = sampleDocuments();
        float[][] out = backend.embedDocuments(docs);
        assertEquals(docs.size(), out.length);
        for (float[] row : out) {
            assertShape(row);
        }
        float[][] words = backend.embedWords(List.of("cat", "finance", "energy"));
        assertEquals(3, words.length);
        for (float[] row : words) {
            assertShape(row);
        }
    }

    @Test
    void inputIsNotModified() {
        List<String> docs = new ArrayList<>(sampleDocuments());
        List<String> copy = List.copyOf(docs);
        backend.embedDocuments(docs);
        assertEquals(copy, docs);
    }

    @Test
    void repeatedCallsGiveIdenticalResults() {
        List<String> docs = sampleDocuments();
        float[][] first = backend.embedDocuments(docs);
        float[][] second = backend.embedDocuments(docs);
        for (int i = 0; i < docs.size(); i++) {
            assertArrayEquals(first[i], second[i], "row " + i);
        }
    }

    @Test
    void permutingTheInputPermutesTheRows() {
        List<String> docs = sampleDocuments();
        float[][] reference = backend.embedDocuments(docs);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(3));
        List<String> permuted = order.stream().map(docs::get).toList();
        float[][] out = backend.embedDocuments(permuted);
        for (int i = 0; i < order.size(); i++) {
            assertClose(reference[order.get(i)], out[i], "permuted row " + i);
        }
    }

    @Test
    void aSubsetGivesTheSameRowsAsTheWhole() {
        List<String> docs = sampleDocuments();
        float[][] all = backend.embedDocuments(docs);
        float[][] single = backend.embedDocuments(List.of(docs.get(1)));
        assertClose(all[1], single[0], "document 1 alone");
        float[][] tail = backend.embedDocuments(docs.subList(5, docs.size()));
        for (int i = 0; i < tail.length; i++) {
            assertClose(all[5 + i], tail[i], "subset row " + i);
        }
    }

    @Test
    void concurrentCallsFromEightThreadsEqualSequentialCalls() throws Exception {
        List<String> docs = sampleDocuments();
        List<List<String>> inputs = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            List<String> rotated = new ArrayList<>(docs);
            Collections.rotate(rotated, t);
            inputs.add(rotated);
        }
        List<float[][]> sequential = new ArrayList<>();
        for (List<String> input : inputs) {
            sequential.add(backend.embedDocuments(input));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<float[][]>> futures = new ArrayList<>();
            for (List<String> input : inputs) {
                futures.add(pool.submit(() -> backend.embedDocuments(input)));
            }
            for (int t = 0; t < 8; t++) {
                float[][] concurrent = futures.get(t).get();
                for (int i = 0; i < docs.size(); i++) {
                    assertArrayEquals(sequential.get(t)[i], concurrent[i], "thread " + t + ", row " + i);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void resultsDoNotDependOnTheBatchSize() {
        List<String> docs = sampleDocuments();
        float[][] reference = backend.embedDocuments(docs);
        for (int batchSize : new int[] {1, 5}) {
            try (EmbeddingBackend other = createBackend(batchSize)) {
                assumeTrue(other != null, "backend has no batch size");
                float[][] out = other.embedDocuments(docs);
                for (int i = 0; i < docs.size(); i++) {
                    assertClose(reference[i], out[i], "batch size " + batchSize + ", row " + i);
                }
            }
        }
    }

    private void assertShape(float[] row) {
        assertEquals(expectedDimension(), row.length, "embedding width");
        for (int j = 0; j < row.length; j++) {
            assertTrue(Float.isFinite(row[j]), "non-finite value " + row[j] + " at column " + j);
        }
    }

    private void assertClose(float[] expected, float[] actual, String what) {
        assertEquals(expected.length, actual.length, what + ": width");
        double worst = 0;
        for (int j = 0; j < expected.length; j++) {
            worst = Math.max(worst, Math.abs(expected[j] - actual[j]));
        }
        assertTrue(worst <= tolerance(), what + ": max abs difference " + worst + " > " + tolerance()
                + "\nexpected " + Arrays.toString(expected) + "\nactual   " + Arrays.toString(actual));
    }
}
