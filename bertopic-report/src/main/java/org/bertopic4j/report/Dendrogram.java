package org.bertopic4j.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * BERTopic's {@code visualize_hierarchy} (orientation "left") as SVG: leaf labels on the left in the
 * tree's left-first order, each merge drawn as a bracket at its distance, distance growing to the
 * right. Like SciPy's dendrogram, subtrees merged below 70% of the largest distance get one palette
 * colour each and links above that threshold are grey.
 */
final class Dendrogram {
    private static final double ROW_H = 18;
    private static final double LABEL_W = 200;
    private static final double PLOT_W = 480;
    private static final double TOP = 20;
    private static final String ABOVE_THRESHOLD = "#888888";

    private final TopicHierarchy tree;
    private final int n;
    private final double[] y;
    private final double maxDistance;
    private final Svg svg;
    private int clusters;

    private Dendrogram(TopicHierarchy tree) {
        this.tree = tree;
        this.n = tree.leafLabels().size();
        this.y = new double[2 * n - 1];
        this.maxDistance = tree.merges().stream().mapToDouble(TopicHierarchy.Merge::distance).max().orElse(0);
        this.svg = new Svg(LABEL_W + PLOT_W + 30, TOP + n * ROW_H + 40, "Hierarchical clustering of topics");
    }

    /** The dendrogram. */
    static String render(TopicHierarchy tree) {
        Dendrogram d = new Dendrogram(tree);
        List<Integer> order = new ArrayList<>();
        d.leafOrder(tree.root(), order);
        for (int i = 0; i < order.size(); i++) {
            d.y[order.get(i)] = TOP + (i + 0.5) * ROW_H;
            d.svg.text(LABEL_W - 6, d.y[order.get(i)] + 4, tree.leafLabels().get(order.get(i)), "end", 11, false);
        }
        d.draw(tree.root(), null);
        double axisY = TOP + d.n * ROW_H + 8;
        d.svg.line(LABEL_W, axisY, LABEL_W + PLOT_W, axisY, "#888", 1);
        d.svg.text(LABEL_W, axisY + 14, "0", "middle", 10, false);
        d.svg.text(LABEL_W + PLOT_W, axisY + 14, String.format(Locale.ROOT, "%.3g", d.maxDistance), "middle", 10,
                false);
        return d.svg.end();
    }

    private void leafOrder(int node, List<Integer> out) {
        if (node < n) {
            out.add(node);
            return;
        }
        TopicHierarchy.Merge m = tree.merges().get(node - n);
        leafOrder(m.left(), out);
        leafOrder(m.right(), out);
    }

    /** Draws the subtree under {@code node}; {@code colour} is its cluster colour once below the threshold. */
    private void draw(int node, String colour) {
        if (node < n) {
            return;
        }
        TopicHierarchy.Merge m = tree.merges().get(node - n);
        String own = colour;
        if (own == null && m.distance() < 0.7 * maxDistance) {
            own = Svg.BARCHART_PALETTE[clusters++ % Svg.BARCHART_PALETTE.length];
        }
        draw(m.left(), own);
        draw(m.right(), own);
        y[node] = (y[m.left()] + y[m.right()]) / 2;
        double x = x(m.distance());
        svg.polyline(new double[] {x(height(m.left())), y[m.left()], x, y[m.left()], x, y[m.right()],
            x(height(m.right())), y[m.right()]}, own == null ? ABOVE_THRESHOLD : own, 1.5);
        svg.circle(x, y[node], 3, own == null ? ABOVE_THRESHOLD : own, 0.01,
                "distance " + String.format(Locale.ROOT, "%.4f", m.distance()));
    }

    private double height(int node) {
        return node < n ? 0 : tree.merges().get(node - n).distance();
    }

    private double x(double distance) {
        return LABEL_W + (maxDistance > 0 ? distance / maxDistance * PLOT_W : 0);
    }
}
