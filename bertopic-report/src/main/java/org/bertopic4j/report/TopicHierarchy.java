package org.bertopic4j.report;

import java.util.List;
import java.util.Objects;

/**
 * A binary merge tree over topics, in SciPy's linkage convention: the leaves are numbered
 * {@code 0..n-1} in the order of {@link #leafLabels()}, and merge {@code i} creates node {@code n + i}
 * from two earlier nodes at a distance. BERTopic's {@code hierarchical_topics} output maps onto it
 * directly (leaf = topic id, {@code Parent_ID = n + i}, {@code Child_Left_ID}, {@code Child_Right_ID},
 * {@code Distance}). Validated when built: a complete tree, each node used exactly once.
 *
 * <pre>{@code
 * TopicHierarchy h = TopicHierarchy.of(List.of("0_cats", "1_dogs", "2_cars"),
 *         List.of(new TopicHierarchy.Merge(0, 1, 0.4), new TopicHierarchy.Merge(3, 2, 0.9)));
 * }</pre>
 *
 * @param leafLabels the label of each leaf
 * @param merges the {@code n - 1} merges, in the order they create nodes
 */
public record TopicHierarchy(List<String> leafLabels, List<Merge> merges) {

    /**
     * One merge of two nodes.
     *
     * @param left a leaf ({@code < n}) or an earlier merge's node ({@code n + i})
     * @param right the other child, likewise
     * @param distance the height of the merge, finite and {@code >= 0}
     */
    public record Merge(int left, int right, double distance) {
    }

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException when the merges do not form one tree over the leaves
     */
    public TopicHierarchy {
        Objects.requireNonNull(leafLabels, "leafLabels");
        Objects.requireNonNull(merges, "merges");
        leafLabels = List.copyOf(leafLabels);
        merges = List.copyOf(merges);
        int n = leafLabels.size();
        if (n < 2) {
            throw new IllegalArgumentException("leafLabels has " + n + " entries: a hierarchy needs at least 2 leaves");
        }
        if (merges.size() != n - 1) {
            throw new IllegalArgumentException("merges has " + merges.size() + " entries but " + n
                    + " leaves need exactly " + (n - 1) + "; give one merge per internal node");
        }
        boolean[] used = new boolean[2 * n - 1];
        for (int i = 0; i < merges.size(); i++) {
            Merge m = merges.get(i);
            if (!Double.isFinite(m.distance()) || m.distance() < 0) {
                throw new IllegalArgumentException("merges[" + i + "].distance is " + m.distance()
                        + ": give a finite distance >= 0");
            }
            for (int child : new int[] {m.left(), m.right()}) {
                if (child < 0 || child >= n + i) {
                    throw new IllegalArgumentException("merges[" + i + "] names node " + child
                            + ", which does not exist yet; children must be leaves 0.." + (n - 1)
                            + " or earlier merges' nodes " + n + ".." + (n + i - 1));
                }
                if (used[child]) {
                    throw new IllegalArgumentException("merges[" + i + "] merges node " + child
                            + " a second time; each node has exactly one parent");
                }
                used[child] = true;
            }
        }
    }

    /** The id of the root node ({@code 2n - 2}). */
    public int root() {
        return 2 * leafLabels.size() - 2;
    }
}
