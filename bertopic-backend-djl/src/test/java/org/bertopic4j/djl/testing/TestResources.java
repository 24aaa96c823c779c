package org.bertopic4j.djl.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.bertopic4j.ImageSource;

/** Paths of the test resources (models and images copied into src/test/resources). */
public final class TestResources {
    private TestResources() {
    }

    /** A test resource directory or file as a path. */
    public static Path path(String resource) {
        try {
            return Path.of(TestResources.class.getResource("/" + resource).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + resource, e);
        }
    }

    /** The 64 openclipart test images, sorted by file name (8 per category). */
    public static List<Path> openclipartImages() {
        try (Stream<Path> files = Files.list(path("openclipart"))) {
            return files.filter(p -> p.toString().endsWith(".jpg")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The category of an openclipart test image: its file name without the trailing number. */
    public static String category(Path image) {
        String name = image.getFileName().toString();
        return name.substring(0, name.lastIndexOf('-'));
    }

    /** Image sources for paths. */
    public static List<ImageSource> sources(List<Path> paths) {
        return paths.stream().map(ImageSource::of).toList();
    }
}
