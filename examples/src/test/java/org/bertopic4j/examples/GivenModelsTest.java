package org.bertopic4j.examples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.bertopic4j.io.CsvTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code --clip} and {@code --captioner} paths of the examples, run end to end on 48 rows of the bundled
 * sample (the first six of each category, given with {@code --csv}) with tiny look-alike exports of CLIP and
 * vit-gpt2 (real layouts, meaningless weights): the given models are loaded, announced and used instead of
 * the offline stand-ins, and a report is written.
 */
class GivenModelsTest {
    private static final int PER_CATEGORY = 6;

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
        String[] args = new String[models.length + 6];
        System.arraycopy(models, 0, args, 0, models.length);
        System.arraycopy(new String[] {"--csv", subset(dir).toString(), "--out", dir.resolve("r.html").toString(),
            "--min-topic-size", "5"}, 0, args, models.length, 6);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            example.apply(ExampleOptions.parse(args, Path.of("unused.html")), out);
        }
        assertTrue(Files.isRegularFile(dir.resolve("r.html")), "report written");
        return printed.toString(StandardCharsets.UTF_8);
    }

    /** The first rows of each category of the bundled sample, as a CSV in {@code dir} with absolute image paths. */
    private static Path subset(Path dir) {
        Path bundled = BundledFiles.sampleCsv();
        CsvTable table = BundledFiles.table(bundled);
        List<String> images = table.column("image_path");
        List<String> texts = table.column("text");
        List<String> categories = table.column("category");
        Map<String, Integer> taken = new HashMap<>();
        StringBuilder csv = new StringBuilder("image_path,text,category\n");
        for (int i = 0; i < images.size(); i++) {
            if (taken.merge(categories.get(i), 1, Integer::sum) <= PER_CATEGORY) {
                csv.append(quoted(bundled.getParent().resolve(images.get(i)).toString())).append(',')
                        .append(quoted(texts.get(i))).append(',').append(quoted(categories.get(i))).append('\n');
            }
        }
        try {
            return Files.writeString(dir.resolve("subset.csv"), csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String quoted(String field) {
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    private static String model(String name) throws URISyntaxException {
        return Path.of(GivenModelsTest.class.getResource("/tiny-models/" + name + "/config.json").toURI()).getParent()
                .toString();
    }
}
