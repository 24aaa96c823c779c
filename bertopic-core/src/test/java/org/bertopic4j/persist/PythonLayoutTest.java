package org.bertopic4j.persist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bertopic4j.TopicModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model saved here has the layout Python's {@code BERTopic.load} reads: the same files, JSON keys and value
 * types, and safetensors tensors (names, dtypes, ranks) as the directory Python BERTopic 0.17.4 wrote.
 * (Checked once by hand with a numpy re-implementation of the loader; see docs/differences.md.)
 */
class PythonLayoutTest {
    @TempDir
    static Path tmp;
    private static Path ours;
    private static final Path PYTHON = SavedFixtures.pythonModel();

    @BeforeAll
    static void save() throws IOException {
        TopicModel model = SavedFixtures.manualModel();
        ours = tmp.resolve("java-model");
        model.save(ours, SaveOptions.builder().embeddingModel("sentence-transformers/all-MiniLM-L6-v2").build());
    }

    @Test
    void sameFilesPlusTheJavaExtension() throws IOException {
        Set<String> python = names(PYTHON);
        Set<String> java = names(ours);
        assertEquals(Set.of("config.json", "topics.json", "topic_embeddings.safetensors", "ctfidf.safetensors",
                "ctfidf_config.json"), python);
        Set<String> expected = new TreeSet<>(python);
        expected.addAll(Set.of("bertopic4j.json", "bertopic4j_state.safetensors"));
        assertEquals(expected, java);
    }

    @Test
    void jsonKeysAndTypesMatch() throws IOException {
        for (String f : new String[] {"config.json", "topics.json", "ctfidf_config.json"}) {
            assertEquals(shape(Json.readObject(PYTHON.resolve(f))), shape(Json.readObject(ours.resolve(f))), f);
        }
        assertTrue(shape(Json.readObject(ours.resolve("ctfidf_config.json"))).containsKey("vectorizer_model.params.token_pattern"));
        JsonNode topics = Json.readObject(ours.resolve("topics.json"));
        assertTrue(topics.get("topics").get(0).isInt());
        assertTrue(topics.get("topic_representations").get("0").get(0).get(1).isDouble());
        assertTrue(topics.get("topic_mapper").get(0).get(0).isInt());
        assertEquals(1, topics.get("_outliers").asInt());
        JsonNode params = Json.readObject(ours.resolve("ctfidf_config.json")).get("vectorizer_model").get("params");
        assertTrue(params.get("max_df").isDouble(), "max_df=1.0 is a proportion in sklearn, so it must stay a float");
        assertTrue(params.get("min_df").isInt(), "min_df=1 is a document count in sklearn, so it must stay an int");
    }

    @Test
    void safetensorsHeadersMatch() throws IOException {
        for (String f : new String[] {"topic_embeddings.safetensors", "ctfidf.safetensors"}) {
            assertEquals(header(PYTHON.resolve(f)), header(ours.resolve(f)), f);
        }
        byte[] bytes = Files.readAllBytes(ours.resolve("ctfidf.safetensors"));
        long headerLength = java.nio.ByteBuffer.wrap(bytes, 0, 8).order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong();
        assertEquals(0, headerLength % 8, "header padded to 8 bytes as the reference writer does");
    }

    private static Set<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** Maps keyed by topic ids or words: their keys are data, not layout. */
    private static final Set<String> DATA_MAPS = Set.of("topic_representations", "topic_sizes", "topic_labels",
            "topic_aspects", "vocab");
    /** Keys whose value is null in one model and set in another. */
    private static final Set<String> NULLABLE = Set.of("nr_topics", "custom_labels", "stop_words", "vocabulary",
            "max_features", "seed_topic_list", "zeroshot_topic_list", "strip_accents", "language");

    /** Every key path (descending into nested objects except data-keyed maps) -> JSON type. */
    private static Map<String, String> shape(JsonNode node) {
        Map<String, String> out = new TreeMap<>();
        shape(node, "", out);
        return out;
    }

    private static void shape(JsonNode node, String prefix, Map<String, String> out) {
        node.properties().forEach(e -> {
            JsonNode v = e.getValue();
            String type = NULLABLE.contains(e.getKey()) ? "nullable"
                    : v.isNumber() ? (v.isIntegralNumber() ? "int" : "float") : v.getNodeType().name();
            out.put(prefix + e.getKey(), type);
            if (v.isObject() && !DATA_MAPS.contains(e.getKey())) {
                shape(v, prefix + e.getKey() + ".", out);
            }
        });
    }

    /** Tensor name -> dtype and rank. */
    private static Map<String, String> header(Path file) throws IOException {
        Map<String, String> out = new TreeMap<>();
        Safetensors.read(file).forEach((name, t) -> out.put(name, t.dtype() + "/" + t.shape().length));
        return out;
    }
}
