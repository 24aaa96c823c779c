package org.bertopic4j.representation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.bertopic4j.Corpus;
import org.bertopic4j.Representation;
import org.bertopic4j.TopicModel;
import org.bertopic4j.contract.ContextCapture;
import org.bertopic4j.matrix.Matrices;
import org.junit.jupiter.api.Test;

/** {@link VisualRepresentation} on real clip-art images with their titles. */
class VisualRepresentationTest {

    @Test
    void givesEveryTopicAPictureAspectOfTheConfiguredHeight() {
        TestData.Clipart c = TestData.clipart();
        TopicModel model = TestData.manual().aspect("Visual_Aspect", VisualRepresentation.defaults()).build()
                .fit(Corpus.of(c.titles(), c.images()).withEmbeddings(c.pixelFeatures()).withLabels(c.labels()));
        Map<Integer, Representation> pictures = model.aspects().get("Visual_Aspect");
        assertEquals(model.topicIds(), List.copyOf(pictures.keySet()));
        pictures.values().forEach(p -> assertEquals(600, assertInstanceOf(Representation.Picture.class, p).image().getHeight()));
        assertTrue(model.topicInfo(0).aspects().get("Visual_Aspect") instanceof Representation.Picture);
    }

    @Test
    void selectsImagesAroundTheCentroidByMmr() {
        TestData.Clipart c = TestData.clipart();
        float[][] features = c.pixelFeatures();
        Map<Integer, List<Integer>> chosen = VisualRepresentation.builder().nrReprImages(4).build()
                .selectImages(c.labels(), features);
        assertEquals(4, chosen.size());
        chosen.forEach((topic, rows) -> {
            assertEquals(4, rows.size());
            rows.forEach(r -> assertEquals((int) topic, c.labels()[r]));
            double[] centroid = new double[features[0].length];
            int n = 0;
            for (int r = 0; r < features.length; r++) {
                if (c.labels()[r] == topic) {
                    n++;
                    for (int j = 0; j < centroid.length; j++) {
                        centroid[j] += features[r][j];
                    }
                }
            }
            int best = -1;
            double bestSim = -2;
            for (int r = 0; r < features.length; r++) {
                double sim = Matrices.cosineSimilarity(new double[][] {Inputs.toDouble(features[r])},
                        new double[][] {centroid})[0][0];
                if (c.labels()[r] == topic && sim > bestSim) {
                    bestSim = sim;
                    best = r;
                }
            }
            assertEquals(best, (int) rows.get(0), "first pick is the image closest to the centroid (n=" + n + ")");
        });
    }

    @Test
    void refusesACorpusWithoutImages() {
        ContextCapture.Captured text = Fitted.fortunes();
        String m = assertThrows(IllegalArgumentException.class, () -> VisualRepresentation.defaults()
                .extractTopics(text.context(), text.candidates())).getMessage();
        assertTrue(m.contains("images"), m);
    }

    @Test
    void cannotBeTheMainRepresentationBecauseItGivesPictures() {
        TestData.Clipart c = TestData.clipart();
        String m = assertThrows(IllegalArgumentException.class, () -> TestData.manual()
                .representation(VisualRepresentation.defaults()).build()
                .fit(Corpus.of(c.titles(), c.images()).withEmbeddings(c.pixelFeatures()).withLabels(c.labels())))
                .getMessage();
        assertTrue(m.contains("aspect"), m);
    }

    @Test
    void builderChecksSettingsAndKeepsBertopicDefaults() {
        VisualRepresentation d = VisualRepresentation.defaults();
        assertEquals(List.of(9, 500, 600), List.of(d.nrReprImages(), d.nrSamples(), d.imageHeight()));
        assertEquals(false, d.imageSquares());
        assertTrue(d.captioner().isEmpty());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> VisualRepresentation.builder().imageHeight(2))
                .getMessage().contains("imageHeight must be >= 3 pixels, got 2"));
        assertThrows(IllegalArgumentException.class, () -> VisualRepresentation.builder().nrReprImages(0));
        assertThrows(IllegalArgumentException.class, () -> VisualRepresentation.builder().nrSamples(0));
        assertThrows(IllegalArgumentException.class, () -> VisualRepresentation.builder().captioner(null));
    }
}
