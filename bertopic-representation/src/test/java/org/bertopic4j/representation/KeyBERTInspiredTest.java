package org.bertopic4j.representation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.bertopic4j.Corpus;
import org.bertopic4j.Representation;
import org.bertopic4j.TopicModel;
import org.bertopic4j.WordScore;
import org.bertopic4j.contract.ContextCapture;
import org.junit.jupiter.api.Test;

/** {@link KeyBERTInspired} with the real all-MiniLM-L6-v2 on real fortunes. */
class KeyBERTInspiredTest {

    private static Map<Integer, Representation> run(ContextCapture.Captured fitted) {
        return KeyBERTInspired.defaults().extractTopics(fitted.context(), fitted.candidates());
    }

    @Test
    void precomputedEmbeddingsAreUsedByRowIdAndAgreeWithEmbeddingTheDocuments() {
        ContextCapture.Captured precomputed = Fitted.fortunes();
        Corpus withoutEmbeddings = Corpus.of(precomputed.context().documents()).withLabels(precomputed.context().topics());
        ContextCapture.Captured embedded = ContextCapture.fit(
                TestData.manual().embeddingBackend(TestData.miniLm()), withoutEmbeddings);
        Map<Integer, Representation> a = run(precomputed);
        Map<Integer, Representation> b = run(embedded);
        assertEquals(a.keySet(), b.keySet());
        a.forEach((t, r) -> {
            List<WordScore> x = ((Representation.Words) r).words();
            List<WordScore> y = ((Representation.Words) b.get(t)).words();
            assertEquals(x.stream().map(WordScore::word).toList(), y.stream().map(WordScore::word).toList(), "topic " + t);
            for (int i = 0; i < x.size(); i++) {
                assertEquals(x.get(i).score(), y.get(i).score(), 1e-4);
            }
        });
    }

    @Test
    void keepsTheTopWordsByDescendingSimilarityFromTheCtfidfCandidates() {
        ContextCapture.Captured fitted = Fitted.fortunes();
        run(fitted).forEach((t, r) -> {
            List<WordScore> words = ((Representation.Words) r).words();
            assertEquals(10, words.size());
            for (int i = 1; i < words.size(); i++) {
                assertTrue(words.get(i - 1).score() >= words.get(i).score());
            }
            assertTrue(words.stream().allMatch(w -> !w.word().isEmpty() && w.score() <= 1 + 1e-9));
        });
        Map<Integer, Representation> three = KeyBERTInspired.builder().topNWords(3).nrCandidateWords(5).build()
                .extractTopics(fitted.context(), fitted.candidates());
        three.forEach((t, r) -> {
            List<String> top5 = fitted.candidates().get(t).subList(0, 5).stream().map(WordScore::word).toList();
            List<WordScore> words = ((Representation.Words) r).words();
            assertEquals(3, words.size());
            assertTrue(top5.containsAll(words.stream().map(WordScore::word).toList()), words + " not in " + top5);
        });
    }

    @Test
    void worksAsTheMainRepresentationOfAPipeline() {
        ContextCapture.Captured fitted = Fitted.fortunes();
        TopicModel model = TestData.manual().embeddingBackend(TestData.miniLm())
                .representation(KeyBERTInspired.defaults(), MaximalMarginalRelevance.builder().topNWords(5).build())
                .build().fit(Corpus.of(fitted.context().documents()).withLabels(fitted.context().topics()));
        for (int t : model.topicIds()) {
            assertEquals(5, model.topic(t).size());
        }
    }

    @Test
    void refusesAModelWithoutBackendNamingTheFix() {
        ContextCapture.Captured noBackend = ContextCapture.fit(TestData.manual(), TestData.fortunes());
        String m = assertThrows(IllegalArgumentException.class, () -> run(noBackend)).getMessage();
        assertTrue(m.contains("embeddingBackend"), m);
    }

    @Test
    void refusesEmbeddingsFromAnotherModel() {
        TestData.Clipart c = TestData.clipart();
        ContextCapture.Captured pixels = ContextCapture.fit(TestData.manual().embeddingBackend(TestData.miniLm()),
                Corpus.of(c.titles()).withEmbeddings(c.pixelFeatures()).withLabels(c.labels()));
        String m = assertThrows(IllegalArgumentException.class, () -> run(pixels)).getMessage();
        assertTrue(m.contains("384") && m.contains("192"), m);
    }

    @Test
    void builderChecksSettings() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> KeyBERTInspired.builder().topNWords(0))
                .getMessage().contains("topNWords must be >= 1, got 0"));
        assertThrows(IllegalArgumentException.class, () -> KeyBERTInspired.builder().nrReprDocs(0));
        assertThrows(IllegalArgumentException.class, () -> KeyBERTInspired.builder().nrSamples(-1));
        assertThrows(IllegalArgumentException.class, () -> KeyBERTInspired.builder().nrCandidateWords(0));
        KeyBERTInspired d = KeyBERTInspired.defaults();
        assertEquals(List.of(10, 5, 500, 100), List.of(d.topNWords(), d.nrReprDocs(), d.nrSamples(), d.nrCandidateWords()));
    }
}
