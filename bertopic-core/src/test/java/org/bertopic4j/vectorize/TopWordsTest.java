package org.bertopic4j.vectorize;

import static org.bertopic4j.vectorize.ClassTfidfTransformerTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.bertopic4j.WordScore;
import org.bertopic4j.matrix.CsrMatrix;
import org.junit.jupiter.api.Test;

/** Candidate extraction of BERTopic spec section 2.8: order, placeholders, width, upstream's tie order. */
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
    void equalScoresComeOutInBertopicsOrder() {
        // expected orders: BERTopic 0.17.4's _top_n_idx_sparse + argsort steps run with numpy 1.24.2
        CsrMatrix small = CsrMatrix.fromDense(new double[][] {{0.2, 0.4, 0.2, 0.4, 0.2}}, 5);
        List<WordScore> row = TopWords.extract(small, WORDS, 10).get(0);
        assertEquals(List.of("d", "b", "e", "c", "a"), row.subList(0, 5).stream().map(WordScore::word).toList());

        double[] scores = {0.4, 1.0, 0.2, 0.0, 0.0, 0.4, 0.2, 0.4, -0.1, -0.1, 0.2, 0.0, 0.8, 0.4, 0.8, 0.4, 0.8, -0.1,
            0.0, 1.0, 1.0, 0.2, 1.0, 0.0, 0.4, 1.0, 0.0, 0.2, 0.4, 0.4, 0.0, -0.1, 0.6, 0.4, 1.0, 0.2, 0.0, 1.0, 0.8,
            0.6, -0.1, 0.6, 0.4, 0.2, 0.4, 0.2, 0.0, 0.2, 0.2, 0.2, 0.6, 0.0, 0.8, -0.1, -0.1, 0.6, 0.0, 0.4, 1.0, 0.4,
            0.2, 0.4, 1.0, 0.6, 0.0, 1.0, 0.8, 0.6, -0.1, 0.6, 0.6, 0.0, 0.2, 1.0, 0.0, -0.1, 0.4, 1.0, -0.1, 0.8};
        List<String> columns = new ArrayList<>();
        for (int c = 0; c < scores.length; c++) {
            columns.add(Integer.toString(c));
        }
        List<WordScore> wide = TopWords.extract(CsrMatrix.fromDense(new double[][] {scores}, scores.length), columns,
                10).get(0);
        assertEquals(List.of(19, 58, 77, 73, 34, 37, 25, 65, 22, 20, 62, 1, 38, 52, 79, 16, 14, 12, 66, 55, 63, 50, 39,
                67, 69, 70, 41, 32, 59, 0), wide.stream().map(w -> Integer.parseInt(w.word())).toList());
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
