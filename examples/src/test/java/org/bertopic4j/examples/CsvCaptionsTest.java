package org.bertopic4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bertopic4j.ImageSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CsvCaptions looks captions up by image path, as Corpus.fromCsv resolves the paths, and refuses unknown images. */
class CsvCaptionsTest {

    @Test
    void captionsAreLookedUpByResolvedPath(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("sub/data.csv");
        Files.createDirectories(csv.getParent());
        Files.writeString(csv, "image_path,text\nimages/a.jpg,\"A cat, sleeping\"\nimages/b.jpg,A bus\n");
        CsvCaptions captions = CsvCaptions.fromCsv(csv, "image_path", "text");

        List<String> got = captions.caption(List.of(ImageSource.of(dir.resolve("sub/images/../images/b.jpg")),
                ImageSource.of(csv.getParent().resolve("images/a.jpg"))));
        assertEquals(List.of("A bus", "A cat, sleeping"), got);
        assertEquals(2, captions.size());
    }

    @Test
    void bundledSampleHasACaptionForEveryImage() {
        Path csv = BundledFiles.sampleCsv();
        CsvCaptions captions = CsvCaptions.fromCsv(csv, "image_path", "text");
        assertEquals(240, captions.size());
        List<ImageSource> images = org.bertopic4j.Corpus.fromCsv(csv, null, "image_path").images().orElseThrow();
        assertTrue(captions.caption(images).stream().noneMatch(String::isBlank));
        assertTrue(images.stream().allMatch(i -> Files.isRegularFile(i.path().orElseThrow())), "images are copied out");
    }

    @Test
    void unknownImagesAndBadInputAreRefused(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("data.csv");
        Files.writeString(csv, "image_path,text\na.jpg,one\na.jpg,two\n");
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> CsvCaptions.fromCsv(csv, "image_path", "text"));
        assertTrue(twice.getMessage().contains("twice"), twice.getMessage());

        Files.writeString(csv, "image_path,text\na.jpg,one\n");
        CsvCaptions captions = CsvCaptions.fromCsv(csv, "image_path", "text");
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> captions.caption(List.of(ImageSource.of(dir.resolve("b.jpg")))));
        assertTrue(missing.getMessage().contains("b.jpg") && missing.getMessage().contains("--captioner"),
                missing.getMessage());
        IllegalArgumentException memory = assertThrows(IllegalArgumentException.class, () -> captions.caption(
                List.of(ImageSource.of(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), "in-memory"))));
        assertTrue(memory.getMessage().contains("in-memory"), memory.getMessage());
        IllegalArgumentException column = assertThrows(IllegalArgumentException.class,
                () -> CsvCaptions.fromCsv(csv, "image_path", "caption"));
        assertTrue(column.getMessage().contains("caption"), column.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CsvCaptions.fromCsv(null, "image_path", "text"));
        assertThrows(IllegalArgumentException.class, () -> captions.caption(null));
    }
}
