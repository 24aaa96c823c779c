package org.bertopic4j.representation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bertopic4j.BERTopic;
import org.bertopic4j.Corpus;
import org.bertopic4j.DocumentInfo;
import org.bertopic4j.Representation;
import org.bertopic4j.TopicModel;
import org.junit.jupiter.api.Test;

/**
 * Image-only topic modelling (SPEC §2.2 step 9, §2.24) on 24 real clip-art images of 4 categories,
 * pixel features as image embeddings, categories as given topics, captions from a category captioner
 * (a test double of the captioner interface).
 */
class ImageOnlyTopicsTest {
    private static final TestData.Clipart CLIPART = TestData.clipart();

    private static Corpus images() {
        return Corpus.ofImages(CLIPART.images()).withEmbeddings(CLIPART.pixelFeatures()).withLabels(CLIPART.labels());
    }

    private static TopicModel fit(VisualRepresentation visual) {
        return TestData.manual().aspect("Visual_Aspect", visual).build().fit(images());
    }

    @Test
    void captionsOfMmrChosenImagesBecomeTheTopicsDocuments() {
        TestData.CategoryCaptioner captioner = new TestData.CategoryCaptioner();
        TopicModel model = fit(VisualRepresentation.builder().nrReprImages(4).captioner(captioner).build());
        assertEquals(16, captioner.captioned.get(), "4 topics x 4 chosen images are captioned");
        for (int t : model.topicIds()) {
            String category = CLIPART.categories().get(firstRowOf(model.topics(), t));
            assertTrue(model.topic(t).stream().anyMatch(w -> w.word().equals(category)), model.topic(t) + " lacks " + category);
            for (String doc : model.representativeDocs(t)) {
                assertEquals("a drawing of " + category, doc);
            }
            model.representativeRows(t).forEach(r -> assertEquals(t, model.topics()[r]));
            assertInstanceOf(Representation.Picture.class, model.aspects().get("Visual_Aspect").get(t));
        }
        assertEquals(6, model.topicSizes().get(0), "sizes count every image, not only the captioned ones");
        List<DocumentInfo> info = model.documentInfo();
        assertEquals(24, info.size());
        assertEquals(16, info.stream().filter(d -> !d.document().isEmpty()).count());
    }

    @Test
    void topicEmbeddingsAreTheMeanOfAllTheTopicsImages() {
        TopicModel model = fit(VisualRepresentation.builder().nrReprImages(2).captioner(new TestData.CategoryCaptioner())
                .build());
        float[][] features = CLIPART.pixelFeatures();
        double[][] topicEmbeddings = model.topicEmbeddings();
        for (int i = 0; i < model.topicIds().size(); i++) {
            int t = model.topicIds().get(i);
            double[] mean = new double[features[0].length];
            int n = 0;
            for (int r = 0; r < features.length; r++) {
                if (model.topics()[r] == t) {
                    n++;
                    for (int j = 0; j < mean.length; j++) {
                        mean[j] += features[r][j];
                    }
                }
            }
            for (int j = 0; j < mean.length; j++) {
                mean[j] /= n;
            }
            assertArrayEquals(mean, topicEmbeddings[i], 1e-6);
        }
    }

    @Test
    void withoutACaptionerTheErrorAsksForOne() {
        String m = assertThrows(IllegalArgumentException.class, () -> fit(VisualRepresentation.defaults())).getMessage();
        assertTrue(m.contains("captioner") && m.contains("imagesAlone"), m);
        m = assertThrows(IllegalArgumentException.class, () -> TestData.manual().build().fit(images())).getMessage();
        assertTrue(m.contains("VisualRepresentation"), m);
    }

    @Test
    void imagesAloneGivesPictureTopicsWithoutWords() {
        TopicModel model = fit(VisualRepresentation.builder().nrReprImages(4).imagesAlone(true).build());
        assertEquals(4, model.topicCount());
        for (int t : model.topicIds()) {
            assertTrue(model.topic(t).isEmpty());
            assertEquals(BERTopic.DEFAULT_REPRESENTATIVE_DOCS, model.representativeRows(t).size());
            assertInstanceOf(Representation.Picture.class, model.aspects().get("Visual_Aspect").get(t));
        }
        assertEquals(CLIPART.images().get(0).name(), model.documentInfo().get(0).document());
    }

    @Test
    void isDeterministic() {
        VisualRepresentation visual = VisualRepresentation.builder().nrReprImages(3)
                .captioner(new TestData.CategoryCaptioner()).build();
        TopicModel a = fit(visual);
        TopicModel b = fit(visual);
        assertEquals(a.topicRepresentations(), b.topicRepresentations());
        for (int t : a.topicIds()) {
            assertEquals(a.representativeRows(t), b.representativeRows(t));
        }
    }

    private static int firstRowOf(int[] topics, int topic) {
        for (int r = 0; r < topics.length; r++) {
            if (topics[r] == topic) {
                return r;
            }
        }
        throw new IllegalStateException("no row of topic " + topic);
    }
}
