package org.bertopic4j.djl.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bertopic4j.djl.engine.ComputeDevice;
import org.bertopic4j.djl.engine.ModelFormat;
import org.bertopic4j.djl.ort.OnnxSession;
import org.bertopic4j.djl.testing.EmbeddingChecks;
import org.bertopic4j.djl.testing.SameEmbeddings;
import org.bertopic4j.djl.testing.TestResources;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SentenceEmbedder on the tiny sentence-transformers model written as ONNX and as TorchScript from the same
 * weights (src/test/python/make_tiny_torchscript.py): tokenisation, batching, mean pooling and normalisation are
 * shared, so the embeddings must agree within 1e-5.
 */
class SentenceEmbedderTorchScriptTest {
    static final Path DIR = TestResources.path("tiny-models/sentence");
    static final List<String> DOCS = List.of("The cat sat on the mat.", "a dog", "Music plays loud in the city!",
            "", "java and python model topics", "the bird sings, the river drives slow and the car drives fast");

    @Test
    void torchScriptGivesTheOnnxEmbeddings() {
        try (SentenceEmbedder onnx = SentenceEmbedder.builder(DIR.toString()).batchSize(4).build();
                SentenceEmbedder torch = SentenceEmbedder.builder(DIR.toString()).modelFile("model.pt").batchSize(4)
                        .build()) {
            assertEquals(16, torch.dimension());
            assertTrue(torch.normalizes());
            assertEquals(32, torch.maxSequenceLength());
            assertEquals(ComputeDevice.CPU, torch.device());
            assertEquals(ComputeDevice.CPU, onnx.device());
            float[][] a = onnx.embedDocuments(DOCS);
            float[][] b = torch.embedDocuments(DOCS);
            double max = SameEmbeddings.assertClose(a, b, 1e-5, "TorchScript vs ONNX");
            System.out.printf("tiny sentence model: max |ONNX - TorchScript| embedding difference = %.2e%n", max);
            assertEquals(1.0, norm(b[0]), 1e-5);
            assertTrue(Math.abs(a[0][0] - a[1][0]) > 1e-3, "different documents, different embeddings");
        }
    }

    @Test
    void oneTorchScriptModelServesSeveralThreadsAtOnce() throws Exception {
        try (SentenceEmbedder torch = SentenceEmbedder.builder(DIR.toString()).modelFile("model.pt").batchSize(2)
                .build()) {
            EmbeddingChecks.concurrentCallsMatchSequential(DOCS, torch::embedDocuments);
        }
    }

    @Test
    void aDirectoryWithOnlyATorchScriptModelIsFound(@TempDir Path dir) throws IOException {
        for (String f : List.of("model.pt", "tokenizer.json", "modules.json", "sentence_bert_config.json",
                "1_Pooling/config.json")) {
            Files.createDirectories(dir.resolve(f).getParent());
            Files.copy(DIR.resolve(f), dir.resolve(f));
        }
        try (SentenceEmbedder onnx = SentenceEmbedder.load(DIR.toString());
                SentenceEmbedder torch = SentenceEmbedder.load(dir.toString())) {
            SameEmbeddings.assertClose(onnx.embedDocuments(DOCS), torch.embedDocuments(DOCS), 1e-5, "model.pt");
        }
        Files.delete(dir.resolve("model.pt"));
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> SentenceEmbedder.load(dir.toString()));
        assertTrue(none.getMessage().contains("nor model.pt"), none.getMessage());
    }

    @Test
    void anExplicitGpuWithoutOneIsAClearError() {
        Assumptions.assumeFalse(OnnxSession.cudaAvailable(), "this machine's ONNX Runtime can use a GPU");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> SentenceEmbedder.builder(DIR.toString()).device(ComputeDevice.gpu(0)).build());
        assertTrue(e.getMessage().contains("device(ComputeDevice.gpu(0))")
                && e.getMessage().contains("onnxruntime_gpu"), e.getMessage());
        assertThrows(NullPointerException.class, () -> SentenceEmbedder.builder(DIR.toString()).device(null));
    }

    @Test
    void anUnknownModelFileFormatIsAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SentenceEmbedder.builder(DIR.toString()).modelFile("tokenizer.json").build());
        assertTrue(e.getMessage().contains("neither ONNX (*.onnx, *.ort) nor TorchScript (*.pt)"), e.getMessage());
        assertEquals(ModelFormat.TORCHSCRIPT, ModelFormat.of(Path.of("x/MODEL.PT")));
        assertEquals(ModelFormat.ONNX, ModelFormat.of(Path.of("model_quantized.onnx")));
        assertEquals(ModelFormat.ONNX, ModelFormat.of(Path.of("model.ort")));
    }

    private static double norm(float[] v) {
        double s = 0;
        for (float x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }
}
