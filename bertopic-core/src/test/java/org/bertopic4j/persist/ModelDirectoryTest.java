package org.bertopic4j.persist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bertopic4j.BERTopic;
import org.bertopic4j.Clusterer;
import org.bertopic4j.Clustering;
import org.bertopic4j.Corpus;
import org.bertopic4j.TopicModel;
import org.bertopic4j.reduce.IdentityReducer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** Missing files, malformed content and unsafe names are rejected with the file named; saving is atomic. */
class ModelDirectoryTest {
    private static TopicModel model;
    @TempDir
    Path tmp;

    @BeforeAll
    static void fit() {
        model = SavedFixtures.manualModel();
    }

    private Path saved() throws IOException {
        Path dir = tmp.resolve("model");
        model.save(dir);
        return dir;
    }

    @Test
    void missingFilesAreNamed() throws IOException {
        Path dir = saved();
        Files.delete(dir.resolve("bertopic4j_state.safetensors"));
        assertFails(dir, "bertopic4j_state.safetensors is missing");
        Files.delete(dir.resolve("topic_embeddings.safetensors"));
        assertFails(dir, "topic_embeddings.safetensors is missing");
        Files.delete(dir.resolve("topics.json"));
        assertFails(dir, "topics.json is missing");
        Files.delete(dir.resolve("config.json"));
        assertFails(dir, "config.json is missing");
        assertFails(tmp.resolve("nowhere"), "is not a directory");
        Path ctfidfOnly = tmp.resolve("ctfidf-only");
        model.save(ctfidfOnly);
        Files.delete(ctfidfOnly.resolve("ctfidf_config.json"));
        assertFails(ctfidfOnly, "ctfidf_config.json is missing");
    }

