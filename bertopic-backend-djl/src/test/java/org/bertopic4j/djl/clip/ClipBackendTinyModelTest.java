package org.bertopic4j.djl.clip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bertopic4j.ImageSource;
import org.bertopic4j.djl.Fusion;
import org.bertopic4j.djl.image.BadImagePolicy;
import org.bertopic4j.djl.image.ImageEmbeddings;
import org.bertopic4j.djl.testing.TestResources;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ClipBackend on the tiny CLIP look-alike (src/test/python/make_tiny_models.py), against the token ids and
 * embeddings numpy computed for the same inputs (expected.json). Tolerance: 1e-3 relative to max(1, |x|):
 * ONNX Runtime averages each 112x112 pixel block in float32, numpy in float64 (measured difference 1.3e-4).
 */
class ClipBackendTinyModelTest {
    static final double TOLERANCE = 1e-3;
    static final Path DIR = TestResources.path("tiny-models/clip");
    static JsonNode expected;
    static ClipBackend clip;

    @BeforeAll
    static void load() throws IOException {
        expected = new ObjectMapper().readTree(DIR.resolve("expected.json").toFile());
        clip = ClipBackend.load(DIR);
    }

    @AfterAll
    static void close() {
        clip.close();
    }

    static List<String> texts() {
        List<String> out = new ArrayList<>();
        expected.get("texts").forEach(n -> out.add(n.asText()));
        return out;
    }

    static List<ImageSource> images() {
        List<ImageSource> out = new ArrayList<>();
        expected.get("images").forEach(n -> out.add(ImageSource.of(TestResources.path("preprocess/" + n.asText()))));
        return out;
    }

