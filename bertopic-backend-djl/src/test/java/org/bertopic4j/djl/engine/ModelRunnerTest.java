package org.bertopic4j.djl.engine;

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
import java.util.Map;
import java.util.Set;
import org.bertopic4j.djl.testing.TestResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tiny sentence encoder (src/test/python/make_tiny_torchscript.py) written as ONNX and as TorchScript from the
 * same torch weights: both runners must give the last_hidden_state eager torch computed (expected.json), the one
 * within 1e-5 of the other, under the same input and output names; and the engine-level errors.
 */
class ModelRunnerTest {
    static final Path DIR = TestResources.path("tiny-models/sentence");
    static final double TOLERANCE = 1e-5;

    @Test
    void onnxAndTorchScriptGiveTheSameTokenEmbeddings() throws IOException {
        JsonNode expected = new ObjectMapper().readTree(DIR.resolve("expected.json").toFile());
        long[] ids = flatLongs(expected.get("input_ids"));
        long[] mask = flatLongs(expected.get("attention_mask"));
        int rows = expected.get("input_ids").size();
        int length = ids.length / rows;
        Map<String, Tensor> feeds = Map.of("input_ids", Tensor.ofLongs(ids, rows, length),
                "attention_mask", Tensor.ofLongs(mask, rows, length),
                "token_type_ids", Tensor.ofLongs(new long[ids.length], rows, length));
        float[] want = flatFloats(expected.get("last_hidden_state"));
        try (ModelRunner onnx = ModelRunner.open(DIR.resolve("onnx/model.onnx"), RunnerOptions.DEFAULT);
                ModelRunner torch = ModelRunner.open(DIR.resolve("model.pt"), RunnerOptions.DEFAULT)) {
            assertEquals(ModelFormat.ONNX, onnx.format());
            assertEquals(ModelFormat.TORCHSCRIPT, torch.format());
            assertEquals(onnx.inputNames(), torch.inputNames());
            assertEquals(List.of("last_hidden_state"), onnx.outputNames());
            assertEquals(List.of(), torch.outputNames(), "TorchScript declares no outputs before a run");
            Tensor fromOnnx = onnx.run(feeds).get("last_hidden_state");
            ModelOutputs torchOutputs = torch.run(feeds);
            assertEquals(List.of("last_hidden_state"), torchOutputs.names(), "the dict output's keys");
            Tensor fromTorch = torchOutputs.get("last_hidden_state");
            assertEquals(List.of(2L, 5L, 16L), List.of(box(fromTorch.shape())));
            assertEquals(List.of(box(fromOnnx.shape())), List.of(box(fromTorch.shape())));
            double maxDiff = 0;
            for (int i = 0; i < want.length; i++) {
                assertEquals(want[i], fromOnnx.floats()[i], TOLERANCE, "ONNX at " + i);
                assertEquals(want[i], fromTorch.floats()[i], TOLERANCE, "TorchScript at " + i);
                maxDiff = Math.max(maxDiff, Math.abs(fromOnnx.floats()[i] - fromTorch.floats()[i]));
            }
            System.out.printf("tiny sentence encoder: max |ONNX - TorchScript| = %.2e%n", maxDiff);
        }
    }

    @Test
    void theCpuIsUsedWhenNoGpuIsAskedForOrAvailable() {
        try (ModelRunner cpu = ModelRunner.open(DIR.resolve("model.pt"),
                new RunnerOptions(ComputeDevice.CPU, 0, 0))) {
            assertEquals(ComputeDevice.CPU, cpu.device());
        }
    }

