package org.bertopic4j.djl.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bertopic4j.djl.hub.ModelResolver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loading sentence-transformers layouts from directories and from a Hugging Face cache: settings read from
 * modules.json, 1_Pooling/config.json and sentence_bert_config.json, clear errors for missing files, and
 * builder validation. The ONNX model and tokenizer are the embedded all-MiniLM-L6-v2 files written out.
 */
class SentenceEmbedderTest {
    private static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";
    private static final List<String> DOCS = List.of("The cat sat on the mat.", "Stock markets fell sharply today.",
            "A much longer document about topic models, clustering and class-based TF-IDF representations.");

    @TempDir
    static Path files;
    private static SentenceEmbedder embedded;
    private static float[][] expected;

    @BeforeAll
    static void writeModelFiles() throws IOException {
        copyResource(SentenceEmbedderBuilder.MINILM_ONNX, files.resolve("model.onnx"));
        copyResource(SentenceEmbedderBuilder.MINILM_TOKENIZER, files.resolve("tokenizer.json"));
        embedded = SentenceEmbedder.allMiniLmL6V2();
        expected = embedded.embedDocuments(DOCS);
    }

    @AfterAll
    static void closeEmbedded() {
        embedded.close();
    }

    private static void copyResource(String resource, Path target) throws IOException {
        try (InputStream in = SentenceEmbedderTest.class.getClassLoader().getResourceAsStream(resource)) {
            Files.copy(in, target);
        }
    }

    /** A sentence-transformers export directory: ONNX under onnx/, configs as the real all-MiniLM-L6-v2. */
    private static Path sentenceTransformersDir(Path dir, boolean withNormalize, String poolingFlag) throws IOException {
        Files.createDirectories(dir.resolve("onnx"));
        Files.createDirectories(dir.resolve("1_Pooling"));
        Files.createSymbolicLink(dir.resolve("onnx/model.onnx"), files.resolve("model.onnx"));
        Files.createSymbolicLink(dir.resolve("tokenizer.json"), files.resolve("tokenizer.json"));
        Files.writeString(dir.resolve("modules.json"), "[{\"idx\":0,\"name\":\"0\",\"path\":\"\",\"type\":"
                + "\"sentence_transformers.models.Transformer\"},{\"idx\":1,\"name\":\"1\",\"path\":\"1_Pooling\","
                + "\"type\":\"sentence_transformers.models.Pooling\"}"
                + (withNormalize ? ",{\"idx\":2,\"name\":\"2\",\"path\":\"2_Normalize\",\"type\":"
                        + "\"sentence_transformers.models.Normalize\"}" : "") + "]");
        Files.writeString(dir.resolve("1_Pooling/config.json"), "{\"word_embedding_dimension\": 384, \""
                + poolingFlag + "\": true}");
        Files.writeString(dir.resolve("sentence_bert_config.json"), "{\"max_seq_length\": 256, \"do_lower_case\": false}");
        return dir;
    }

    @Test
    void sentenceTransformersDirectoryMatchesTheEmbeddedDefault(@TempDir Path dir) throws IOException {
        sentenceTransformersDir(dir, true, "pooling_mode_mean_tokens");
        try (SentenceEmbedder e = SentenceEmbedder.load(dir.toString())) {
            assertEquals(Pooling.MEAN, e.pooling());
            assertTrue(e.normalizes());
            assertEquals(256, e.maxSequenceLength());
            float[][] out = e.embedDocuments(DOCS);
            for (int i = 0; i < DOCS.size(); i++) {
                assertArrayEquals(expected[i], out[i], "row " + i);
            }
        }
    }

    @Test
    void poolingAndNormalizeFollowTheConfigs(@TempDir Path dir) throws IOException {
        sentenceTransformersDir(dir, false, "pooling_mode_max_tokens");
        try (SentenceEmbedder max = SentenceEmbedder.load(dir.toString());
                SentenceEmbedder mean = SentenceEmbedder.builder(dir.toString()).pooling(Pooling.MEAN).build();
                SentenceEmbedder cls = SentenceEmbedder.builder(dir.toString()).pooling(Pooling.CLS).build()) {
            assertEquals(Pooling.MAX, max.pooling());
            assertFalse(max.normalizes());
            float[][] maxRows = max.embedDocuments(DOCS);
            float[][] meanRows = mean.embedDocuments(DOCS);
            float[][] clsRows = cls.embedDocuments(DOCS);
            for (int i = 0; i < DOCS.size(); i++) {
                for (int j = 0; j < 384; j++) {
                    assertTrue(maxRows[i][j] >= meanRows[i][j] - 1e-5, "max >= mean at " + i + "," + j);
                }
                assertNotEquals(1.0, norm(meanRows[i]), 1e-3, "no Normalize module: not unit length");
                assertFalse(java.util.Arrays.equals(clsRows[i], meanRows[i]));
            }
        }
    }

