package org.bertopic4j;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bertopic4j.matrix.CsrMatrix;

/**
 * Deleting topics (BERTopic's {@code delete_topics}, SPEC §2.15): their documents become outliers, their
 * rows leave the c-TF-IDF and the topic embeddings, and the remaining topics are renumbered by size with
 * their words, aspects and representative documents unchanged. When the model had no outliers, the new
 * outlier topic gets a zero c-TF-IDF row, a zero embedding and the placeholder word {@code ("", 1e-05)}.
 * Custom labels of the kept topics move with them.
 */
final class TopicDeleter {
    private static final List<WordScore> PLACEHOLDER = List.of(new WordScore("", 1e-05));

    private TopicDeleter() {
    }

    static TopicModel delete(TopicModel model, int[] toDelete) {
        if (toDelete == null || toDelete.length == 0) {
            throw new IllegalArgumentException("topics to delete are missing: give at least one topic id");
        }
        TopicRemapping.requireTopics(model, "topics to delete", Arrays.stream(toDelete).boxed().toList());
        if (toDelete.length == model.topicCount()) {
            throw new IllegalArgumentException("deleting all " + toDelete.length + " topics leaves none; keep at "
                    + "least one topic");
        }
        Map<Integer, Integer> step = new LinkedHashMap<>();
        step.put(-1, -1);
        for (int t : model.topicIds()) {
            step.put(t, t);
        }
        for (int t : toDelete) {
            step.put(t, -1);
        }
        int[] old = model.topics();
        int[] kept = new int[old.length];
        for (int i = 0; i < old.length; i++) {
            kept[i] = step.get(old[i]);
        }
        Map<Integer, Integer> bySize = TopicMapper.bySize(kept);
        TopicMapper mapper = model.topicMapper().then(step).then(bySize);
        int[] topics = new int[old.length];
        for (int i = 0; i < old.length; i++) {
            topics[i] = bySize.get(kept[i]);
        }
        Map<Integer, Integer> newToOld = new TreeMap<>();
        bySize.forEach((from, to) -> newToOld.put(to, from));
        int[] newIds = newToOld.keySet().stream().mapToInt(Integer::intValue).toArray();
        List<Integer> oldIds = model.topicIds();
        int[] oldRows = new int[newIds.length];
        Map<Integer, List<WordScore>> words = new LinkedHashMap<>();
        Map<Integer, List<Integer>> representative = new LinkedHashMap<>();
        for (int r = 0; r < newIds.length; r++) {
            int from = newToOld.get(newIds[r]);
            oldRows[r] = oldIds.indexOf(from);
            words.put(newIds[r], oldRows[r] < 0 ? PLACEHOLDER : model.topic(from));
            representative.put(newIds[r], oldRows[r] < 0 ? List.of() : model.representativeRowMap().get(from));
        }
        Map<String, Map<Integer, Representation>> aspects = new LinkedHashMap<>();
        model.aspects().forEach((name, reps) -> {
            Map<Integer, Representation> m = new LinkedHashMap<>();
            for (int r = 0; r < newIds.length; r++) {
                Representation rep = reps.get(newToOld.get(newIds[r]));
                if (rep != null) {
                    m.put(newIds[r], rep);
                }
            }
            aspects.put(name, m);
        });
        Map<Integer, Integer> oldToNew = new TreeMap<>();
        step.forEach((from, mid) -> oldToNew.put(from, bySize.get(mid)));
        double[][] matrix = model.matrixView() == null ? null
                : TopicRemapping.mergeColumns(model.matrixView(), oldToNew, model.topicCount() - toDelete.length);
        TopicModel deleted = new TopicModel(model.config(), model.corpus(), model.documentList(), topics,
                model.strengthsView(), matrix, mapper, newIds, words, aspects, rows(model.cTfIdf(), oldRows),
                model.vectorizer(), model.classTfidf(),
                model.topicEmbeddingsView() == null ? null : rows(model.topicEmbeddingsView(), oldRows),
                representative, model.parts().reduction(), model.parts().clustering());
        if (model.customLabels().isEmpty()) {
            return deleted;
        }
        Map<Integer, String> labels = new TreeMap<>();
        model.customLabels().forEach((from, label) -> {
            int to = oldToNew.get(from);
            if (from == -1 || to != -1) {
                labels.put(to, label);
            }
        });
        return deleted.withTopicLabels(labels);
    }

    /** The rows {@code oldRows} in order; {@code -1} gives a zero row. */
    private static CsrMatrix rows(CsrMatrix m, int[] oldRows) {
        int[] ptr = new int[oldRows.length + 1];
        List<Integer> idx = new ArrayList<>();
        List<Double> val = new ArrayList<>();
        for (int r = 0; r < oldRows.length; r++) {
            if (oldRows[r] >= 0) {
                for (int k = m.rowStart(oldRows[r]); k < m.rowEnd(oldRows[r]); k++) {
                    idx.add(m.indexAt(k));
                    val.add(m.valueAt(k));
                }
            }
            ptr[r + 1] = idx.size();
        }
        return new CsrMatrix(oldRows.length, m.cols(), ptr, idx.stream().mapToInt(Integer::intValue).toArray(),
                val.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static double[][] rows(double[][] m, int[] oldRows) {
        double[][] out = new double[oldRows.length][];
        for (int r = 0; r < oldRows.length; r++) {
            out[r] = oldRows[r] >= 0 ? m[oldRows[r]].clone() : new double[m[0].length];
        }
        return out;
    }
}
