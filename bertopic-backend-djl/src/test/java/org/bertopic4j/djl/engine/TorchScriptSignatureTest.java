package org.bertopic4j.djl.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bertopic4j.djl.testing.TestResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading forward's argument names from TorchScript archives saved by torch.jit.save. */
class TorchScriptSignatureTest {

    @Test
    void readsTheTracedArgumentNamesInOrder() {
        assertEquals(List.of("input_ids", "attention_mask", "token_type_ids"),
                TorchScriptSignature.forwardArguments(TestResources.path("tiny-models/sentence/model.pt")));
        assertEquals(List.of("input_ids"), TorchScriptSignature.forwardArguments(
                TestResources.path("tiny-models/clip-torchscript/text_model.pt")));
        assertEquals(List.of("pixel_values"), TorchScriptSignature.forwardArguments(
                TestResources.path("tiny-models/clip-torchscript/vision_model.pt")));
    }

    @Test
    void parsesTypesWithCommasAndDefaults() {
        String code = "class Other(Module):\n  def forward(self: __torch__.Other,\n    x: Tensor) -> Tensor:\n"
                + "    return x\nclass Top(Module):\n  def forward(self: __torch__.Top,\n"
                + "    input_ids: Tensor,\n    extra: Dict[str, Tuple[Tensor, Tensor]],\n"
                + "    token_type_ids: Optional[Tensor]=None) -> Tuple[Tensor, Tensor]:\n";
        assertEquals(List.of("input_ids", "extra", "token_type_ids"),
                TorchScriptSignature.arguments(code, "Top", Path.of("m.pt")));
    }

    @Test
    void aFileThatIsNotATorchScriptArchiveIsAClearError(@TempDir Path dir) throws IOException {
        Path pickled = dir.resolve("state_dict.pt");
        Files.write(pickled, new byte[] {(byte) 0x80, 2, 'c', 'x', '\n'});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TorchScriptSignature.forwardArguments(pickled));
        assertTrue(e.getMessage().contains("state_dict.pt") && e.getMessage().contains("torch.jit.save"),
                e.getMessage());
        IllegalArgumentException noForward = assertThrows(IllegalArgumentException.class,
                () -> TorchScriptSignature.arguments("class Top(Module):\n  x : int\n", "Top", Path.of("m.pt")));
        assertTrue(noForward.getMessage().contains("no forward method for class Top"), noForward.getMessage());
    }
}
