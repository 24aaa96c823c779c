package org.bertopic4j.representation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bertopic4j.Corpus;
import org.bertopic4j.ImageSource;
import org.bertopic4j.Representation;
import org.bertopic4j.TopicModel;
import org.bertopic4j.djl.caption.OnnxImageCaptioner;
import org.bertopic4j.djl.clip.ClipBackend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The image-only pipeline end to end with real ONNX models (the tiny CLIP and ViT-GPT2 look-alikes):
 * the CLIP backend embeds the 24 clip-art images, the categories are the topics, VisualRepresentation
 * captions the MMR-chosen images with the ONNX captioner, and KeyBERTInspired ranks the caption words
 * against the image embeddings with CLIP's text tower (the same space).
 */
class ImageOnlyTinyModelsTest {
    private static ClipBackend clip;
    private static OnnxImageCaptioner captioner;
    private static final TestData.Clipart CLIPART = TestData.clipart();

    @BeforeAll
    static void load() {
        clip = ClipBackend.load(TestData.resource("/tiny-models/clip"));
        captioner = OnnxImageCaptioner.load(TestData.resource("/tiny-models/vit-gpt2"));
    }

    @AfterAll
    static void close() {
        clip.close();
        captioner.close();
    }

    @Test
    void captionsOfTheChosenImagesDescribeTheTopicsAndEmbeddingsCoverAllImages() {
        TopicModel model = TestData.manual().embeddingBackend(clip)
                .representation(KeyBERTInspired.builder().nrReprDocs(2).build())
                .aspect("Visual_Aspect", VisualRepresentation.builder().nrReprImages(3).captioner(captioner).build())
                .build().fit(Corpus.ofImages(CLIPART.images()).withLabels(CLIPART.labels()));
        assertEquals(4, model.topicCount());
        int[] topics = model.topics();
        float[][] imageEmbeddings = clip.embedImages(CLIPART.images());
        double[][] topicEmbeddings = model.topicEmbeddings();
        for (int i = 0; i < model.topicIds().size(); i++) {
            int t = model.topicIds().get(i);
            List<ImageSource> members = new ArrayList<>();
            double[] mean = new double[imageEmbeddings[0].length];
            for (int r = 0; r < topics.length; r++) {
                if (topics[r] == t) {
                    members.add(CLIPART.images().get(r));
                    for (int j = 0; j < mean.length; j++) {
                        mean[j] += imageEmbeddings[r][j] / 6;
                    }
                }
            }
            assertArrayEquals(mean, topicEmbeddings[i], 1e-5, "topic " + t + " embedding is the mean of all 6 images");
            Set<String> captions = new HashSet<>(captioner.caption(members));
            List<String> representative = model.representativeDocs(t);
            assertFalse(representative.isEmpty());
            assertTrue(captions.containsAll(representative), representative + " not among " + captions);
            assertFalse(model.topic(t).isEmpty(), "topic " + t + " has words from its captions");
            assertInstanceOf(Representation.Picture.class, model.aspects().get("Visual_Aspect").get(t));
        }
        long captioned = model.documentInfo().stream().filter(d -> !d.document().isEmpty()).count();
        assertEquals(12, captioned, "3 images captioned per topic");
    }
}
