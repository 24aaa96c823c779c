package org.bertopic4j.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples' input: a missing CSV is refused before any model loads; categories become gold labels. */
class ExampleInputTest {

    @Test
    void aMissingCsvIsRefusedBeforeAnyWork(@TempDir Path dir) {
        ExampleOptions options = ExampleOptions.parse(new String[] {"--csv", dir.resolve("nope.csv").toString(),
            "--out", dir.resolve("r.html").toString()}, Path.of("x.html"));
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        for (var example : java.util.List.<java.util.function.BiFunction<ExampleOptions, PrintStream, Path>>of(
                MultimodalTopics::run, ImageOnlyTopics::run, CaptionThenTextTopics::run)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> example.apply(options, out));
            assertTrue(e.getMessage().startsWith("--csv ") && e.getMessage().contains("nope.csv"), e.getMessage());
        }
        assertTrue(Files.notExists(dir.resolve("r.html")));
    }

    @Test
    void categoriesBecomeGoldLabelsInOrderOfFirstAppearance(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("d.csv");
        Files.writeString(csv, "image_path,text,category\na.jpg,x,food\nb.jpg,y,tools\nc.jpg,z,food\n");
        assertArrayEquals(new int[] {0, 1, 0}, ExampleRun.goldLabels(csv));
        Files.writeString(csv, "image_path,text\na.jpg,x\n");
        assertNull(ExampleRun.goldLabels(csv));
        int[] bundled = ExampleRun.goldLabels(BundledFiles.sampleCsv());
        assertEquals(240, bundled.length);
        assertEquals(8, java.util.Arrays.stream(bundled).distinct().count());
    }
}
