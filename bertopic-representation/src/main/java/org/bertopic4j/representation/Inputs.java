package org.bertopic4j.representation;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bertopic4j.EmbeddingBackend;
import org.bertopic4j.RepresentationContext;
import org.bertopic4j.WordScore;

/** Argument checks and small helpers shared by the representation models. */
final class Inputs {
    private Inputs() {
    }

    /**
     * Checks the arguments of {@code extractTopics}: both present, and every topic id known to the context.
     *
     * @throws IllegalArgumentException naming the bad argument and the fix
     */
    static void require(String model, RepresentationContext context, Map<Integer, List<WordScore>> topics) {
        if (context == null) {
            throw new IllegalArgumentException(model + ": context is null; representation models are run by "
                    + "BERTopic.fit, which passes the fitted state");
        }
        if (topics == null) {
            throw new IllegalArgumentException(model + ": topics is null; give the candidate words per topic id");
        }
        Set<Integer> known = new java.util.TreeSet<>();
        for (int t : context.cTfIdfTopics()) {
            known.add(t);
        }
        for (Map.Entry<Integer, List<WordScore>> e : topics.entrySet()) {
            if (e.getKey() == null || !known.contains(e.getKey())) {
                throw new IllegalArgumentException(model + ": topics holds unknown topic " + e.getKey()
                        + "; the fitted topics are " + known);
            }
            if (e.getValue() == null) {
                throw new IllegalArgumentException(model + ": topics holds null words for topic " + e.getKey());
            }
        }
    }

    /** The context's embedding backend, or an error that names the fix. */
    static EmbeddingBackend backend(String model, RepresentationContext context) {
        return context.embeddingBackend().orElseThrow(() -> new IllegalArgumentException(model
                + " needs an embedding backend to embed words, and this model has none: set "
                + "BERTopic.builder().embeddingBackend(...) to the model that embedded the documents "
                + "(for example SentenceEmbedder.allMiniLmL6V2() from bertopic-backend-djl)"));
    }

    /** The row of {@code c-TF-IDF} that belongs to a topic id. */
    static int ctfidfRow(RepresentationContext context, int topic) {
        int[] ids = context.cTfIdfTopics();
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == topic) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown topic " + topic);
    }

    /** Float rows as doubles. */
    static double[] toDouble(float[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i];
        }
        return out;
    }

    /** The element-wise mean of some rows. */
    static double[] mean(List<float[]> rows) {
        double[] out = new double[rows.get(0).length];
        for (float[] r : rows) {
            for (int j = 0; j < out.length; j++) {
                out[j] += r[j];
            }
        }
        for (int j = 0; j < out.length; j++) {
            out[j] /= rows.size();
        }
        return out;
    }
}
