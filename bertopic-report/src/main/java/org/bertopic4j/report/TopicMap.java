package org.bertopic4j.report;

import java.util.List;
import java.util.Map;
import org.bertopic4j.TopicModel;

/**
 * BERTopic's intertopic distance map ({@code visualize_topics}) as SVG: topic vectors laid out in 2-D
 * by classical MDS on cosine distances, one bubble per topic with its area proportional to the
 * topic's size, the topic id written on it and its name and size on hover.
 */
final class TopicMap {
    private static final double SIZE = 650;
    private static final double MARGIN = 60;

    private TopicMap() {
    }

    /** The map, or an empty string with fewer than two topics. */
    static String render(TopicModel model, TopicVectors vectors) {
        List<Integer> topics = vectors.topics();
        if (topics.size() < 2) {
            return "";
        }
        double[][] xy = Projection.cosineMds(vectors.vectors());
        Scale scale = Scale.fit(xy, MARGIN, SIZE - MARGIN, MARGIN, SIZE - MARGIN);
        Map<Integer, Integer> sizes = model.topicSizes();
        int largest = topics.stream().mapToInt(sizes::get).max().orElse(1);
        Svg svg = new Svg(SIZE, SIZE, "Intertopic distance map");
        double ox = scale.x(0);
        double oy = scale.y(0);
        svg.line(ox, MARGIN / 2, ox, SIZE - MARGIN / 2, "#BBB", 1);
        svg.line(MARGIN / 2, oy, SIZE - MARGIN / 2, oy, "#BBB", 1);
        svg.text(SIZE - MARGIN / 2, oy - 6, "D1", "end", 11, false);
        svg.text(ox + 6, MARGIN / 2 + 10, "D2", "start", 11, false);
        for (int i = 0; i < topics.size(); i++) {
            int t = topics.get(i);
            double r = 6 + 34 * Math.sqrt(sizes.get(t) / (double) largest);
            double cx = scale.x(xy[i][0]);
            double cy = scale.y(xy[i][1]);
            svg.circle(cx, cy, r, "#B0BEC5", 0.6, TopicLabels.shortName(model, t) + " (size " + sizes.get(t) + ")");
            svg.text(cx, cy + 4, Integer.toString(t), "middle", 11, false);
        }
        return svg.end();
    }
}
