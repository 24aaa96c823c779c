package org.bertopic4j.djl.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bertopic4j.ImageSource;
import org.bertopic4j.djl.engine.ComputeDevice;
import org.bertopic4j.djl.testing.SameEmbeddings;
import org.bertopic4j.djl.testing.TestResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ImageFeatureBackend on a TorchScript vision model: the tiny CLIP vision tower traced with the weights of its ONNX
 * twin must give the same features (within 1e-5 relative), named by file or found as {@code model.pt}.
 */
class ImageFeatureBackendTorchScriptTest {
    static final Path ONNX_DIR = TestResources.path("tiny-models/clip");
    static final Path TORCH_DIR = TestResources.path("tiny-models/clip-torchscript");

    @Test
    void torchScriptFeaturesMatchOnnx(@TempDir Path dir) throws IOException {
        List<ImageSource> images = TestResources.sources(TestResources.openclipartImages().subList(0, 5));
        Files.copy(TORCH_DIR.resolve("vision_model.pt"), dir.resolve("model.pt"));
        Files.copy(TORCH_DIR.resolve("preprocessor_config.json"), dir.resolve("preprocessor_config.json"));
        try (ImageFeatureBackend onnx = ImageFeatureBackend.builder(ONNX_DIR)
                .modelFile(ONNX_DIR.resolve("onnx/vision_model.onnx")).batchSize(2).build();
                ImageFeatureBackend named = ImageFeatureBackend.builder(TORCH_DIR)
                        .modelFile(TORCH_DIR.resolve("vision_model.pt")).batchSize(2).build();
                ImageFeatureBackend found = ImageFeatureBackend.load(dir)) {
            float[][] want = onnx.embedImages(images);
            double max = SameEmbeddings.assertClose(want, named.embedImages(images), 1e-5, "vision_model.pt");
            SameEmbeddings.assertClose(want, found.embedImages(images), 1e-5, "model.pt");
            System.out.printf("tiny vision model as features: max |ONNX - TorchScript| = %.2e%n", max);
            assertEquals(512, want[0].length);
            assertEquals(ComputeDevice.CPU, found.device());
        }
    }

    @Test
    void aNamedOutputTheModelDoesNotReturnIsAClearError() {
        List<ImageSource> images = TestResources.sources(TestResources.openclipartImages().subList(0, 1));
        try (ImageFeatureBackend b = ImageFeatureBackend.builder(TORCH_DIR)
                .modelFile(TORCH_DIR.resolve("vision_model.pt")).outputName("pooler_output").build()) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> b.embedImages(images));
            assertTrue(e.getMessage().contains("no output named 'pooler_output'")
                    && e.getMessage().contains("[image_embeds]"), e.getMessage());
        }
    }
}