    static float[] row(JsonNode array) {
        float[] out = new float[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) array.get(i).asDouble();
        }
        return out;
    }

    static long[] ids(JsonNode array) {
        long[] out = new long[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asLong();
        }
        return out;
    }

    static void assertClose(float[] want, float[] got, String what) {
        assertEquals(want.length, got.length, what + " width");
        for (int j = 0; j < want.length; j++) {
            double tol = TOLERANCE * Math.max(1, Math.abs(want[j]));
            assertEquals(want[j], got[j], tol, what + " at " + j);
        }
    }

    @Test
    void tokenizerMatchesTheReferenceBpe() {
        try (ClipTokenizer tok = new ClipTokenizer(DIR.resolve("tokenizer.json"))) {
            for (int i = 0; i < texts().size(); i++) {
                assertArrayEquals(ids(expected.get("text_ids").get(i)), tok.encode(texts().get(i)), texts().get(i));
            }
        }
    }

    @Test
    void textEmbeddingsMatchNumpy() {
        float[][] got = clip.embedDocuments(texts());
        assertEquals(texts().size(), got.length);
        for (int i = 0; i < got.length; i++) {
            assertClose(row(expected.get("text_embeds").get(i)), got[i], "text " + i);
        }
    }

    @Test
    void longDocumentsAreTruncatedRecursivelyTo77TokensAsBertopic() {
        String longText = expected.get("long_text").asText();
        try (ClipTokenizer tok = new ClipTokenizer(DIR.resolve("tokenizer.json"))) {
            assertEquals(expected.get("long_text_token_count").asInt(), tok.encode(longText).length);
            long[] truncated = tok.encodeDocument(longText);
            assertArrayEquals(ids(expected.get("long_text_truncated_ids")), truncated);
            assertTrue(truncated.length <= 77);
            assertEquals(expected.get("long_text_truncated").asText(),
                    tok.decode(Arrays.copyOfRange(truncated, 1, truncated.length - 1)));
            assertEquals(77, tok.encodeTruncated(longText).length);
        }
        assertClose(row(expected.get("long_text_embed")), clip.embedDocuments(List.of(longText))[0], "long text");
        // words are truncated by the tokenizer alone; the 77-row position table would reject anything longer
        assertEquals(512, clip.embedWords(List.of(longText))[0].length);
    }

    @Test
    void imageEmbeddingsMatchNumpy() {
        float[][] got = clip.embedImages(images());
        for (int i = 0; i < got.length; i++) {
            assertClose(row(expected.get("image_embeds").get(i)), got[i], "image " + i);
        }
    }

    @Test
    void textPlusImageIsTheElementWiseMeanByDefault() {
        List<String> docs = texts().subList(0, 3);
        float[][] fused = clip.embed(docs, images());
        for (int i = 0; i < 3; i++) {
            float[] t = row(expected.get("text_embeds").get(i));
            float[] im = row(expected.get("image_embeds").get(i));
            float[] mean = new float[t.length];
            for (int j = 0; j < t.length; j++) {
                mean[j] = (t[j] + im[j]) / 2f;
            }
            assertClose(mean, fused[i], "fused " + i);
        }
        assertEquals(3, clip.embed(null, images()).length);
        assertEquals(4, clip.embed(texts(), null).length);
    }

    @Test
    void otherFusionsNormaliseEachModality() {
        try (ClipBackend normalized = ClipBackend.builder(DIR).fusion(Fusion.NORMALIZED_MEAN).build();
                ClipBackend concat = ClipBackend.builder(DIR).fusion(Fusion.CONCATENATE).weights(1.0, 0.5).build()) {
            float[] n = normalized.embed(texts().subList(0, 1), images().subList(0, 1))[0];
            float[] c = concat.embed(texts().subList(0, 1), images().subList(0, 1))[0];
            assertEquals(512, n.length);
            assertEquals(1024, c.length);
            assertEquals(1.0, norm(c, 0, 512), 1e-5);
            assertEquals(0.5, norm(c, 512, 1024), 1e-5);
            for (int j = 0; j < 512; j++) {
                assertEquals((c[j] + 2 * c[512 + j]) / 2, n[j], 1e-6);
            }
        }
    }

    static double norm(float[] v, int from, int to) {
        double s = 0;
        for (int j = from; j < to; j++) {
            s += v[j] * v[j];
        }
        return Math.sqrt(s);
    }

    @Test
    void combinedModelGivesNormalisedEmbeddings(@TempDir Path tmp) throws IOException {
        Files.createDirectories(tmp.resolve("onnx"));
        for (String f : new String[] {"tokenizer.json", "preprocessor_config.json", "config.json", "onnx/model.onnx"}) {
            Files.copy(DIR.resolve(f), tmp.resolve(f));
        }
        try (ClipBackend combined = ClipBackend.load(tmp)) {
            assertTrue(combined.usesCombinedModel());
            float[][] t = combined.embedDocuments(texts());
            float[][] im = combined.embedImages(images());
            for (int i = 0; i < t.length; i++) {
                assertClose(unit(row(expected.get("text_embeds").get(i))), t[i], "combined text " + i);
            }
            for (int i = 0; i < im.length; i++) {
                assertClose(unit(row(expected.get("image_embeds").get(i))), im[i], "combined image " + i);
            }
        }
    }

    static float[] unit(float[] v) {
        double n = norm(v, 0, v.length);
        float[] out = new float[v.length];
        for (int j = 0; j < v.length; j++) {
            out[j] = (float) (v[j] / n);
        }
        return out;
    }

    @Test
    void unreadableImagesFailNamingTheFileOrAreSkippedAndReported(@TempDir Path tmp) throws IOException {
        Path corrupt = tmp.resolve("corrupt.png");
        Files.write(corrupt, new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        Path missing = tmp.resolve("missing.jpg");
        List<ImageSource> imgs = List.of(images().get(0), ImageSource.of(corrupt), ImageSource.of(missing));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> clip.embedImages(imgs));
        assertTrue(e.getMessage().contains("corrupt.png"), e.getMessage());
        try (ClipBackend skipping = ClipBackend.builder(DIR).onBadImage(BadImagePolicy.SKIP).build()) {
            ImageEmbeddings report = skipping.embedImagesWithReport(imgs);
            assertEquals(2, report.skipped().size());
            assertEquals(1, report.skipped().get(0).index());
            assertTrue(report.skipped().get(1).name().contains("missing.jpg"));
            assertArrayEquals(new float[512], report.vectors()[2]);
            assertClose(row(expected.get("image_embeds").get(0)), report.vectors()[0], "kept image");
            float[][] fused = skipping.embed(texts().subList(0, 3), imgs);
            assertClose(row(expected.get("text_embeds").get(1)), fused[1], "text fallback");
        }
    }

    @Test
    void batchSizeDoesNotChangeResults() {
        try (ClipBackend one = ClipBackend.builder(DIR).batchSize(1).build()) {
            float[][] a = one.embedDocuments(texts());
            float[][] b = clip.embedDocuments(texts());
            for (int i = 0; i < a.length; i++) {
                assertClose(b[i], a[i], "text " + i);
            }
        }
    }

    @Test
    void badArgumentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> ClipBackend.builder(DIR).batchSize(0));
        assertThrows(IllegalArgumentException.class, () -> ClipBackend.builder(DIR).weights(-1, 1));
        assertThrows(IllegalArgumentException.class, () -> ClipBackend.builder(DIR).variant("quantized"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ClipBackend.builder(DIR).variant("_int8").build());
        assertTrue(e.getMessage().contains("text_model_int8.onnx"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ClipBackend.load(DIR.resolve("nope")));
        assertTrue(e.getMessage().contains("nope"), e.getMessage());
    }
}
