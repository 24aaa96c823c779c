package org.bertopic4j.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The 2-D layouts and small chart helpers. */
class LayoutTest {

    private static double distance(double[] a, double[] b) {
        return Math.hypot(a[0] - b[0], a[1] - b[1]);
    }

    @Test
    void mdsReproducesTheCosineDistancesOfThreeTopics() {
        double[][] rows = {{1, 0, 0, 0}, {0.6, 0.8, 0, 0}, {0.2, 0.3, 0.9, 0.1}};
        double[][] xy = Projection.cosineMds(rows);
        double[][] unit = Projection.normalise(rows);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double cos = 0;
                for (int k = 0; k < 4; k++) {
                    cos += unit[i][k] * unit[j][k];
                }
                assertEquals(1 - cos, distance(xy[i], xy[j]), 1e-9, i + "," + j);
            }
        }
    }

    @Test
    void pcaOfPointsOnAGreatCircleKeepsTheirDistances() {
        Random random = new Random(3);
        double[] u = {0.5, 0.5, 0.5, 0.5, 0, 0};
        double[] v = {0.5, -0.5, 0.5, -0.5, 0, 0};
        double[][] rows = new double[40][6];
        for (int i = 0; i < rows.length; i++) {
            double angle = random.nextDouble() * Math.PI;
            double scale = 0.5 + random.nextDouble();
            for (int k = 0; k < 6; k++) {
                rows[i][k] = scale * (Math.cos(angle) * u[k] + Math.sin(angle) * v[k]);
            }
        }
        double[][] xy = Projection.normalisedPca(rows);
        double[][] unit = Projection.normalise(rows);
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < rows.length; j++) {
                double d = 0;
                for (int k = 0; k < 6; k++) {
                    d += Math.pow(unit[i][k] - unit[j][k], 2);
                }
                assertEquals(Math.sqrt(d), distance(xy[i], xy[j]), 1e-8);
            }
        }
        assertArrayEquals(xy, Projection.normalisedPca(rows), "deterministic");
    }

    @Test
    void degenerateInputsGiveFiniteLayouts() {
        double[][] same = {{1, 1}, {1, 1}, {1, 1}, {2, 2}};
        for (double[] p : Projection.cosineMds(same)) {
            assertTrue(Double.isFinite(p[0]) && Double.isFinite(p[1]));
        }
        assertEquals(2, Projection.normalisedPca(new double[][] {{1, 0}, {0, 1}}).length);
        double[][] oneD = Projection.normalisedPca(new double[][] {{1}, {-2}, {3}});
        assertArrayEquals(new double[][] {{1, 0}, {-1, 0}, {1, 0}}, oneD);
    }

    @Test
    void heatmapColoursRunFromLightToDarkGnBu() {
        assertEquals("#F7FCF0", Heatmap.colour(0));
        assertEquals("#084081", Heatmap.colour(1));
        assertEquals("#F7FCF0", Heatmap.colour(-3));
    }

    @Test
    void dendrogramDrawsLeavesInTreeOrder() {
        TopicHierarchy tree = new TopicHierarchy(List.of("a", "b", "c", "d"), List.of(
                new TopicHierarchy.Merge(0, 2, 0.2), new TopicHierarchy.Merge(1, 3, 0.3),
                new TopicHierarchy.Merge(4, 5, 1.0)));
        XmlPage svg = new XmlPage(Dendrogram.render(tree));
        List<String> texts = svg.texts("//*[local-name()='text']");
        assertEquals(List.of("a", "c", "b", "d"), texts.subList(0, 4));
        assertEquals(3, svg.count("//*[local-name()='polyline']"));
    }

    @Test
    void svgNumbersAreLocaleFreeAndShort() {
        assertEquals("3", Svg.num(3.0));
        assertEquals("0", Svg.num(-0.001));
        assertEquals("2.5", Svg.num(2.5).replaceAll("0$", ""));
        assertEquals("1234.57", Svg.num(1234.567));
    }
}
