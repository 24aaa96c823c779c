package org.bertopic4j.representation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bertopic4j.Representation;
import org.bertopic4j.WordScore;
import org.bertopic4j.contract.ContextCapture;
import org.junit.jupiter.api.Test;

/** {@link MaximalMarginalRelevance} with the real all-MiniLM-L6-v2 on real fortunes. */
class MaximalMarginalRelevanceTest {

    private static Map<Integer, Representation> run(MaximalMarginalRelevance model) {
        ContextCapture.Captured fitted = Fitted.fortunes();
        return model.extractTopics(fitted.context(), fitted.candidates());
    }

    @Test
    void filtersKeepingTheOriginalOrderAndScores() {
        Map<Integer, List<WordScore>> candidates = Fitted.fortunes().candidates();
        run(MaximalMarginalRelevance.defaults()).forEach((t, r) -> {
            List<WordScore> kept = ((Representation.Words) r).words();
            assertEquals(10, kept.size());
            List<WordScore> inOrder = new ArrayList<>(candidates.get(t));
            inOrder.retainAll(kept);
            assertEquals(inOrder, kept, "topic " + t);
        });
    }

    @Test
    void diversityChangesTheChoice() {
        Map<Integer, Representation> low = run(MaximalMarginalRelevance.builder().diversity(0).build());
        Map<Integer, Representation> high = run(MaximalMarginalRelevance.builder().diversity(0.9).build());
        assertNotEquals(low.toString(), high.toString());
    }

    @Test
    void refusesAModelWithoutBackendNamingTheFix() {
        ContextCapture.Captured noBackend = ContextCapture.fit(TestData.manual(), TestData.fortunes());
        String m = assertThrows(IllegalArgumentException.class, () -> MaximalMarginalRelevance.defaults()
                .extractTopics(noBackend.context(), noBackend.candidates())).getMessage();
        assertTrue(m.contains("embeddingBackend"), m);
    }

    @Test
    void builderChecksSettings() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MaximalMarginalRelevance.builder().diversity(1.1))
                .getMessage().contains("diversity must be in [0, 1], got 1.1"));
        assertThrows(IllegalArgumentException.class, () -> MaximalMarginalRelevance.builder().diversity(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> MaximalMarginalRelevance.builder().topNWords(0));
        assertEquals(0.1, MaximalMarginalRelevance.defaults().diversity());
        assertEquals(10, MaximalMarginalRelevance.defaults().topNWords());
    }
}
