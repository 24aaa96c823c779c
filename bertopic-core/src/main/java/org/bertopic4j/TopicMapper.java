package org.bertopic4j;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The history of topic ids, from the clusterer's raw labels through every renumbering (BERTopic's
 * {@code TopicMapper}): one row per raw cluster label, each row the ids that label had after each
 * step. Immutable; {@link #then(Map)} returns a mapper with one more step.
 */
public final class TopicMapper {
    private final List<int[]> rows;

    private TopicMapper(List<int[]> rows) {
        this.rows = rows;
    }

    /** A mapper whose raw labels are {@code labels}' distinct values, each mapped to itself (BERTopic starts with two equal columns). */
    public static TopicMapper of(int[] labels) {
        List<int[]> rows = new ArrayList<>();
        Arrays.stream(labels).distinct().sorted().forEach(l -> rows.add(new int[] {l, l}));
        return new TopicMapper(List.copyOf(rows));
    }

    /**
     * Adds a step: every row's last id {@code t} becomes {@code mapping.get(t)}, or {@code -1} when the
     * mapping does not name it (as BERTopic's {@code add_mappings}).
     */
    public TopicMapper then(Map<Integer, Integer> mapping) {
        List<int[]> next = new ArrayList<>(rows.size());
        for (int[] row : rows) {
            int[] r = Arrays.copyOf(row, row.length + 1);
            r[row.length] = mapping.getOrDefault(row[row.length - 1], -1);
            next.add(r);
        }
        return new TopicMapper(List.copyOf(next));
    }

    /**
     * Adds one row per new raw label, {@code raw -> id} (BERTopic's {@code add_new_topics}, used by online
     * topic modelling); the row's intermediate columns, {@code None} upstream, hold the new id.
     */
    TopicMapper withNewTopics(Map<Integer, Integer> newTopics) {
        List<int[]> next = new ArrayList<>(rows);
        int width = rows.isEmpty() ? 2 : rows.get(0).length;
        newTopics.forEach((raw, id) -> {
            int[] row = new int[width];
            Arrays.fill(row, id);
            row[0] = raw;
            next.add(row);
        });
        return new TopicMapper(List.copyOf(next));
    }

    /** Raw cluster label -> current topic id (BERTopic's {@code get_mappings(original_topics=True)}). */
    public Map<Integer, Integer> originalToCurrent() {
        Map<Integer, Integer> m = new TreeMap<>();
        for (int[] row : rows) {
            m.put(row[0], row[row.length - 1]);
        }
        return m;
    }

    /** Maps raw cluster labels to current topic ids; unknown labels become {@code -1}. */
    public int[] mapLabels(int[] rawLabels) {
        Map<Integer, Integer> m = originalToCurrent();
        int[] out = new int[rawLabels.length];
        for (int i = 0; i < rawLabels.length; i++) {
            out[i] = m.getOrDefault(rawLabels[i], -1);
        }
        return out;
    }

    /**
     * Re-orders the columns of a raw-cluster membership matrix into current topic ids, summing columns
     * that map to one topic (BERTopic's {@code _map_probabilities}); raw cluster {@code c} is column
     * {@code c}; outlier targets are dropped.
     *
     * @param topicCount number of current topics, not counting {@code -1}
     */
    public double[][] mapMembership(double[][] raw, int topicCount) {
        Map<Integer, Integer> m = originalToCurrent();
        double[][] out = new double[raw.length][topicCount];
        for (Map.Entry<Integer, Integer> e : m.entrySet()) {
            int from = e.getKey();
            int to = e.getValue();
            if (from < 0 || to < 0) {
                continue;
            }
            for (int i = 0; i < raw.length; i++) {
                if (from < raw[i].length) {
                    out[i][to] += raw[i][from];
                }
            }
        }
        return out;
    }

    /** The full history, one row per raw label (copies). */
    public List<int[]> history() {
        List<int[]> out = new ArrayList<>(rows.size());
        for (int[] r : rows) {
            out.add(r.clone());
        }
        return out;
    }

    /**
     * The renumbering that sorts topics by size, largest first (BERTopic's
     * {@code _sort_mappings_by_frequency}); {@code -1} stays {@code -1}. Equal sizes keep the order in
     * which the topics first appear in {@code topics} (upstream leaves this to pandas' unstable sort;
     * see docs/differences.md).
     */
    static Map<Integer, Integer> bySize(int[] topics) {
        Map<Integer, Integer> sizes = new LinkedHashMap<>();
        for (int t : topics) {
            sizes.merge(t, 1, Integer::sum);
        }
        List<Integer> ids = new ArrayList<>(sizes.keySet());
        ids.remove(Integer.valueOf(-1));
        ids.sort((a, b) -> Integer.compare(sizes.get(b), sizes.get(a)));
        Map<Integer, Integer> mapping = new LinkedHashMap<>();
        if (sizes.containsKey(-1)) {
            mapping.put(-1, -1);
        }
        for (int i = 0; i < ids.size(); i++) {
            mapping.put(ids.get(i), i);
        }
        return mapping;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("TopicMapper[");
        for (int[] r : rows) {
            sb.append(Arrays.toString(r));
        }
        return sb.append(']').toString();
    }
}
