package org.bertopic4j.persist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bertopic4j.Assignments;
import org.bertopic4j.BERTopic;
import org.bertopic4j.Corpus;
import org.bertopic4j.Representation;
import org.bertopic4j.RepresentationModel;
import org.bertopic4j.TopicModel;
import org.bertopic4j.reduce.IdentityReducer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Java -> save -> load keeps everything a fitted model shows, and the Java extension keeps transform unchanged. */
class RoundTripTest {
    private static TopicModel model;
    @TempDir
    Path tmp;

    @BeforeAll
    static void fit() {
        StageLoaders.registerClustering(NearestMeanClusterer.KIND, NearestMeanClusterer::restore);
        model = SavedFixtures.manualModel();
    }

    @Test
    void topicsWordsSizesLabelsEmbeddingsAndCtfidfSurvive() throws IOException {
        Path dir = tmp.resolve("model");
        model.save(dir);
        TopicModel loaded = TopicModel.load(dir);
        assertArrayEquals(model.topics(), loaded.topics());
        assertEquals(model.topicIds(), loaded.topicIds());
        assertEquals(model.topicSizes(), loaded.topicSizes());
        assertEquals(model.topicRepresentations(), loaded.topicRepresentations());
        for (int t : model.topicIds()) {
            assertEquals(model.name(t), loaded.name(t));
            assertEquals(model.representativeDocs(t), loaded.representativeDocs(t));
        }
        assertArrayEquals(model.topicEmbeddings(), loaded.topicEmbeddings(), "the extension keeps them in double precision");
        double[][] a = model.topicEmbeddings();
        double[][] b = TopicModel.load(saveTo("minimal", model, SaveOptions.builder().javaState(false).build())).topicEmbeddings();
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[i].length; j++) {
                assertEquals((float) a[i][j], b[i][j], 0.0, "BERTopic's file holds them as float32");
            }
        }
        float[][] queries = java.util.Arrays.copyOfRange(SavedFixtures.embeddings(), 0, 200);
        Assignments before = model.transform(Corpus.ofEmbeddings(queries));
        Assignments after = loaded.transform(Corpus.ofEmbeddings(queries));
        assertArrayEquals(before.topics(), after.topics());
        assertArrayEquals(before.probabilities(), after.probabilities(), "centroid transform is unchanged by the round trip");
        assertEquals(model.cTfIdf(), loaded.cTfIdf());
        assertArrayEquals(model.classTfidf().idf(), loaded.classTfidf().idf());
        assertEquals(model.vectorizer().vocabulary(), loaded.vectorizer().vocabulary());
        assertEquals(model.vectorizer().transform(List.of("the tax is due")), loaded.vectorizer().transform(List.of("the tax is due")));
        assertArrayEquals(model.probabilities(), loaded.probabilities());
        assertEquals(model.probabilityMatrix().isPresent(), loaded.probabilityMatrix().isPresent());
        assertEquals(model.documentInfo(), loaded.documentInfo());
        assertEquals(model.topicMapper().originalToCurrent(), loaded.topicMapper().originalToCurrent());
        assertEquals(model.config().seed(), loaded.config().seed());
        assertEquals(model.config().englishCleaning(), loaded.config().englishCleaning());
        assertEquals(model.config().ngramMax(), loaded.config().ngramMax());
    }

    @Test
    void customLabelsAndTopicOperationsWorkAfterLoading() throws IOException {
        TopicModel labelled = model.withTopicLabels(Map.of(0, "Zero", 2, "Two"));
        Path dir = tmp.resolve("labelled");
        labelled.save(dir);
        TopicModel loaded = TopicModel.load(dir);
        assertEquals(labelled.customLabels(), loaded.customLabels());
        assertEquals("Two", loaded.topicInfo(2).customName());
        TopicModel merged = model.mergeTopics(0, 1);
        TopicModel mergedAfterLoad = TopicModel.load(saveTo("plain", model)).mergeTopics(0, 1);
        assertArrayEquals(merged.topics(), mergedAfterLoad.topics());
        assertEquals(merged.topicRepresentations(), mergedAfterLoad.topicRepresentations());

        TopicModel python = TopicModel.load(SavedFixtures.pythonModel());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> python.mergeTopics(0, 1));
        assertTrue(e.getMessage().contains("loaded without its documents"), e.getMessage());
    }

    private Path saveTo(String name, TopicModel m) throws IOException {
        return saveTo(name, m, SaveOptions.defaults());
    }

    private Path saveTo(String name, TopicModel m, SaveOptions options) throws IOException {
        Path dir = tmp.resolve(name);
        m.save(dir, options);
        return dir;
    }

    @Test
    void transformAfterLoadEqualsTransformBeforeSave() throws IOException {
        TopicModel predicting = BERTopic.builder().reducer(new IdentityReducer()).clusterer(new NearestMeanClusterer())
                .build().fit(Corpus.of(SavedFixtures.docs()).withEmbeddings(SavedFixtures.embeddings())
                        .withLabels(SavedFixtures.labels()));
        Path dir = tmp.resolve("predicting");
        predicting.save(dir);
        TopicModel loaded = TopicModel.load(dir);
        float[][] queries = java.util.Arrays.copyOfRange(SavedFixtures.embeddings(), 100, 300);
        Assignments before = predicting.transform(Corpus.ofEmbeddings(queries));
        Assignments after = loaded.transform(Corpus.ofEmbeddings(queries));
        assertArrayEquals(before.topics(), after.topics());
        assertArrayEquals(before.probabilities(), after.probabilities());
        assertTrue(loaded.clustering().supportsPrediction());
        assertArrayEquals(predicting.reduction().embedding(), loaded.reduction().embedding());

        Path minimal = tmp.resolve("minimal");
        predicting.save(minimal, SaveOptions.builder().javaState(false).build());
        Assignments centroid = TopicModel.load(minimal).transform(Corpus.ofEmbeddings(queries));
        assertFalse(java.util.Arrays.equals(before.topics(), centroid.topics()),
                "without the extension the model falls back to topic-embedding similarity, which differs here");
    }

    @Test
    void pictureAndLabelAspectsSurvive() throws IOException {
        RepresentationModel tiles = (context, topics) -> {
            Map<Integer, Representation> out = new LinkedHashMap<>();
            topics.keySet().forEach(t -> out.put(t, new Representation.Picture(tile(t))));
            return out;
        };
        RepresentationModel labeller = (context, topics) -> {
            Map<Integer, Representation> out = new LinkedHashMap<>();
            topics.forEach((t, words) -> out.put(t, new Representation.Label("about " + words.get(0).word())));
            return out;
        };
        TopicModel withAspects = BERTopic.builder().reducer(new IdentityReducer())
                .clusterer(new org.bertopic4j.cluster.GivenLabelsClusterer()).aspect("Tiles", tiles).aspect("Names", labeller)
                .build().fit(Corpus.of(SavedFixtures.docs()).withEmbeddings(SavedFixtures.embeddings())
                        .withLabels(SavedFixtures.labels()));
        Path dir = tmp.resolve("aspects");
        withAspects.save(dir);
        for (int t : withAspects.topicIds()) {
            assertTrue(Files.isRegularFile(dir.resolve("images").resolve(t + ".jpg")));
        }
        assertTrue(Files.readString(dir.resolve("topics.json")).contains("\"Visual_Aspect\" : true"));
        TopicModel loaded = TopicModel.load(dir);
        assertEquals(withAspects.aspects().get("Names"), loaded.aspects().get("Names"));
        for (int t : withAspects.topicIds()) {
            BufferedImage img = assertInstanceOf(Representation.Picture.class, loaded.aspects().get("Tiles").get(t)).image();
            assertEquals(40, img.getWidth());
            Color c = new Color(img.getRGB(20, 10));
            assertEquals(colour(t).getRed(), c.getRed(), 8.0, "JPEG keeps the tile's colour");
        }

        Path python = tmp.resolve("python-view");
        withAspects.save(python, SaveOptions.builder().javaState(false).build());
        TopicModel plain = TopicModel.load(python);
        assertTrue(plain.aspects().containsKey("Visual_Aspect"), "without the extension the picture aspect is named as by BERTopic");
        assertInstanceOf(Representation.Words.class, plain.aspects().get("Names").get(0));
    }

    @Test
    void savingIsDeterministic() throws IOException {
        Path a = saveTo("a", model);
        Path b = saveTo("b", TopicModel.load(a));
        try (java.util.stream.Stream<Path> files = Files.list(a)) {
            for (Path f : files.toList()) {
                assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(b.resolve(f.getFileName())), f.getFileName()
                        + " differs after load and save again");
            }
        }
    }

    @Test
    void documentsCanBeLeftOut() throws IOException {
        Path dir = tmp.resolve("nodocs");
        model.save(dir, SaveOptions.builder().documents(false).build());
        assertFalse(Files.readString(dir.resolve("bertopic4j.json")).contains(SavedFixtures.docs().get(0)));
        TopicModel loaded = TopicModel.load(dir);
        assertThrows(IllegalStateException.class, loaded::documentInfo);
        assertTrue(loaded.representativeDocs(0).isEmpty());
        assertArrayEquals(model.probabilities(), loaded.probabilities());
    }

    private static Color colour(int topic) {
        return new Color((topic + 1) * 4 % 256, 128, 255 - (topic + 1) * 4 % 256);
    }

    private static BufferedImage tile(int topic) {
        BufferedImage img = new BufferedImage(40, 20, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 20; y++) {
            for (int x = 0; x < 40; x++) {
                img.setRGB(x, y, colour(topic).getRGB());
            }
        }
        return img;
    }
}
