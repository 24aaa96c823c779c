package org.bertopic4j.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The {@code --images <file>...} option of the image benchmarks: one or more files or directories (a
 * directory stands for its image files, sorted by name). The remaining options go to {@link BenchmarkArgs}.
 */
final class ImageArgs {
    final List<Path> images = new ArrayList<>();
    final BenchmarkArgs rest;

    ImageArgs(String[] args) {
        List<String> others = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--images")) {
                while (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                    addImages(Path.of(args[++i]));
                }
            } else {
                others.add(args[i]);
            }
        }
        if (images.isEmpty()) {
            throw new IllegalArgumentException("missing required option --images <file or directory>...");
        }
        rest = new BenchmarkArgs(others.toArray(new String[0]));
    }

    private void addImages(Path p) {
        if (!Files.isDirectory(p)) {
            images.add(p);
            return;
        }
        try (Stream<Path> files = Files.list(p)) {
            files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT)
                    .matches(".*\\.(jpe?g|png|gif|bmp)")).sorted().forEach(images::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
