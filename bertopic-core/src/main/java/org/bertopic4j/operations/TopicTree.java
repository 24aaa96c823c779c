package org.bertopic4j.operations;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** BERTopic's {@code get_topic_tree}: the hierarchy as an indented text tree with box-drawing characters. */
final class TopicTree {
    private TopicTree() {
    }

    static String render(List<HierarchyRow> hierarchy, Double maxDistance, boolean tightLayout) {
        if (hierarchy == null || hierarchy.isEmpty()) {
            throw new IllegalArgumentException("hierarchy is empty: give the rows of TopicModel.hierarchicalTopics()");
        }
        int width = tightLayout ? 1 : 4;
        double max = maxDistance != null ? maxDistance
                : hierarchy.stream().mapToDouble(HierarchyRow::distance).max().orElse(0) + 1;
        int maxOriginal = hierarchy.stream().mapToInt(HierarchyRow::parentId).min().orElse(0) - 1;
        Map<Integer, String> names = new HashMap<>();
        Map<Integer, int[]> children = new HashMap<>();
        Map<Integer, Double> distanceAsChild = new HashMap<>();
        for (HierarchyRow r : hierarchy) {
            names.put(r.childLeftId(), truncate(r.childLeftName()));
            names.put(r.childRightId(), truncate(r.childRightName()));
            children.put(r.parentId(), new int[] {r.childLeftId(), r.childRightId()});
        }
        for (HierarchyRow r : hierarchy) { // upstream takes the first row (Parent_ID descending) naming the child
            distanceAsChild.putIfAbsent(r.childLeftId(), r.distance());
            distanceAsChild.putIfAbsent(r.childRightId(), r.distance());
        }
        int start = hierarchy.stream().mapToInt(HierarchyRow::parentId).max().orElse(0);
        StringBuilder out = new StringBuilder(".\n");
        new Walker(names, children, distanceAsChild, max, maxOriginal, width, start).walk(out, start, "");
        return out.toString();
    }

    private static String truncate(String name) {
        return name.length() > 100 ? name.substring(0, 100) : name;
    }

    private record Walker(Map<Integer, String> names, Map<Integer, int[]> children, Map<Integer, Double> distances,
                          double maxDistance, int maxOriginal, int width, int start) {
        void walk(StringBuilder out, int node, String indent) {
            double distance = distances.getOrDefault(node, 10.0);
            if (node != start) {
                if (node <= maxOriginal) {
                    if (distance < maxDistance) {
                        out.append("■──").append(names.get(node)).append(" ── Topic: ").append(node).append('\n');
                    } else {
                        out.append("O \n");
                    }
                } else {
                    out.append(names.get(node)).append('\n');
                }
            }
            int[] kids = children.get(node);
            if (kids == null) {
                return;
            }
            out.append(indent).append("├─");
            walk(out, kids[0], indent + "│" + " ".repeat(width));
            out.append(indent).append("└─");
            walk(out, kids[1], indent + " ".repeat(width + 1));
        }
    }
}
