package org.bertopic4j.report;

import java.util.List;
import java.util.Locale;
import org.bertopic4j.TopicModel;

/**
 * BERTopic's {@code visualize_heatmap} as SVG: the cosine similarity of every pair of topic vectors,
 * coloured on a GnBu-like scale from the smallest to the largest similarity shown, labels
 * {@code "{id}_w1_w2_w3"}, the exact value on hover.
 */
final class Heatmap {
    private static final double LABEL_W = 190;
    private static final double MAX_PLOT = 620;
    /** Plotly's GnBu colour scale stops. */
    private static final int[][] GNBU = {{247, 252, 240}, {224, 243, 219}, {204, 235, 197}, {168, 221, 181},
        {123, 204, 196}, {78, 179, 211}, {43, 140, 190}, {8, 104, 172}, {8, 64, 129}};

    private Heatmap() {
    }

    /** The heatmap, or an empty string with fewer than two topics. */
    static String render(TopicModel model, TopicVectors vectors) {
        List<Integer> topics = vectors.topics();
        int k = topics.size();
        if (k < 2) {
            return "";
        }
        double[][] sim = Projection.cosineSimilarity(vectors.vectors());
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] row : sim) {
            for (double v : row) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        double cell = Math.max(4, Math.min(40, MAX_PLOT / k));
        double fontSize = Math.min(11, cell * 0.9);
        double offset = Math.min(cell * 0.7, cell / 2 + fontSize / 3);
        double plot = cell * k;
        Svg svg = new Svg(LABEL_W + plot + 20, LABEL_W + plot, "Topic similarity matrix");
        for (int i = 0; i < k; i++) {
            String label = TopicLabels.shortName(model, topics.get(i));
            svg.text(LABEL_W - 4, LABEL_W + i * cell + offset, label, "end", fontSize, false);
            for (int j = 0; j < k; j++) {
                String title = label + " / " + TopicLabels.shortName(model, topics.get(j)) + ": "
                        + String.format(Locale.ROOT, "%.3f", sim[i][j]);
                double t = hi > lo ? (sim[i][j] - lo) / (hi - lo) : 1;
                svg.rect(LABEL_W + j * cell, LABEL_W + i * cell, cell, cell, colour(t), title);
            }
        }
        for (int j = 0; j < k; j++) {
            double x = LABEL_W + j * cell + offset;
            svg.risingText(x, LABEL_W - 4, TopicLabels.shortName(model, topics.get(j)), fontSize);
        }
        return svg.end();
    }

    /** The GnBu colour at {@code t} in [0, 1], linearly interpolated between stops. */
    static String colour(double t) {
        double pos = Math.max(0, Math.min(1, t)) * (GNBU.length - 1);
        int a = (int) Math.floor(pos);
        int b = Math.min(a + 1, GNBU.length - 1);
        double f = pos - a;
        int[] rgb = new int[3];
        for (int c = 0; c < 3; c++) {
            rgb[c] = (int) Math.round(GNBU[a][c] + (GNBU[b][c] - GNBU[a][c]) * f);
        }
        return String.format(Locale.ROOT, "#%02X%02X%02X", rgb[0], rgb[1], rgb[2]);
    }
}
