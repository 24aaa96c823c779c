package org.bertopic4j.vectorize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.bertopic4j.matrix.CsrMatrix;
import org.junit.jupiter.api.Test;

/** The c-TF-IDF formulas of BERTopic spec section 2.7 on matrices small enough to check by hand. */
class ClassTfidfTransformerTest {
    // row sums 3 and 4: mean 3.5, truncated to A = 3; column totals f = (2, 2, 3)
    private static final CsrMatrix COUNTS = CsrMatrix.fromDense(new double[][] {{2, 1, 0}, {0, 1, 3}}, 3);

    @Test
    void defaultIdfUsesTheTruncatedAverageClassLength() {
        FittedClassTfidf fitted = ClassTfidfTransformer.defaults().fit(COUNTS, null);
        assertEquals(3, fitted.averageClassLength());
        assertArrayEquals(new double[] {Math.log(2.5), Math.log(2.5), Math.log(2)}, fitted.idf(), 1e-15);
        double[][] expected = {{2.0 / 3 * Math.log(2.5), 1.0 / 3 * Math.log(2.5), 0},
            {0, 0.25 * Math.log(2.5), 0.75 * Math.log(2)}};
        double[][] actual = fitted.transform(COUNTS).toDense();
        for (int r = 0; r < 2; r++) {
            assertArrayEquals(expected[r], actual[r], 1e-15);
        }
    }

    @Test
    void bm25IdfAndSquareRootedFrequencies() {
        FittedClassTfidf fitted = ClassTfidfTransformer.builder().bm25Weighting(true).reduceFrequentWords(true)
                .build().fit(COUNTS, null);
        assertArrayEquals(new double[] {Math.log(1.6), Math.log(1.6), Math.log(8.0 / 7)}, fitted.idf(), 1e-15);
        assertEquals(Math.sqrt(0.75) * Math.log(8.0 / 7), fitted.transform(COUNTS).get(1, 2), 1e-15);
        assertTrue(fitted.reduceFrequentWords());
    }

    @Test
    void bm25IdfIsNegativeForWordsMoreFrequentThanAnAverageClass() {
        CsrMatrix counts = CsrMatrix.fromDense(new double[][] {{10, 0}, {0, 1}}, 2);
        double[] idf = ClassTfidfTransformer.builder().bm25Weighting(true).build().fit(counts, null).idf();
        assertEquals(Math.log(1 + (5 - 10 + 0.5) / 10.5), idf[0], 1e-15);
        assertTrue(idf[0] < 0);
    }

    @Test
    void multiplierScalesTheIdf() {
        double[] plain = ClassTfidfTransformer.defaults().fit(COUNTS, null).idf();
        double[] scaled = ClassTfidfTransformer.defaults().fit(COUNTS, new double[] {2, 1, 1.2}).idf();
        assertArrayEquals(new double[] {2 * plain[0], plain[1], 1.2 * plain[2]}, scaled, 1e-15);
    }

    @Test
    void multiplierHelperGivesSeedWordsTheirFactorAndSeedTopicWordsOnePointTwo() {
        List<String> vocabulary = List.of("alpha", "beta", "gamma", "delta");
        assertArrayEquals(new double[] {2, 1.2, 1.2, 1}, ClassTfidfTransformer.idfMultiplier(vocabulary,
                Set.of("alpha", "beta"), 2, List.of(List.of("beta"), List.of("gamma"))));
        assertArrayEquals(new double[] {3, 3, 1, 1}, ClassTfidfTransformer.builder().seedWords(Set.of("alpha", "beta"))
                .seedMultiplier(3).build().idfMultiplier(vocabulary, null));
        assertArrayEquals(new double[] {1, 1, 1.2, 1},
                ClassTfidfTransformer.defaults().idfMultiplier(vocabulary, List.of(List.of("gamma", "omega"))));
        assertNull(ClassTfidfTransformer.defaults().idfMultiplier(vocabulary, null));
        assertNull(ClassTfidfTransformer.idfMultiplier(vocabulary, Set.of(), 2, List.of()));
    }

    @Test
    void savedIdfTransformsLikeTheFittedOne() {
        FittedClassTfidf fitted = ClassTfidfTransformer.defaults().fit(COUNTS, null);
        assertEquals(fitted.transform(COUNTS), FittedClassTfidf.of(fitted.idf(), false).transform(COUNTS));
    }

    @Test
    void fittingDoesNotModifyTheCounts() {
        CsrMatrix copy = CsrMatrix.fromDense(COUNTS.toDense(), 3);
        FittedClassTfidf fitted = ClassTfidfTransformer.defaults().fit(COUNTS, null);
        fitted.transform(COUNTS);
        assertEquals(copy, COUNTS);
    }

    @Test
    void badInputIsRejectedNamingTheArgument() {
        ClassTfidfTransformer t = ClassTfidfTransformer.defaults();
        assertMessage("counts is null", () -> t.fit(null, null));
        assertMessage("counts has no rows", () -> t.fit(CsrMatrix.fromDense(new double[0][], 3), null));
        assertMessage("counts has no columns", () -> t.fit(CsrMatrix.fromDense(new double[][] {{}}, 0), null));
        assertMessage("counts holds -1.0 at row 0, column 1",
                () -> t.fit(CsrMatrix.fromDense(new double[][] {{1, -1}}, 2), null));
        assertMessage("counts holds NaN", () -> t.fit(CsrMatrix.fromDense(new double[][] {{Double.NaN}}, 1), null));
        assertMessage("idfMultiplier has 2 values but counts has 3 columns", () -> t.fit(COUNTS, new double[2]));
        assertMessage("idfMultiplier[1] is Infinity",
                () -> t.fit(COUNTS, new double[] {1, Double.POSITIVE_INFINITY, 1}));
        FittedClassTfidf fitted = t.fit(COUNTS, null);
        assertMessage("expected 3 columns", () -> fitted.transform(CsrMatrix.fromDense(new double[][] {{1, 1}}, 2)));
        assertMessage("seedMultiplier must be a finite number > 0, got 0.0",
                () -> ClassTfidfTransformer.builder().seedMultiplier(0));
        assertMessage("seedWords holds null",
                () -> ClassTfidfTransformer.builder().seedWords(java.util.Arrays.asList("a", null)));
        assertMessage("vocabulary is null", () -> ClassTfidfTransformer.idfMultiplier(null, Set.of("a"), 2, null));
        assertMessage("idf is null or empty", () -> FittedClassTfidf.of(new double[0], false));
        assertMessage("idf is null or empty", () -> FittedClassTfidf.of(null, false));
        assertMessage("idf[1] is NaN", () -> FittedClassTfidf.of(new double[] {1, Double.NaN}, false));
    }

    static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(expected), "expected '" + expected + "' in: " + e.getMessage());
    }
}
