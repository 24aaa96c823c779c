package org.bertopic4j.djl.caption;

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
import java.util.List;
import org.bertopic4j.ImageSource;
import org.bertopic4j.djl.image.BadImagePolicy;
import org.bertopic4j.djl.testing.TestResources;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OnnxImageCaptioner on the tiny ViT-GPT2 look-alike (src/test/python/make_tiny_models.py): greedy and
 * beam-search token sequences and decoded captions must equal what the script's numpy decoding predicts
 * (it checked that every decision wins by a margin of at least 1e-3, far above float32 noise), with the
 * merged decoder (cache on and off) and with the plain decoder.
 */
class OnnxImageCaptionerTinyModelTest {
    static final Path DIR = TestResources.path("tiny-models/vit-gpt2");
    static JsonNode expected;

    @BeforeAll
    static void load() throws IOException {
        expected = new ObjectMapper().readTree(DIR.resolve("expected.json").toFile());
    }

    static List<ImageSource> images() {
        List<ImageSource> out = new ArrayList<>();
        expected.get("images").forEach(n -> out.add(ImageSource.of(TestResources.path("preprocess/" + n.asText()))));
        return out;
    }

    static void assertIds(JsonNode want, List<long[]> got) {
        assertEquals(want.size(), got.size());
        for (int i = 0; i < got.size(); i++) {
            long[] w = new long[want.get(i).size()];
            for (int k = 0; k < w.length; k++) {
                w[k] = want.get(i).get(k).asLong();
            }
            assertArrayEquals(w, got.get(i), "image " + i);
        }
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void greedyWithDefaultsFromTheGenerationConfig() {
        try (OnnxImageCaptioner c = OnnxImageCaptioner.load(DIR)) {
            assertIds(expected.get("greedy_ids"), c.captionIds(images()));
            assertEquals(strings(expected.get("greedy_captions")), c.caption(images()));
        }
    }

    @Test
    void greedyWithoutCacheAndWithThePlainDecoderAgree(@TempDir Path tmp) throws IOException {
        try (OnnxImageCaptioner c = OnnxImageCaptioner.builder(DIR).useCache(false).build()) {
            assertIds(expected.get("greedy_ids"), c.captionIds(images()));
        }
        Files.createDirectories(tmp.resolve("onnx"));
        for (String f : new String[] {"tokenizer.json", "preprocessor_config.json", "config.json",
            "onnx/encoder_model.onnx", "onnx/decoder_model.onnx"}) {
            Files.copy(DIR.resolve(f), tmp.resolve(f));
        }
        try (OnnxImageCaptioner c = OnnxImageCaptioner.load(tmp)) {
            assertIds(expected.get("greedy_ids"), c.captionIds(images()));
        }
    }

    @Test
    void beamSearch() {
        try (OnnxImageCaptioner c = OnnxImageCaptioner.builder(DIR).numBeams(expected.get("beam_num_beams").asInt())
                .maxLength(expected.get("beam_max_length").asInt()).build()) {
            assertIds(expected.get("beam_ids"), c.captionIds(images()));
            assertEquals(strings(expected.get("beam_captions")), c.caption(images()));
        }
        try (OnnxImageCaptioner c = OnnxImageCaptioner.builder(DIR).numBeams(expected.get("beam_num_beams").asInt())
                .maxLength(expected.get("beam_max_length").asInt()).useCache(false).build()) {
            assertIds(expected.get("beam_ids"), c.captionIds(images()));
        }
    }

    @Test
    void maxLengthBoundsTheCaption() {
        try (OnnxImageCaptioner c = OnnxImageCaptioner.builder(DIR).maxLength(4).build()) {
            for (long[] ids : c.captionIds(images())) {
                assertTrue(ids.length <= 3, "at most max_length - 1 generated tokens");
            }
        }
    }

    @Test
    void badImagesAndArguments(@TempDir Path tmp) throws IOException {
        Path corrupt = tmp.resolve("broken.jpg");
        Files.write(corrupt, new byte[] {1, 2, 3});
        List<ImageSource> imgs = List.of(images().get(2), ImageSource.of(corrupt));
        try (OnnxImageCaptioner c = OnnxImageCaptioner.load(DIR)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> c.caption(imgs));
            assertTrue(e.getMessage().contains("broken.jpg"), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> c.caption(List.of()));
            assertThrows(IllegalArgumentException.class, () -> c.caption(null));
        }
        try (OnnxImageCaptioner c = OnnxImageCaptioner.builder(DIR).onBadImage(BadImagePolicy.SKIP).build()) {
            assertEquals(List.of(expected.get("greedy_captions").get(2).asText(), ""), c.caption(imgs));
        }
        assertThrows(IllegalArgumentException.class, () -> OnnxImageCaptioner.builder(DIR).numBeams(0));
        assertThrows(IllegalArgumentException.class, () -> OnnxImageCaptioner.builder(DIR).maxLength(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OnnxImageCaptioner.builder(DIR).variant("_quantized").build());
        assertTrue(e.getMessage().contains("encoder_model_quantized.onnx"), e.getMessage());
    }
}
