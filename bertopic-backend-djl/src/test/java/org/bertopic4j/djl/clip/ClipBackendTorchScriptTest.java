package org.bertopic4j.djl.clip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bertopic4j.djl.engine.ComputeDevice;
import org.bertopic4j.djl.ort.OnnxSession;
import org.bertopic4j.djl.testing.SameEmbeddings;
import org.bertopic4j.djl.testing.TestResources;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ClipBackend on TorchScript towers traced with the weights of the tiny ONNX CLIP (make_tiny_torchscript.py):
 * texts and images must embed as with the ONNX towers (within 1e-5 relative) and as numpy computed.
 */
class ClipBackendTorchScriptTest {
    static final Path DIR = TestResources.path("tiny-models/clip-torchscript");
    static ClipBackend onnx;
    static ClipBackend torch;

    @BeforeAll
    static void load() throws IOException {
        ClipBackendTinyModelTest.load();
        onnx = ClipBackendTinyModelTest.clip;
        torch = ClipBackend.load(DIR);
    }

    @AfterAll
    static void close() {
        torch.close();
        onnx.close();
    }

    @Test
    void textEmbeddingsMatchTheOnnxTowerAndNumpy() {
        List<String> texts = ClipBackendTinyModelTest.texts();
        float[][] got = torch.embedDocuments(texts);
        double max = SameEmbeddings.assertClose(onnx.embedDocuments(texts), got, 1e-5, "text, TorchScript vs ONNX");
        System.out.printf("tiny CLIP text tower: max |ONNX - TorchScript| = %.2e%n", max);
        for (int i = 0; i < got.length; i++) {
            ClipBackendTinyModelTest.assertClose(
                    ClipBackendTinyModelTest.row(ClipBackendTinyModelTest.expected.get("text_embeds").get(i)), got[i],
                    "text " + i);
        }
        assertFalse(torch.usesCombinedModel());
        assertEquals(ComputeDevice.CPU, torch.device());
    }

    @Test
    void imageEmbeddingsMatchTheOnnxTower() {
        float[][] got = torch.embedImages(ClipBackendTinyModelTest.images());
        double max = SameEmbeddings.assertClose(onnx.embedImages(ClipBackendTinyModelTest.images()), got, 1e-5,
                "image, TorchScript vs ONNX");
        System.out.printf("tiny CLIP vision tower: max |ONNX - TorchScript| = %.2e%n", max);
        float[][] fused = torch.embed(ClipBackendTinyModelTest.texts().subList(0, 3),
                ClipBackendTinyModelTest.images());
        SameEmbeddings.assertClose(onnx.embed(ClipBackendTinyModelTest.texts().subList(0, 3),
                ClipBackendTinyModelTest.images()), fused, 1e-5, "fused");
    }

    @Test
    void aDirectoryWithoutTowersNamesBothLayouts(@TempDir Path dir) throws IOException {
        for (String f : List.of("tokenizer.json", "preprocessor_config.json")) {
            Files.copy(DIR.resolve(f), dir.resolve(f));
        }
        Files.copy(DIR.resolve("text_model.pt"), dir.resolve("text_model.pt"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClipBackend.load(dir));
        assertTrue(e.getMessage().contains("vision_model.pt") && e.getMessage().contains("onnx/vision_model.onnx"),
                e.getMessage());
    }

    @Test
    void anExplicitGpuWithoutOneIsAClearError() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ClipBackend.builder(DIR).device(ComputeDevice.gpu(0)).build());
        assertTrue(e.getMessage().contains("device(ComputeDevice.gpu(0))")
                && e.getMessage().contains("pytorch-native-cu128"), e.getMessage());
        if (!OnnxSession.cudaAvailable()) {
            IllegalStateException onnxGpu = assertThrows(IllegalStateException.class,
                    () -> ClipBackend.builder(ClipBackendTinyModelTest.DIR).device(ComputeDevice.gpu(0)).build());
            assertTrue(onnxGpu.getMessage().contains("onnxruntime_gpu"), onnxGpu.getMessage());
        }
    }
}