    @Test
    void corruptSafetensorsInsideAModelAreNamed() throws IOException {
        Path dir = saved();
        Path file = dir.resolve("topic_embeddings.safetensors");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 3));
        assertFails(dir, "topic_embeddings.safetensors: tensor 'topic_embeddings': data_offsets [0, 1000] are out of bounds");
        Files.write(file, java.util.Arrays.copyOf(bytes, 6));
        assertFails(dir, "topic_embeddings.safetensors: truncated");
    }

    @Test
    void inconsistentContentIsNamed() throws IOException {
        Path dir = saved();
        Path topics = dir.resolve("topics.json");
        String json = Files.readString(topics);
        Files.writeString(topics, json.replaceFirst("\"topic_sizes\" : \\{\\s*\"-1\" : \\d+", "\"topic_sizes\" : { \"-1\" : 1"));
        assertFails(dir, "topics.json: topic_sizes");
        Files.writeString(topics, json.replace("\"topics\" : [", "\"topics\" : [ 999,"));
        assertFails(dir, "topics.json: topics[0] = 999 has no topic_representations entry");
        Files.writeString(topics, json.replace("\"topic_representations\" : {", "\"topic_representations\" : { \"oops\" : [],"));
        assertFails(dir, "topics.json: topic id 'oops' is not an integer");
    }

    @Test
    void namesFromFilesCannotLeaveTheDirectory() throws IOException {
        Path dir = saved();
        for (String bad : new String[] {"../evil.jpg", "..", "a/b.jpg", "/etc/passwd", "a\\b", "", ".hidden/../x"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModelFiles.child(dir, bad));
            assertTrue(e.getMessage().contains("unsafe file name"), e.getMessage());
        }
        assertEquals(dir.resolve("3.jpg"), ModelFiles.child(dir, "3.jpg"));
        Path topics = dir.resolve("topics.json");
        Files.writeString(topics, Files.readString(topics).replace("\"topic_representations\" : {",
                "\"topic_representations\" : { \"../../../etc/x\" : [],"));
        assertFails(dir, "topic id '../../../etc/x' is not an integer");
        assertThrows(IllegalArgumentException.class, () -> StageLoaders.registerReduction("../x", (t, p) -> null));
        Path fresh = tmp.resolve("fresh");
        model.save(fresh);
        Path state = fresh.resolve("bertopic4j.json");
        Files.writeString(state, Files.readString(state).replace("\"kind\" : \"identity\"", "\"kind\" : \"../identity\""));
        assertFails(fresh, "stage kind '../identity' must be");
    }

    @Test
    void anExtensionLeftBehindByAPythonResaveIsIgnored() throws IOException {
        Path dir = saved();
        Path topics = dir.resolve("topics.json");
        Files.writeString(topics, Files.readString(topics).replace("\"custom_labels\" : null", "\"custom_labels\": null"));
        TopicModel loaded = TopicModel.load(dir);
        assertThrows(IllegalStateException.class, loaded::probabilities, "the stale extension is not used");
        assertArrayEquals(model.topics(), loaded.topics());
    }

    @Test
    void savedTopicLabelsThatAreNotGeneratedNamesAreKept() throws IOException {
        Path dir = saved();
        Path topics = dir.resolve("topics.json");
        String generated = model.name(1);
        Files.writeString(topics, Files.readString(topics).replace("\"1\" : \"" + generated + "\"", "\"1\" : \"Taxes\""));
        TopicModel loaded = TopicModel.load(dir);
        assertEquals("Taxes", loaded.name(1), "a zero-shot style label in topic_labels names the topic");
        assertEquals(model.name(0), loaded.name(0));
    }

    @Test
    void unsupportedVectorizerParametersLoadWithoutAVectorizer() throws IOException {
        Path dir = saved();
        Path config = dir.resolve("ctfidf_config.json");
        Files.writeString(config, Files.readString(config).replace("\"strip_accents\" : null", "\"strip_accents\" : \"unicode\""));
        TopicModel loaded = TopicModel.load(dir);
        assertEquals(model.cTfIdf(), loaded.cTfIdf());
        IllegalStateException e = assertThrows(IllegalStateException.class, loaded::vectorizer);
        assertTrue(e.getMessage().contains("loaded without a usable vectorizer"), e.getMessage());
    }

    @Test
    void pytorchPicklesAreNotRead() throws IOException {
        Path dir = saved();
        Files.move(dir.resolve("topic_embeddings.safetensors"), dir.resolve("topic_embeddings.bin"));
        assertFails(dir, "topic_embeddings.bin is a PyTorch pickle, which is not read");
    }

    @Test
    void aMissingTopicImageIsNamed() throws IOException {
        Path dir = saved();
        Path images = Files.createDirectory(dir.resolve("images"));
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB), "jpg",
                images.resolve("0.jpg").toFile());
        assertFails(dir, "images/-1.jpg is missing");
        Files.writeString(images.resolve("-1.jpg"), "not a jpeg");
        assertFails(dir, "images/-1.jpg is not a readable image");
    }

    @Test
    void savedStagesMustFitTheModel() throws IOException {
        Path dir = saved();
        Path state = dir.resolve("bertopic4j_state.safetensors");
        Map<String, Tensor> tensors = new java.util.LinkedHashMap<>(Safetensors.read(state));
        tensors.put("reduction/embedding", Tensor.f64(new double[][] {{1, 2, 3}, {4, 5, 6}}));
        Safetensors.write(state, tensors);
        assertFails(dir, "the saved reduction takes 3-d embeddings but the topic embeddings are 5-d");
        tensors.remove("reduction/embedding");
        Safetensors.write(state, tensors);
        assertFails(dir, "the saved reduction 'identity' cannot be rebuilt: identity reduction state needs a 2-D tensor");
    }

    @Test
    void unknownStageKindsAndFormatsAreReported() throws IOException {
        Path dir = saved();
        Path state = dir.resolve("bertopic4j.json");
        String json = Files.readString(state);
        Files.writeString(state, json.replace("\"kind\" : \"given_labels\"", "\"kind\" : \"hdbscan_v9\""));
        assertFails(dir, "no loader for the clustering kind 'hdbscan_v9'");
        Files.writeString(state, json.replace("\"format\" : 1", "\"format\" : 2"));
        assertFails(dir, "bertopic4j.json: format 2 is not supported");
    }

    @Test
    void saveRefusesToReplaceADirectoryThatIsNotAModel() throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("notes"));
        Files.writeString(dir.resolve("todo.txt"), "keep me");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> model.save(dir));
        assertTrue(e.getMessage().contains("is not a saved model directory"), e.getMessage());
        assertEquals("keep me", Files.readString(dir.resolve("todo.txt")));
        assertNoLeftovers();
    }

    @Test
    void failedSaveLeavesNothingAndKeepsTheOldModel() throws IOException {
        TopicModel failing = BERTopic.builder().reducer(new IdentityReducer()).clusterer(new FailingClusterer()).build()
                .fit(Corpus.of(SavedFixtures.docs()).withEmbeddings(SavedFixtures.embeddings()).withLabels(SavedFixtures.labels()));
        Path fresh = tmp.resolve("fresh");
        assertThrows(IllegalStateException.class, () -> failing.save(fresh));
        assertFalse(Files.exists(fresh));
        assertNoLeftovers();

        Path dir = saved();
        byte[] before = Files.readAllBytes(dir.resolve("topics.json"));
        assertThrows(IllegalStateException.class, () -> failing.save(dir));
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("topics.json")));
        assertArrayEquals(model.topics(), TopicModel.load(dir).topics());
        assertNoLeftovers();
    }

    @Test
    void saveReplacesAnEarlierModel() throws IOException {
        Path dir = saved();
        TopicModel other = BERTopic.builder().reducer(new IdentityReducer())
                .clusterer(new org.bertopic4j.cluster.GivenLabelsClusterer()).topN(5).build()
                .fit(Corpus.of(SavedFixtures.docs()).withEmbeddings(SavedFixtures.embeddings()).withLabels(SavedFixtures.labels()));
        other.save(dir, SaveOptions.builder().ctfidf(false).javaState(false).build());
        assertFalse(Files.exists(dir.resolve("ctfidf.safetensors")), "files of the earlier model do not linger");
        TopicModel loaded = TopicModel.load(dir);
        assertEquals(5, loaded.topic(0).size());
        assertThrows(IllegalStateException.class, loaded::cTfIdf);
        assertNoLeftovers();
    }

    private void assertNoLeftovers() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            List<String> hidden = s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
            assertEquals(List.of(), hidden, "no temporary directories remain");
        }
    }

    private static void assertFails(Path dir, String problem) {
        Executable load = () -> TopicModel.load(dir);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, load);
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }

    /** Labels as given, but its saved state cannot be produced (as when a stage fails mid-save). */
    private static final class FailingClusterer implements Clusterer {
        @Override
        public Clustering fit(double[][] points, int[] labels) {
            Clustering given = new org.bertopic4j.cluster.GivenLabelsClusterer().fit(points, labels);
            return new Failing(given);
        }

        private record Failing(Clustering given) implements Clustering, PersistableStage {
            @Override
            public int[] labels() {
                return given.labels();
            }

            @Override
            public int clusterCount() {
                return given.clusterCount();
            }

            @Override
            public double[] strengths() {
                return given.strengths();
            }

            @Override
            public String kind() {
                return "failing";
            }

            @Override
            public Map<String, Tensor> tensors() {
                throw new IllegalStateException("state unavailable");
            }

            @Override
            public Map<String, Object> params() {
                return Map.of();
            }
        }
    }
}
