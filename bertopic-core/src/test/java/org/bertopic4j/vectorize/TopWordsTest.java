package org.bertopic4j.vectorize;

import static org.bertopic4j.vectorize.ClassTfidfTransformerTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.bertopic4j.WordScore;
import org.bertopic4j.matrix.CsrMatrix;
import org.junit.jupiter.api.Test;

/** Candidate extraction of BERTopic spec section 2.8: order, placeholders, width, tie-break. */
class TopWordsTest {
    private static final List<String> WORDS = List.of("a", "b", "c", "d", "e");

    @Test
    void rowsAreSortedByDescendingScoreAndPaddedWithPlaceholders() {
        CsrMatrix m = CsrMatrix.fromDense(new double[][] {{0.1, 0.5, 0, -0.2, 0.3}, {0, 0, 0, 0, 0}}, 5);
        List<List<WordScore>> top = TopWords.extract(m, WORDS, 10);
        assertEquals(2, top.size());
        assertEquals(30, top.get(0).size());
        assertEquals(List.of(new WordScore("b", 0.5), new WordScore("e", 0.3), new WordScore("a", 0.1),
                WordScore.PLACEHOLDER), top.get(0).subList(0, 4));
        assertEquals(27, top.get(0).stream().filter(WordScore.PLACEHOLDER::equals).count());
        assertEquals(30, top.get(1).stream().filter(WordScore.PLACEHOLDER::equals).count());
    }

    @Test
    void moreThanThirtyWordsWhenTopNIsLarger() {
        CsrMatrix m = CsrMatrix.fromDense(new double[][] {{1, 2, 3, 4, 5}}, 5);
        List<WordScore> row = TopWords.extract(m, WORDS, 40).get(0);
        assertEquals(40, row.size());
        assertEquals(new WordScore("e", 5), row.get(0));
        assertEquals(WordScore.PLACEHOLDER, row.get(5));
    }

    @Test
    void equalScoresAreOrderedByColumn() {
        CsrMatrix m = CsrMatrix.fromDense(new double[][] {{0.2, 0.4, 0.2, 0.4, 0.2}}, 5);
        List<WordScore> row = TopWords.extract(m, WORDS, 10).get(0);
        assertEquals(List.of("b", "d", "a", "c", "e"), row.subList(0, 5).stream().map(WordScore::word).toList());
    }

    @Test
    void badInputIsRejectedNamingTheArgument() {
        CsrMatrix m = CsrMatrix.fromDense(new double[][] {{1, 2}}, 2);
        assertMessage("cTfIdf is null", () -> TopWords.extract(null, WORDS, 10));
        assertMessage("vocabulary has 5 terms but cTfIdf has 2 columns", () -> TopWords.extract(m, WORDS, 10));
        assertMessage("vocabulary has no list (null)", () -> TopWords.extract(m, null, 10));
        assertMessage("topN must be >= 1, got 0", () -> TopWords.extract(m, List.of("a", "b"), 0));
    }
}
