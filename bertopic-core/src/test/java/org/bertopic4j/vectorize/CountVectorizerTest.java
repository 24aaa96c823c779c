package org.bertopic4j.vectorize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import org.bertopic4j.matrix.CsrMatrix;
import org.junit.jupiter.api.Test;

/** Behaviour of {@link CountVectorizer} option by option, each as sklearn 1.2.1 defines it. */
class CountVectorizerTest {
    private static final List<String> FRUIT = List.of("apple apple apple", "banana", "banana cherry", "Cherry pie");

    @Test
    void defaultsCountLowerCasedUnigramsInAlphabeticalColumns() {
        CountVectorizer.FitResult fit = CountVectorizer.defaults().fitTransform(FRUIT);
        assertEquals(List.of("apple", "banana", "cherry", "pie"), fit.vectorizer().vocabulary());
        assertArrayEquals(new double[][] {{3, 0, 0, 0}, {0, 1, 0, 0}, {0, 1, 1, 0}, {0, 0, 1, 1}},
                fit.counts().toDense());
        assertEquals(2, fit.vectorizer().columnOf("cherry"));
        assertEquals(-1, fit.vectorizer().columnOf("Cherry"));
    }

    @Test
    void ngramsJoinConsecutiveTokensWithOneSpace() {
        List<String> docs = List.of("the quick brown fox");
        assertEquals(List.of("brown", "brown fox", "fox", "quick", "quick brown", "the", "the quick"),
                CountVectorizer.builder().ngramRange(1, 2).build().fit(docs).vocabulary());
        assertEquals(List.of("brown fox", "quick brown", "quick brown fox", "the quick", "the quick brown"),
                CountVectorizer.builder().ngramRange(2, 3).build().fit(docs).vocabulary());
        assertEquals(List.of("the quick brown fox"),
                CountVectorizer.builder().ngramRange(4, 6).build().fit(docs).vocabulary());
    }

    @Test
    void stopWordsAreRemovedBeforeNgramsAreFormed() {
        CountVectorizer v = CountVectorizer.builder().ngramRange(2, 2).stopWords(StopWords.ENGLISH).build();
        assertEquals(List.of("cat dog"), v.fit(List.of("The cat and the dog")).vocabulary());
        assertTrue(StopWords.ENGLISH.contains("the"));
        assertEquals(318, StopWords.ENGLISH.size());
    }

    @Test
    void stopWordsAreComparedAfterLowerCasingButNotLowerCasedThemselves() {
        List<String> docs = List.of("The Cat sat");
        assertEquals(List.of("sat", "the"),
                CountVectorizer.builder().stopWords(List.of("Cat", "cat", "The")).build().fit(docs).vocabulary());
    }

    @Test
    void integerDfIsADocumentCountAndFloatDfAProportion() {
        // df: apple 1, banana 2, cherry 2, pie 1 over 4 documents
        assertEquals(List.of("banana", "cherry"), CountVectorizer.builder().minDf(2).build().fit(FRUIT).vocabulary());
        assertEquals(List.of("banana", "cherry"), CountVectorizer.builder().minDf(0.5).build().fit(FRUIT).vocabulary());
        assertEquals(List.of("apple", "pie"), CountVectorizer.builder().maxDf(1).build().fit(FRUIT).vocabulary());
        assertEquals(4, CountVectorizer.builder().maxDf(1.0).build().fit(FRUIT).vocabulary().size());
        assertEquals(List.of("apple", "pie"), CountVectorizer.builder().maxDf(0.25).build().fit(FRUIT).vocabulary());
    }

