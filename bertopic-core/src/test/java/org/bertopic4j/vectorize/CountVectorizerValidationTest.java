package org.bertopic4j.vectorize;

import static org.bertopic4j.vectorize.ClassTfidfTransformerTest.assertMessage;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every validation of {@link CountVectorizer}: an IllegalArgumentException naming the argument and the fix. */
class CountVectorizerValidationTest {
    private static final List<String> THREE = List.of("red apple", "green apple", "red cherry");

    @Test
    void invertedOrZeroNgramRange() {
        assertMessage("ngramRange=(2, 1) has its lower boundary larger than the upper boundary; give (min, max) with "
                + "min <= max, e.g. (1, 2)", () -> CountVectorizer.builder().ngramRange(2, 1));
        assertMessage("ngramRange lower bound must be >= 1, got (0, 1)",
                () -> CountVectorizer.builder().ngramRange(0, 1));
    }

    @Test
    void documentFrequencyBoundsOutOfRange() {
        assertMessage("minDf: a document count must be >= 0, got -1", () -> CountVectorizer.builder().minDf(-1));
        assertMessage("minDf: a document-frequency proportion must be in [0, 1], got 1.5",
                () -> CountVectorizer.builder().minDf(1.5));
        assertMessage("maxDf: a document-frequency proportion must be in [0, 1], got NaN",
                () -> CountVectorizer.builder().maxDf(Double.NaN));
        assertMessage("maxDf: a document count must be >= 0, got -2", () -> CountVectorizer.builder().maxDf(-2));
        assertMessage("a document count must be a whole number", () -> new DfLimit(1.5, false));
    }

    @Test
    void maxDfBelowMinDf() {
        assertMessage("maxDf=2 is below minDf=3: no term could be kept; raise maxDf or lower minDf",
                () -> CountVectorizer.builder().minDf(3).maxDf(2).build());
        assertMessage("maxDf=0.2 is below minDf=0.5",
                () -> CountVectorizer.builder().minDf(0.5).maxDf(0.2).build());
        // mixed kinds are resolved against the number of documents at fit time, as sklearn does
        assertMessage("maxDf=1.0 corresponds to fewer documents (3.0 of 3) than minDf=5 (5.0); raise maxDf or lower "
                + "minDf", () -> CountVectorizer.builder().minDf(5).build().fit(THREE));
    }

    @Test
    void pruningThatLeavesNothing() {
        assertMessage("after pruning, no terms remain",
                () -> CountVectorizer.builder().minDf(2).maxDf(2).build().fit(List.of("one two", "three four")));
    }

    @Test
    void emptyVocabularyFromStopWordsOnly() {
        assertMessage("empty vocabulary: the documents hold no token",
                () -> CountVectorizer.builder().stopWords(StopWords.ENGLISH).build().fit(List.of("the and of", "it")));
    }

    @Test
    void maxFeaturesBelowOne() {
        assertMessage("maxFeatures must be >= 1, got 0", () -> CountVectorizer.builder().maxFeatures(0));
    }

    @Test
    void badStopWordsOrFixedVocabulary() {
        assertMessage("stopWords holds null", () -> CountVectorizer.builder().stopWords(Arrays.asList("a", null)));
        assertMessage("vocabulary is empty", () -> CountVectorizer.builder().vocabulary(List.of()));
        assertMessage("vocabulary[1] is null", () -> CountVectorizer.builder().vocabulary(Arrays.asList("a", null)));
        assertMessage("vocabulary has the duplicate term 'a' at positions 0 and 2",
                () -> CountVectorizer.builder().vocabulary(List.of("a", "b", "a")));
    }

    @Test
    void badDocuments() {
        CountVectorizer v = CountVectorizer.defaults();
        assertMessage("documents is null", () -> v.fit(null));
        assertMessage("documents is empty", () -> v.fitTransform(List.of()));
        assertMessage("documents[2] is null", () -> v.fit(Arrays.asList("a b", "cc", null)));
        FittedCountVectorizer fitted = v.fit(THREE);
        assertMessage("documents is empty", () -> fitted.transform(List.of()));
        assertMessage("document is null", () -> fitted.tokenize(null));
        assertMessage("document is null", () -> fitted.analyze(null));
        assertMessage("documents[1] is null", () -> fitted.transform(Arrays.asList("red", null)));
    }
}
