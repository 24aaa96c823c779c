package org.bertopic4j.djl.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.bertopic4j.ImageSource;
import org.bertopic4j.djl.clip.ClipBackend;
import org.bertopic4j.djl.testing.SameEmbeddings;
import org.bertopic4j.djl.testing.TestResources;
import org.bertopic4j.djl.text.SentenceEmbedder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files written by a current PyTorch (2.11) from Hugging Face transformers models: a BertModel and the CLIP text
 * and vision towers, each traced to TorchScript and exported to ONNX (src/test/python/make_transformers_twins.py,
 * versions in transformers-sentence/versions.txt). DJL's libtorch 2.7.1 must load the traced files; both engines
 * must give what eager torch computed for fixed token ids (expected.json), and the backends must give the same
 * embeddings from either format.
 */
class TransformersExportsTest {
    static final Path SENTENCE = TestResources.path("tiny-models/transformers-sentence");
    static final Path CLIP = TestResources.path("tiny-models/transformers-clip");
    static final double TOLERANCE = 1e-5;
    static JsonNode expected;

    @BeforeAll
    static void readExpected() throws IOException {
        expected = new ObjectMapper().readTree(SENTENCE.resolve("expected.json").toFile());
    }

    @Test
    void bertTokenEmbeddingsMatchEagerTorchOnBothEngines() {
        JsonNode bert = expected.get("bert");
        Map<String, Tensor> feeds = feeds(bert, true);
        float[] want = ModelRunnerTest.flatFloats(bert.get("last_hidden_state"));
        for (Path file : List.of(SENTENCE.resolve("model.pt"), SENTENCE.resolve("onnx/model.onnx"))) {
            try (ModelRunner runner = ModelRunner.open(file, RunnerOptions.DEFAULT)) {
                assertEquals(List.of("input_ids", "attention_mask", "token_type_ids"), runner.inputNames(),
                        file + ": names of forward's arguments");
                assertClose(want, runner.run(feeds).get("last_hidden_state").floats(), file.toString());
            }
        }
    }

    @Test
    void clipTextEmbeddingsMatchEagerTorchOnBothEngines() {
        JsonNode text = expected.get("clip_text");
        float[] want = ModelRunnerTest.flatFloats(text.get("text_embeds"));
        for (Path file : List.of(CLIP.resolve("text_model.pt"), CLIP.resolve("onnx/text_model.onnx"))) {
            try (ModelRunner runner = ModelRunner.open(file, RunnerOptions.DEFAULT)) {
                assertClose(want, runner.run(feeds(text, false)).get("text_embeds").floats(), file.toString());
            }
        }
    }

    @Test
    void sentenceEmbedderGivesTheSameEmbeddingsFromBothFiles() {
        List<String> docs = List.of("The cat sat on the mat.", "a dog", "", "java and python model topics");
        try (SentenceEmbedder onnx = SentenceEmbedder.load(SENTENCE.toString());
                SentenceEmbedder torch = SentenceEmbedder.builder(SENTENCE.toString()).modelFile("model.pt").build()) {
            float[][] a = onnx.embedDocuments(docs);
            double max = SameEmbeddings.assertClose(a, torch.embedDocuments(docs), TOLERANCE, "TorchScript vs ONNX");
            System.out.printf("transformers BertModel (torch 2.11): max |ONNX - TorchScript| embedding = %.2e%n", max);
            assertEquals(32, a[0].length);
        }
    }

    @Test
    void clipBackendGivesTheSameEmbeddingsFromBothFormats(@TempDir Path towers) throws IOException {
        for (String f : List.of("text_model.pt", "vision_model.pt", "tokenizer.json", "tokenizer_config.json",
                "preprocessor_config.json", "config.json")) {
            Files.copy(CLIP.resolve(f), towers.resolve(f));
        }
        List<String> texts = List.of("a photo of a cat", "two dogs playing in the snow", "");
        List<ImageSource> images = TestResources.openclipartImages().subList(0, 3).stream().map(ImageSource::of)
                .toList();
        try (ClipBackend onnx = ClipBackend.load(CLIP); ClipBackend torch = ClipBackend.load(towers)) {
            double text = SameEmbeddings.assertClose(onnx.embedDocuments(texts), torch.embedDocuments(texts),
                    TOLERANCE, "text, TorchScript vs ONNX");
            float[][] fromOnnx = onnx.embedImages(images);
            double image = SameEmbeddings.assertClose(fromOnnx, torch.embedImages(images), TOLERANCE,
                    "image, TorchScript vs ONNX");
            System.out.printf("transformers CLIP towers (torch 2.11): max |ONNX - TorchScript| text %.2e, image %.2e%n",
                    text, image);
            assertEquals(16, fromOnnx[0].length);
            assertTrue(Math.abs(fromOnnx[0][0] - fromOnnx[1][0]) > 1e-4, "different images, different embeddings");
        }
    }

    /** Token ids and mask from the expected-output JSON, with zero token types when asked. */
    private static Map<String, Tensor> feeds(JsonNode node, boolean tokenTypes) {
        long[] ids = ModelRunnerTest.flatLongs(node.get("input_ids"));
        long[] mask = ModelRunnerTest.flatLongs(node.get("attention_mask"));
        int rows = node.get("input_ids").size();
        int length = ids.length / rows;
        Tensor idTensor = Tensor.ofLongs(ids, rows, length);
        Tensor maskTensor = Tensor.ofLongs(mask, rows, length);
        return tokenTypes
                ? Map.of("input_ids", idTensor, "attention_mask", maskTensor,
                        "token_type_ids", Tensor.ofLongs(new long[ids.length], rows, length))
                : Map.of("input_ids", idTensor, "attention_mask", maskTensor);
    }

    private static void assertClose(float[] want, float[] got, String what) {
        assertEquals(want.length, got.length, what + ": size");
        for (int i = 0; i < want.length; i++) {
            assertEquals(want[i], got[i], TOLERANCE, what + " at " + i);
        }
    }
}
