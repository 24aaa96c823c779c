package org.bertopic4j.djl.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.bertopic4j.ImageSource;
import org.bertopic4j.djl.testing.TestResources;
import org.junit.jupiter.api.Test;

/**
 * ImageFeatureBackend on other ONNX vision models: the tiny CLIP vision tower (rank-2 output) must give the
 * image embeddings numpy computed; the tiny ViT encoder (rank-3 {@code last_hidden_state}) is pooled by CLS
 * token or by the token average.
 */
class ImageFeatureBackendTinyModelTest {
    static final Path CLIP = TestResources.path("tiny-models/clip");
    static final Path VIT = TestResources.path("tiny-models/vit-gpt2");

    @Test
    void clipVisionTowerAsAFeatureModel() throws IOException {
        JsonNode expected = new ObjectMapper().readTree(CLIP.resolve("expected.json").toFile());
        try (ImageFeatureBackend b = ImageFeatureBackend.builder(CLIP)
                .modelFile(CLIP.resolve("onnx/vision_model.onnx")).build()) {
            for (int i = 0; i < expected.get("images").size(); i++) {
                ImageSource img = ImageSource.of(TestResources.path("preprocess/"
                        + expected.get("images").get(i).asText()));
                float[] got = b.embedImages(List.of(img))[0];
                JsonNode want = expected.get("image_embeds").get(i);
                for (int j = 0; j < got.length; j++) {
                    double w = want.get(j).asDouble();
                    assertEquals(w, got[j], 1e-3 * Math.max(1, Math.abs(w)), "image " + i + " at " + j);
                }
            }
        }
    }

    @Test
    void sequenceOutputsArePooled() {
        List<ImageSource> imgs = TestResources.sources(TestResources.openclipartImages().subList(0, 2));
        Path encoder = VIT.resolve("onnx/encoder_model.onnx");
        try (ImageFeatureBackend cls = ImageFeatureBackend.builder(VIT).modelFile(encoder).build();
                ImageFeatureBackend avg = ImageFeatureBackend.builder(VIT).modelFile(encoder)
                        .pooling(FeaturePooling.AVERAGE).build();
                ImageFeatureBackend none = ImageFeatureBackend.builder(VIT).modelFile(encoder)
                        .pooling(FeaturePooling.NONE).build()) {
            float[][] c = cls.embedImages(imgs);
            float[][] a = avg.embedImages(imgs);
            assertEquals(768, c[0].length);
            assertEquals(768, a[0].length);
            // the tiny encoder projects each 16x16 patch's channel means, so the token average is the
            // projection of the whole image's channel means: a[0] is a mix of rows, not the first token
            double diff = 0;
            for (int j = 0; j < 768; j++) {
                diff += Math.abs(a[0][j] - c[0][j]);
            }
            assertTrue(diff > 1e-3, "average pooling differs from the first token");
            assertThrows(IllegalArgumentException.class, () -> none.embedImages(imgs));
        }
    }
}
