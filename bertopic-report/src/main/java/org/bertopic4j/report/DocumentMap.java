package org.bertopic4j.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.bertopic4j.TopicModel;

/**
 * BERTopic's {@code visualize_documents} as SVG: every (sampled) document as a dot at its 2-D
 * projection (PCA of L2-normalised embeddings), coloured by topic, outliers grey and underneath,
 * each topic's id written at the centre of its dots, the topic name and document text on hover.
 * Sampling follows BERTopic: topics with fewer than 100 documents are kept whole, larger ones keep
 * the same fraction, drawn with a seeded generator so the page is reproducible.
 */
final class DocumentMap {
    private static final double WIDTH = 1000;
    private static final double HEIGHT = 650;
    private static final double MARGIN = 30;
    private static final int HOVER_CHARS = 150;

    private DocumentMap() {
    }

    /** The map, or an empty string when there are fewer than three documents. */
    static String render(TopicModel model, double[][] embeddings, List<String> documents, int maxPoints, long seed) {
        int[] topics = model.topics();
        int[] rows = sample(topics, maxPoints, seed);
        if (rows.length < 3) {
            return "";
        }
        double[][] picked = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            picked[i] = embeddings[rows[i]];
        }
        double[][] xy = Projection.normalisedPca(picked);
        Scale scale = Scale.fit(xy, MARGIN, WIDTH - MARGIN, MARGIN, HEIGHT - MARGIN);
        Svg svg = new Svg(WIDTH, HEIGHT, "Documents and topics");
        Map<Integer, double[]> centres = new TreeMap<>();
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < rows.length; i++) {
                int t = topics[rows[i]];
                if ((t < 0) != (pass == 0)) {
                    continue;
                }
                double x = scale.x(xy[i][0]);
                double y = scale.y(xy[i][1]);
                String hover = TopicLabels.shortName(model, t)
                        + (documents == null ? "" : ": " + shorten(documents.get(rows[i])));
                svg.circle(x, y, 2.5, Svg.topicColour(t), t < 0 ? 0.4 : 0.75, hover);
                if (t >= 0) {
                    double[] c = centres.computeIfAbsent(t, k -> new double[3]);
                    c[0] += x;
                    c[1] += y;
                    c[2]++;
                }
            }
        }
        centres.forEach((t, c) -> svg.text(c[0] / c[2], c[1] / c[2], Integer.toString(t), "middle", 12, true));
        return svg.end();
    }

    /** The sampled row ids, ascending: all rows when there are at most {@code maxPoints}. */
    static int[] sample(int[] topics, int maxPoints, long seed) {
        int n = topics.length;
        if (n <= maxPoints) {
            return java.util.stream.IntStream.range(0, n).toArray();
        }
        double fraction = maxPoints / (double) n;
        Map<Integer, List<Integer>> members = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            members.computeIfAbsent(topics[i], k -> new ArrayList<>()).add(i);
        }
        Random random = new Random(seed);
        List<Integer> out = new ArrayList<>();
        for (List<Integer> rows : members.values()) {
            int keep = rows.size() < 100 ? rows.size() : (int) (rows.size() * fraction);
            for (int i = 0; i < keep; i++) {
                int j = i + random.nextInt(rows.size() - i);
                Integer tmp = rows.get(i);
                rows.set(i, rows.get(j));
                rows.set(j, tmp);
                out.add(rows.get(i));
            }
        }
        return out.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    private static String shorten(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.codePointCount(0, flat.length()) <= HOVER_CHARS ? flat
                : flat.substring(0, flat.offsetByCodePoints(0, HOVER_CHARS)) + "...";
    }
}
