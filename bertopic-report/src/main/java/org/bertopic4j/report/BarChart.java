package org.bertopic4j.report;

import java.util.ArrayList;
import java.util.List;
import org.bertopic4j.TopicModel;
import org.bertopic4j.WordScore;

/**
 * BERTopic's {@code visualize_barchart} as SVG: the first {@code topN} topics by frequency (sorted by
 * id), each a panel of its top {@code nWords} words as horizontal bars, best on top, four panels per
 * row, panel colours from BERTopic's palette, panel titles {@code "Topic {id}"}.
 */
final class BarChart {
    private static final int COLUMNS = 4;
    private static final double PANEL_W = 250;
    private static final double PANEL_H = 250;
    private static final double LABEL_W = 90;

    private BarChart() {
    }

    /** The chart, or an empty string when the model has no topics with words. */
    static String render(TopicModel model, int topN, int nWords) {
        List<Integer> topics = new ArrayList<>();
        model.topicSizes().entrySet().stream().filter(e -> e.getKey() >= 0)
                .sorted((a, b) -> Integer.compare(b.getValue(), a.getValue())).limit(topN)
                .forEach(e -> topics.add(e.getKey()));
        topics.sort(null);
        if (topics.isEmpty()) {
            return "";
        }
        int rows = (topics.size() + COLUMNS - 1) / COLUMNS;
        int cols = Math.min(COLUMNS, topics.size());
        Svg svg = new Svg(cols * PANEL_W, rows * PANEL_H, "Topic word scores");
        for (int p = 0; p < topics.size(); p++) {
            panel(svg, model, topics.get(p), nWords, (p % COLUMNS) * PANEL_W, (p / COLUMNS) * PANEL_H,
                    Svg.BARCHART_PALETTE[p % Svg.BARCHART_PALETTE.length]);
        }
        return svg.end();
    }

    private static void panel(Svg svg, TopicModel model, int topic, int nWords, double x0, double y0, String colour) {
        List<WordScore> words = model.topic(topic).stream().filter(w -> !w.word().isEmpty()).limit(nWords).toList();
        svg.text(x0 + PANEL_W / 2, y0 + 20, "Topic " + topic, "middle", 14, true);
        double max = words.stream().mapToDouble(WordScore::score).max().orElse(0);
        double barArea = PANEL_W - LABEL_W - 20;
        double top = y0 + 35;
        double slot = (PANEL_H - 70) / Math.max(nWords, 1);
        for (int i = 0; i < words.size(); i++) {
            WordScore w = words.get(i);
            double y = top + i * slot;
            double len = max > 0 ? Math.max(w.score(), 0) / max * barArea : 0;
            svg.text(x0 + LABEL_W - 5, y + slot * 0.6, w.word(), "end", 11, false);
            svg.rect(x0 + LABEL_W, y + slot * 0.15, len, slot * 0.7, colour,
                    w.word() + ": " + String.format(java.util.Locale.ROOT, "%.4f", w.score()));
        }
        double axisY = top + nWords * slot + 4;
        svg.line(x0 + LABEL_W, axisY, x0 + LABEL_W + barArea, axisY, "#888", 1);
        svg.text(x0 + LABEL_W, axisY + 14, "0", "middle", 10, false);
        svg.text(x0 + LABEL_W + barArea, axisY + 14, String.format(java.util.Locale.ROOT, "%.3g", max), "middle", 10,
                false);
    }
}