    @Test
    void plainOnnxDirectoryUsesTokenizerConfigLengthAndMeanPooling(@TempDir Path dir) throws IOException {
        Files.createSymbolicLink(dir.resolve("model.onnx"), files.resolve("model.onnx"));
        Files.createSymbolicLink(dir.resolve("tokenizer.json"), files.resolve("tokenizer.json"));
        Files.writeString(dir.resolve("tokenizer_config.json"), "{\"model_max_length\": 512, \"do_lower_case\": true}");
        try (SentenceEmbedder e = SentenceEmbedder.builder(dir.toString()).batchSize(2).intraOpThreads(1)
                .interOpThreads(1).build()) {
            assertEquals(512, e.maxSequenceLength());
            assertEquals(Pooling.MEAN, e.pooling());
            assertFalse(e.normalizes());
            assertEquals(384, e.dimension());
            assertEquals(512, e.tokenize(List.of("word ".repeat(2000)))[0].length);
        }
    }

    @Test
    void resolvesAHubIdFromAPythonStyleCacheOffline(@TempDir Path cache) throws IOException {
        Path repo = cache.resolve("models--acme--minilm");
        sentenceTransformersDir(Files.createDirectories(repo.resolve("snapshots/" + COMMIT)), true,
                "pooling_mode_mean_tokens");
        Files.createDirectories(repo.resolve("refs"));
        Files.writeString(repo.resolve("refs/main"), COMMIT);
        ModelResolver offline = ModelResolver.builder().cacheDirectory(cache).offline(true).build();
        try (SentenceEmbedder e = SentenceEmbedder.builder("acme/minilm").resolver(offline).build()) {
            assertArrayEquals(expected[0], e.embedDocuments(DOCS.subList(0, 1))[0]);
        }
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> SentenceEmbedder.builder("acme/absent").resolver(offline).build());
        assertTrue(missing.getMessage().contains("acme/absent") && missing.getMessage().contains("HF_HUB_OFFLINE"),
                missing.getMessage());
    }

    @Test
    void missingModelFilesAreClearErrors(@TempDir Path dir) throws IOException {
        IllegalArgumentException noOnnx = assertThrows(IllegalArgumentException.class,
                () -> SentenceEmbedder.load(dir.toString()));
        assertTrue(noOnnx.getMessage().contains("onnx/model.onnx") && noOnnx.getMessage().contains("model.onnx"),
                noOnnx.getMessage());
        Files.createSymbolicLink(dir.resolve("model.onnx"), files.resolve("model.onnx"));
        IllegalArgumentException noTokenizer = assertThrows(IllegalArgumentException.class,
                () -> SentenceEmbedder.load(dir.toString()));
        assertTrue(noTokenizer.getMessage().contains("tokenizer.json") && noTokenizer.getMessage().contains(dir.toString()),
                noTokenizer.getMessage());
        Files.writeString(dir.resolve("tokenizer.json"), "{}");
        IllegalArgumentException named = assertThrows(IllegalArgumentException.class,
                () -> SentenceEmbedder.builder(dir.toString()).modelFile("onnx/model_qint8_avx512.onnx").build());
        assertTrue(named.getMessage().contains("onnx/model_qint8_avx512.onnx"), named.getMessage());
    }

    @Test
    void builderRejectsBadSettingsNamingThem() {
        assertMessage("batchSize must be >= 1, got 0", () -> SentenceEmbedder.allMiniLmL6V2Builder().batchSize(0));
        assertMessage("maxSequenceLength must be >= 2", () -> SentenceEmbedder.allMiniLmL6V2Builder().maxSequenceLength(1));
        assertMessage("intraOpThreads must be >= 0", () -> SentenceEmbedder.allMiniLmL6V2Builder().intraOpThreads(-1));
        assertMessage("interOpThreads must be >= 0", () -> SentenceEmbedder.allMiniLmL6V2Builder().interOpThreads(-2));
        assertMessage("idOrDirectory", () -> SentenceEmbedder.builder(" "));
        assertMessage("modelFile", () -> SentenceEmbedder.builder("acme/x").modelFile(""));
    }

    @Test
    void aClosedEmbedderSaysSo() {
        SentenceEmbedder e = SentenceEmbedder.allMiniLmL6V2();
        e.close();
        e.close();
        IllegalStateException closed = assertThrows(IllegalStateException.class, () -> e.embedDocuments(DOCS));
        assertTrue(closed.getMessage().contains("closed"));
    }

    private static void assertMessage(String expectedPart, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(expectedPart), e.getMessage());
    }

    private static double norm(float[] v) {
        double s = 0;
        for (float x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }
}
