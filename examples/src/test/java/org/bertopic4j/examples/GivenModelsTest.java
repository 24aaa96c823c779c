package org.bertopic4j.examples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code --clip} and {@code --captioner} paths of the examples, run end to end on the bundled sample
 * with tiny look-alike exports of CLIP and vit-gpt2 (real layouts, meaningless weights): the given models
 * are loaded, announced and used instead of the offline stand-ins, and a report is written.
 */
class GivenModelsTest {

    @Test
    void multimodalUsesTheGivenClip(@TempDir Path dir) throws Exception {
        String printed = run(MultimodalTopics::run, dir, "--clip", model("clip"));
        assertTrue(printed.contains("CLIP " + model("clip")), printed);
        assertFalse(printed.contains("MobileNetV2"), printed);
    }

    @Test
    void imageOnlyUsesTheGivenClipAndCaptioner(@TempDir Path dir) throws Exception {
        String printed = run(ImageOnlyTopics::run, dir, "--clip", model("clip"), "--captioner", model("vit-gpt2"));
        assertTrue(printed.contains("images: CLIP " + model("clip")), printed);
        assertTrue(printed.contains("captions: " + model("vit-gpt2")), printed);
        assertFalse(printed.contains("CsvCaptions"), printed);
    }

    @Test
    void captionThenTextUsesTheGivenCaptioner(@TempDir Path dir) throws Exception {
        String printed = run(CaptionThenTextTopics::run, dir, "--captioner", model("vit-gpt2"));
        assertTrue(printed.contains("captions: " + model("vit-gpt2")), printed);
        assertFalse(printed.contains("CsvCaptions"), printed);
    }

    private static String run(BiFunction<ExampleOptions, PrintStream, Path> example, Path dir, String... models) {
        String[] args = new String[models.length + 4];
        System.arraycopy(models, 0, args, 0, models.length);
        System.arraycopy(new String[] {"--out", dir.resolve("r.html").toString(), "--min-topic-size", "10"}, 0, args,
                models.length, 4);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            example.apply(ExampleOptions.parse(args, Path.of("unused.html")), out);
        }
        assertTrue(Files.isRegularFile(dir.resolve("r.html")), "report written");
        return printed.toString(StandardCharsets.UTF_8);
    }

    private static String model(String name) throws URISyntaxException {
        return Path.of(GivenModelsTest.class.getResource("/tiny-models/" + name + "/config.json").toURI()).getParent()
                .toString();
    }
}
