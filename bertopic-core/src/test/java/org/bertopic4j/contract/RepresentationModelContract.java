package org.bertopic4j.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bertopic4j.Representation;
import org.bertopic4j.RepresentationModel;
import org.bertopic4j.WordScore;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link RepresentationModel} passes (CONTRACT-TESTS.md): the candidate map is
 * never modified, one representation comes back per topic given, output is deterministic, 8 threads
 * sharing one model get what sequential calls get, and bad input is refused with an
 * {@link IllegalArgumentException}. A test class extends it and supplies the model and a fitted state
 * (usually from {@link ContextCapture#fit}).
 */
public abstract class RepresentationModelContract {

    /** The model under test. */
    protected abstract RepresentationModel model();

    /** A fitted state to run the model on; compute it once and cache it, fits are not free. */
    protected abstract ContextCapture.Captured fitted();

    /** Whether two representations are equal; pictures are compared pixel by pixel. */
    protected static boolean same(Representation a, Representation b) {
        if (a instanceof Representation.Picture pa && b instanceof Representation.Picture pb) {
            return samePixels(pa.image(), pb.image());
        }
        return a.equals(b);
    }

    private static boolean samePixels(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void assertSame(Map<Integer, Representation> expected, Map<Integer, Representation> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((t, r) -> assertTrue(same(r, actual.get(t)), "topic " + t + " differs: " + r + " vs " + actual.get(t)));
    }

    /** A deep, mutable copy of the candidate map. */
    private Map<Integer, List<WordScore>> candidates() {
        Map<Integer, List<WordScore>> out = new LinkedHashMap<>();
        fitted().candidates().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.put(e.getKey(), new ArrayList<>(e.getValue())));
        return out;
    }

    @Test
    void leavesTheCandidateMapAndContextAlone() {
        Map<Integer, List<WordScore>> input = candidates();
        Map<Integer, List<WordScore>> before = candidates();
        int[] topicsBefore = fitted().context().topics();
        model().extractTopics(fitted().context(), input);
        assertEquals(before, input);
        assertEquals(java.util.Arrays.toString(topicsBefore), java.util.Arrays.toString(fitted().context().topics()));
    }

    @Test
    void givesOneRepresentationPerTopicGiven() {
        Map<Integer, List<WordScore>> all = candidates();
        assertEquals(all.keySet(), model().extractTopics(fitted().context(), all).keySet());
        Map<Integer, List<WordScore>> some = new LinkedHashMap<>();
        all.entrySet().stream().skip(Math.max(0, all.size() - 2)).forEach(e -> some.put(e.getKey(), e.getValue()));
        assertEquals(some.keySet(), model().extractTopics(fitted().context(), some).keySet());
        assertEquals(Map.of(), model().extractTopics(fitted().context(), Map.of()));
    }

    @Test
    void isDeterministic() {
        assertSame(model().extractTopics(fitted().context(), candidates()),
                model().extractTopics(fitted().context(), candidates()));
    }

    @Test
    void eightThreadsGetWhatSequentialCallsGet() throws Exception {
        RepresentationModel model = model();
        Map<Integer, Representation> expected = model.extractTopics(fitted().context(), candidates());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Map<Integer, Representation>>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> model.extractTopics(fitted().context(), candidates())));
            }
            for (Future<Map<Integer, Representation>> f : futures) {
                assertSame(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void refusesNullContext() {
        String m = assertThrows(IllegalArgumentException.class, () -> model().extractTopics(null, candidates()))
                .getMessage();
        assertTrue(m.contains("context"), m);
    }

    @Test
    void refusesNullTopics() {
        String m = assertThrows(IllegalArgumentException.class, () -> model().extractTopics(fitted().context(), null))
                .getMessage();
        assertTrue(m.contains("topics"), m);
    }

    @Test
    void refusesUnknownTopics() {
        Map<Integer, List<WordScore>> input = candidates();
        input.put(987_654, List.of(new WordScore("word", 1.0)));
        String m = assertThrows(IllegalArgumentException.class, () -> model().extractTopics(fitted().context(), input))
                .getMessage();
        assertTrue(m.contains("987654"), m);
    }
}
