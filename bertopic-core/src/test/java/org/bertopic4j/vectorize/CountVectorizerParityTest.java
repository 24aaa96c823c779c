package org.bertopic4j.vectorize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import org.bertopic4j.matrix.CsrMatrix;
import org.bertopic4j.testing.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Parity with scikit-learn 1.2.1 on 300 fortunes: for every fixture case the vocabulary (in column order)
 * and every count must be identical, including the {@code max_features} cut-off that falls inside a tie.
 */
class CountVectorizerParityTest {
    private static final List<String> DOCS = Fixtures.tsvColumn("countvectorizer/docs.tsv", "text");

    @ParameterizedTest
    @ValueSource(strings = {"default", "ngram_1_2", "stop_english", "min_df_2", "max_df_0.9", "max_df_0.3",
            "max_features_500", "lowercase_false", "ngram_1_2_stop_min_df_2"})
    void vocabularyAndCountsEqualSklearn(String name) {
        String dir = "countvectorizer/" + name + "/";
        CountVectorizer vectorizer = fromParams(Fixtures.json(dir + "params.json").get("params"));
        CountVectorizer.FitResult fit = vectorizer.fitTransform(DOCS);

        assertEquals(Fixtures.lines(dir + "vocabulary.txt"), fit.vectorizer().vocabulary());
        CsrMatrix counts = fit.counts();
        assertEquals(DOCS.size(), counts.rows());
        assertArrayEquals(Fixtures.npy(dir + "counts_coo.npy").toIntArray(), cooOf(counts));
        assertEquals(counts, fit.vectorizer().transform(DOCS), "transform(docs) equals fitTransform(docs)");
    }

    private static CountVectorizer fromParams(JsonNode p) {
        CountVectorizer.Builder b = CountVectorizer.builder();
        if (p.has("ngram_range")) {
            b.ngramRange(p.get("ngram_range").get(0).asInt(), p.get("ngram_range").get(1).asInt());
        }
        if (p.has("stop_words")) {
            assertEquals("english", p.get("stop_words").asText());
            b.stopWords(StopWords.ENGLISH);
        }
        if (p.has("lowercase")) {
            b.lowercase(p.get("lowercase").asBoolean());
        }
        if (p.has("min_df")) {
            JsonNode v = p.get("min_df");
            if (v.isIntegralNumber()) {
                b.minDf(v.asInt());
            } else {
                b.minDf(v.asDouble());
            }
        }
        if (p.has("max_df")) {
            JsonNode v = p.get("max_df");
            if (v.isIntegralNumber()) {
                b.maxDf(v.asInt());
            } else {
                b.maxDf(v.asDouble());
            }
        }
        if (p.has("max_features")) {
            b.maxFeatures(p.get("max_features").asInt());
        }
        return b.build();
    }

    /** (row, col, count) triples sorted by row then column, as the fixtures store them. */
    private static int[] cooOf(CsrMatrix m) {
        int[] out = new int[m.nnz() * 3];
        int i = 0;
        for (int r = 0; r < m.rows(); r++) {
            for (int k = m.rowStart(r); k < m.rowEnd(r); k++) {
                out[i++] = r;
                out[i++] = m.indexAt(k);
                out[i++] = (int) m.valueAt(k);
            }
        }
        return out;
    }
}