    @Test
    void feedsMustNameExactlyTheInputs() {
        Tensor ids = Tensor.ofLongs(new long[] {2, 3}, 1, 2);
        Tensor zeros = Tensor.ofLongs(new long[2], 1, 2);
        for (String file : List.of("onnx/model.onnx", "model.pt")) {
            try (ModelRunner runner = ModelRunner.open(DIR.resolve(file), RunnerOptions.DEFAULT)) {
                IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                        () -> runner.run(Map.of("input_ids", ids)));
                assertTrue(missing.getMessage().contains("needs input 'attention_mask'"), missing.getMessage());
                IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                        () -> runner.run(Map.of("input_ids", ids, "attention_mask", ids, "token_type_ids", zeros,
                                "pixel_values", ids)));
                assertTrue(unknown.getMessage().contains("no input named 'pixel_values'"), unknown.getMessage());
                IllegalStateException noOutput = assertThrows(IllegalStateException.class,
                        () -> runner.run(Map.of("input_ids", ids, "attention_mask", ids, "token_type_ids", zeros))
                                .get("text_embeds"));
                assertTrue(noOutput.getMessage().contains("[last_hidden_state]"), noOutput.getMessage());
            }
        }
    }

    @Test
    void filesOfOtherFormatsOrMissingFilesAreClearErrors(@TempDir Path dir) throws IOException {
        Path bin = Files.write(dir.resolve("pytorch_model.bin"), new byte[] {1, 2, 3});
        IllegalArgumentException format = assertThrows(IllegalArgumentException.class,
                () -> ModelRunner.open(bin, RunnerOptions.DEFAULT));
        assertTrue(format.getMessage().contains(
                "pytorch_model.bin is neither ONNX (*.onnx, *.ort) nor TorchScript (*.pt)"), format.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> ModelRunner.open(dir.resolve("absent.pt"), RunnerOptions.DEFAULT));
        assertTrue(missing.getMessage().contains("absent.pt"), missing.getMessage());
        Path corruptOnnx = Files.write(dir.resolve("model.onnx"), new byte[] {1, 2, 3});
        IllegalArgumentException onnx = assertThrows(IllegalArgumentException.class,
                () -> ModelRunner.open(corruptOnnx, RunnerOptions.DEFAULT));
        assertTrue(onnx.getMessage().contains("cannot load ONNX model"), onnx.getMessage());
        Path pickled = Files.write(dir.resolve("weights.pt"), new byte[] {(byte) 0x80, 2, 'c'});
        IllegalArgumentException torch = assertThrows(IllegalArgumentException.class,
                () -> ModelRunner.open(pickled, RunnerOptions.DEFAULT));
        assertTrue(torch.getMessage().contains("not a TorchScript archive"), torch.getMessage());
    }

    @Test
    void aMissingPyTorchEngineNamesTheJarsToAdd() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> TorchScriptRunner.requireEngine(Set.of("OnnxRuntime"), Path.of("model.pt")));
        for (String part : List.of("model.pt is a TorchScript model", "ai.djl.pytorch:pytorch-engine",
                "ai.djl.pytorch:pytorch-jni", "ai.djl.pytorch:pytorch-native-cpu")) {
            assertTrue(e.getMessage().contains(part), e.getMessage());
        }
        TorchScriptRunner.requireEngine(Set.of("OnnxRuntime", "PyTorch"), Path.of("model.pt"));
    }

    @Test
    void tensorsCheckTheirShape() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Tensor.ofFloats(new float[5], 2, 3));
        assertEquals("tensor shape [2, 3] holds 6 values, but 5 were given", e.getMessage());
        assertThrows(IllegalStateException.class, () -> Tensor.ofLongs(new long[2], 2).floats());
    }

    static long[] flatLongs(JsonNode nested) {
        return flatten(nested).stream().mapToLong(Number::longValue).toArray();
    }

    static float[] flatFloats(JsonNode nested) {
        List<Number> values = flatten(nested);
        float[] out = new float[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i).floatValue();
        }
        return out;
    }

    private static List<Number> flatten(JsonNode node) {
        List<Number> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(child -> out.addAll(flatten(child)));
        } else {
            out.add(node.numberValue());
        }
        return out;
    }

    private static Long[] box(long[] values) {
        return Arrays.stream(values).boxed().toArray(Long[]::new);
    }
}