    @Test
    void fractionalBoundsAreNotRounded() {
        // 0.6 * 4 = 2.4 documents: a df of 2 is below it
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> CountVectorizer.builder().minDf(0.6).build().fit(FRUIT));
        assertTrue(e.getMessage().contains("no terms remain"), e.getMessage());
    }

    @Test
    void maxFeaturesRanksByTotalCountNotDocumentFrequency() {
        // apple: total 3 in one document; banana and cherry: total 2 in two documents each
        assertEquals(List.of("apple"), CountVectorizer.builder().maxFeatures(1).build().fit(FRUIT).vocabulary());
        assertEquals(4, CountVectorizer.builder().maxFeatures(10).build().fit(FRUIT).vocabulary().size());
    }

    @Test
    void fixedVocabularyKeepsItsOrderAndIgnoresDfLimits() {
        CountVectorizer v = CountVectorizer.builder().vocabulary(List.of("cherry", "apple", "kiwi")).minDf(3).build();
        CountVectorizer.FitResult fit = v.fitTransform(FRUIT);
        assertEquals(List.of("cherry", "apple", "kiwi"), fit.vectorizer().vocabulary());
        assertArrayEquals(new double[][] {{0, 3, 0}, {0, 0, 0}, {1, 0, 0}, {1, 0, 0}}, fit.counts().toDense());
    }

    @Test
    void withoutLowerCasingVocabularyIsInCodePointOrder() {
        List<String> vocabulary = CountVectorizer.builder().lowercase(false).build()
                .fit(List.of("ﬁne Zebra apple 𝐀𝐁c Äpfel")).vocabulary();
        assertEquals(List.of("Zebra", "apple", "Äpfel", "ﬁne", "𝐀𝐁c"), vocabulary);
        List<String> javaOrder = new ArrayList<>(vocabulary);
        javaOrder.sort(null);
        assertNotEquals(vocabulary, javaOrder);
    }

    @Test
    void tokenizeLowerCasesAndSplitsButSkipsStopWordsAndNgrams() {
        FittedCountVectorizer fitted = CountVectorizer.builder().ngramRange(1, 2).stopWords(StopWords.ENGLISH)
                .build().fit(FRUIT);
        assertEquals(List.of("the", "apple", "is", "red"), fitted.tokenize("The apple, is RED!"));
    }

    @Test
    void analyzeGivesTheCountedTermsInSklearnOrder() {
        FittedCountVectorizer fitted = CountVectorizer.builder().ngramRange(1, 2).stopWords(StopWords.ENGLISH)
                .build().fit(FRUIT);
        assertEquals(List.of("red", "apple", "red", "red apple", "apple red"), fitted.analyze("The red apple is RED"));
    }

    @Test
    void transformIgnoresUnknownTermsAndCountsRepeats() {
        FittedCountVectorizer fitted = CountVectorizer.defaults().fit(FRUIT);
        CsrMatrix m = fitted.transform(List.of("kiwi mango", "pie pie apple pie"));
        assertArrayEquals(new double[][] {{0, 0, 0, 0}, {1, 0, 0, 3}}, m.toDense());
    }

    @Test
    void resultDoesNotDependOnTheNumberOfThreads() throws Exception {
        Random random = new Random(11);
        List<String> docs = new ArrayList<>();
        for (int d = 0; d < 3000; d++) {
            StringBuilder sb = new StringBuilder();
            for (int w = 0; w < 12; w++) {
                sb.append("w").append(random.nextInt(800)).append(' ');
            }
            docs.add(sb.toString());
        }
        CountVectorizer v = CountVectorizer.builder().ngramRange(1, 2).minDf(2).maxFeatures(2000).build();
        CountVectorizer.FitResult one = new ForkJoinPool(1).submit(() -> v.fitTransform(docs)).get();
        CountVectorizer.FitResult four = new ForkJoinPool(4).submit(() -> v.fitTransform(docs)).get();
        assertEquals(one.vectorizer().vocabulary(), four.vectorizer().vocabulary());
        assertEquals(one.counts(), four.counts());
        assertEquals(one.counts(), four.vectorizer().transform(docs));
    }

    @Test
    void permutingTheTrainingDocumentsPermutesRowsAndKeepsTheVocabulary() {
        List<String> docs = new ArrayList<>(FRUIT);
        docs.add("apple banana kiwi kiwi");
        List<String> reversed = new ArrayList<>(docs);
        java.util.Collections.reverse(reversed);
        CountVectorizer v = CountVectorizer.builder().maxFeatures(3).build();
        CountVectorizer.FitResult forward = v.fitTransform(docs);
        CountVectorizer.FitResult backward = v.fitTransform(reversed);
        assertEquals(forward.vectorizer().vocabulary(), backward.vectorizer().vocabulary());
        assertEquals(forward.counts().selectRows(new int[] {4, 3, 2, 1, 0}), backward.counts());
    }

    @Test
    void configurationIsImmutableAndComparable() {
        CountVectorizer base = CountVectorizer.defaults();
        CountVectorizer changed = base.toBuilder().ngramRange(1, 3).maxDf(0.8).build();
        assertEquals(CountVectorizer.defaults(), base);
        assertEquals(1, base.ngramMax());
        assertEquals(3, changed.ngramMax());
        assertEquals(DfLimit.fraction(0.8), changed.maxDf());
        assertEquals(DfLimit.count(1), base.minDf());
        assertTrue(base.maxFeatures().isEmpty());
        assertTrue(base.vocabulary().isEmpty());
        assertEquals("CountVectorizer[ngramRange=(1, 3), lowercase=true, stopWords=none, minDf=1, maxDf=0.8, "
                + "maxFeatures=none, vocabulary=learnt]", changed.toString());
    }
}
