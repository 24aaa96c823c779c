package org.bertopic4j.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bertopic4j.FittedVectorizer;
import org.bertopic4j.Vectorizer;
import org.bertopic4j.matrix.CsrMatrix;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link Vectorizer} must meet (CONTRACT-TESTS.md items 1, 2, 6, 7, 8, 9, 10 and 12 as
 * they apply to text): input never modified, empty input rejected with a message naming the argument,
 * deterministic and idempotent fitting, one row per document with finite non-negative counts, rows that
 * follow a permutation of the documents, transform of a subset equal to the same rows of the whole, and
 * concurrent transforms equal to sequential ones. An implementation's test extends this class and
 * supplies {@link #createVectorizer()}.
 */
public abstract class VectorizerContract {

    /** A fresh vectorizer in its default configuration, the one under test. */
    protected abstract Vectorizer createVectorizer();

    /** The corpus the checks fit on; override for vectorizers that need other text. */
    protected List<String> corpus() {
        return List.of(
                "The cat sat on the mat.", "Dogs and cats are friends, mostly.",
                "Stock markets fell sharply on Monday.", "The market rallied after the news!",
                "A dog chased the cat up a tree.", "Investors sold shares; stocks dropped.",
                "Cats sleep for most of the day.", "Bond yields rose as the market slid.",
                "My dog loves long walks in the park.", "Traders expect more volatility in stocks.",
                "", "Café owners in Zürich serve naïve crème brûlée.");
    }

    private FittedVectorizer fitted() {
        return createVectorizer().fit(corpus());
    }

    @Test
    void fitAndTransformDoNotModifyTheirInput() {
        List<String> docs = new ArrayList<>(corpus());
        List<String> copy = List.copyOf(docs);
        Vectorizer vectorizer = createVectorizer();
        String config = vectorizer.toString();
        FittedVectorizer fitted = vectorizer.fit(docs);
        fitted.transform(docs);
        assertEquals(copy, docs);
        assertEquals(config, vectorizer.toString(), "fitting must not change the configuration");
    }

    @Test
    void nullOrEmptyDocumentListIsRejectedNamingTheArgument() {
        Vectorizer vectorizer = createVectorizer();
        assertNamesDocuments(() -> vectorizer.fit(null));
        assertNamesDocuments(() -> vectorizer.fit(List.of()));
        assertNamesDocuments(() -> vectorizer.fit(Arrays.asList("a fine doc", null)));
        FittedVectorizer fitted = fitted();
        assertNamesDocuments(() -> fitted.transform(null));
        assertNamesDocuments(() -> fitted.transform(List.of()));
        assertNamesDocuments(() -> fitted.transform(Arrays.asList(null, "text")));
        assertThrows(IllegalArgumentException.class, () -> fitted.tokenize(null));
    }

    @Test
    void documentsWithoutAnyWordAreRejectedAsAnEmptyVocabulary() {
        Vectorizer vectorizer = createVectorizer();
        assertNamesDocuments(() -> vectorizer.fit(List.of("", "")));
        assertNamesDocuments(() -> vectorizer.fit(List.of("  ", "!?", "a")));
    }

    @Test
    void emptyStringsTransformToEmptyRows() {
        CsrMatrix m = fitted().transform(List.of("", "   "));
        assertEquals(2, m.rows());
        assertEquals(0, m.nnz());
    }

    @Test
    void fittingIsDeterministicAndIdempotent() {
        Vectorizer vectorizer = createVectorizer();
        FittedVectorizer first = vectorizer.fit(corpus());
        FittedVectorizer second = vectorizer.fit(corpus());
        FittedVectorizer fresh = createVectorizer().fit(corpus());
        assertEquals(first.vocabulary(), second.vocabulary());
        assertEquals(first.vocabulary(), fresh.vocabulary());
        assertEquals(first.transform(corpus()), second.transform(corpus()));
        assertEquals(first.transform(corpus()), fresh.transform(corpus()));
    }

    @Test
    void outputHasOneRowPerDocumentAndFiniteNonNegativeCounts() {
        FittedVectorizer fitted = fitted();
        assertFalse(fitted.vocabulary().isEmpty());
        CsrMatrix m = fitted.transform(corpus());
        assertEquals(corpus().size(), m.rows());
        assertEquals(fitted.vocabulary().size(), m.cols());
        assertTrue(m.nnz() > 0);
        for (int k = 0; k < m.nnz(); k++) {
            assertTrue(Double.isFinite(m.valueAt(k)) && m.valueAt(k) >= 0, "value " + m.valueAt(k));
        }
        CsrMatrix one = fitted.transform(corpus().subList(0, 1));
        assertEquals(1, one.rows());
    }

    @Test
    void permutingDocumentsPermutesRows() {
        FittedVectorizer fitted = fitted();
        List<String> docs = corpus();
        CsrMatrix all = fitted.transform(docs);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(7));
        List<String> permuted = new ArrayList<>();
        order.forEach(i -> permuted.add(docs.get(i)));
        assertEquals(all.selectRows(order.stream().mapToInt(Integer::intValue).toArray()), fitted.transform(permuted));
    }

    @Test
    void transformOfSubsetEqualsRowsOfWhole() {
        FittedVectorizer fitted = fitted();
        List<String> docs = corpus();
        CsrMatrix all = fitted.transform(docs);
        int[] rows = {1, 4, 5, docs.size() - 1};
        List<String> subset = new ArrayList<>();
        for (int r : rows) {
            subset.add(docs.get(r));
        }
        assertEquals(all.selectRows(rows), fitted.transform(subset));
    }

    @Test
    void tokenizeReturnsTokensOfTheDocument() {
        FittedVectorizer fitted = fitted();
        List<String> tokens = fitted.tokenize(corpus().get(0));
        assertNotNull(tokens);
        assertFalse(tokens.isEmpty());
        assertEquals(List.of(), fitted.tokenize(""));
    }

    @Test
    void concurrentTransformsEqualSequentialOnes() throws Exception {
        FittedVectorizer fitted = fitted();
        List<List<String>> inputs = new ArrayList<>();
        List<CsrMatrix> expected = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            List<String> docs = new ArrayList<>(corpus());
            Collections.rotate(docs, t);
            inputs.add(docs);
            expected.add(fitted.transform(docs));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<CsrMatrix>> futures = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (List<String> docs : inputs) {
                    futures.add(pool.submit(() -> fitted.transform(docs)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(expected.get(i % 8), futures.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertNamesDocuments(org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains("documents"), "message should name the argument: " + e.getMessage());
    }
}
