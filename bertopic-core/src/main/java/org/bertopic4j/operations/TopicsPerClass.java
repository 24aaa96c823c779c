package org.bertopic4j.operations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bertopic4j.TopicModel;
import org.bertopic4j.matrix.CsrMatrix;

/**
 * Topic words within each class (BERTopic's {@code topics_per_class}, SPEC §2.19): for every class, the
 * c-TF-IDF of its documents per topic under the fitted vectorizer, with global tuning averaged with the
 * topic's global (L1-normalised) words. Classes come in order of first appearance (upstream iterates a
 * Python set, whose order is arbitrary); rows within a class by topic id.
 */
public final class TopicsPerClass {
    private TopicsPerClass() {
    }

    /**
     * The rows for the model's documents.
     *
     * @param classes one class per document, in the model's document order
     * @param globalTuning average with the global topic words (BERTopic's default true)
     * @throws IllegalArgumentException when {@code classes} is null, holds null, or has another length than the
     *     model's documents
     */
    public static List<TopicClassRow> of(TopicModel model, List<String> classes, boolean globalTuning) {
        Objects.requireNonNull(model, "model");
        List<String> docs = model.corpus().documents().orElseThrow(() -> new IllegalArgumentException(
                "topicsPerClass needs the model's documents, and its corpus has none"));
        if (classes == null || classes.size() != docs.size() || classes.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("classes has " + (classes == null ? "no list (null)"
                    : classes.size() + " entries" + (classes.stream().anyMatch(Objects::isNull) ? " with null" : "")) + " but the model has "
                    + docs.size() + " documents; give one non-null class per document, in order");
        }
        int[] topics = model.topics();
        Map<String, List<Integer>> rowsByClass = new LinkedHashMap<>();
        for (int i = 0; i < classes.size(); i++) {
            rowsByClass.computeIfAbsent(classes.get(i), c -> new ArrayList<>()).add(i);
        }
        CsrMatrix global = globalTuning ? SubsetWords.globalL1(model) : null;
        List<TopicClassRow> out = new ArrayList<>();
        rowsByClass.forEach((name, rows) -> {
            List<String> d = new ArrayList<>(rows.size());
            List<Integer> t = new ArrayList<>(rows.size());
            rows.forEach(r -> {
                d.add(docs.get(r));
                t.add(topics[r]);
            });
            SubsetWords.Subset subset = SubsetWords.ctfidf(model, d, t, globalTuning);
            if (globalTuning) {
                subset = SubsetWords.tuneGlobally(model, subset, global);
            }
            Map<Integer, String> words = SubsetWords.words(model, subset);
            for (int r = 0; r < subset.topics().length; r++) {
                int topic = subset.topics()[r];
                out.add(new TopicClassRow(topic, words.get(topic), subset.counts()[r], name));
            }
        });
        return List.copyOf(out);
    }
}
