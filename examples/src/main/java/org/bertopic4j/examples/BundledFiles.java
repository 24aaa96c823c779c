package org.bertopic4j.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.bertopic4j.io.CsvTable;

/**
 * The data and model shipped inside this module's jar, copied once per JVM into a temporary directory
 * (deleted on exit), because the corpus reader and the ONNX runtime read files:
 * <ul>
 * <li>{@code openclipart/}: 240 public-domain clip-art images in 8 categories with their titles
 *     ({@code data.csv}: {@code image_path}, {@code text}, {@code category});</li>
 * <li>{@code models/mobilenet-v2/}: the MobileNetV2 ImageNet feature extractor (1280-d) as ONNX.</li>
 * </ul>
 */
final class BundledFiles {
    private static final String ROOT = "/org/bertopic4j/examples/";
    private static Path directory;

    private BundledFiles() {
    }

    /** The bundled sample's {@code data.csv}, its images beside it. */
    static synchronized Path sampleCsv() {
        Path dir = directory().resolve("openclipart");
        Path csv = dir.resolve("data.csv");
        if (!Files.exists(csv)) {
            copy("openclipart/data.csv", csv);
            for (String image : table(csv).column("image_path")) {
                copy("openclipart/" + image, dir.resolve(image));
            }
        }
        return csv;
    }

    /** The directory of the bundled MobileNetV2 ONNX export. */
    static synchronized Path mobileNetV2() {
        Path dir = directory().resolve("mobilenet-v2");
        if (!Files.exists(dir.resolve("model.onnx"))) {
            copy("models/mobilenet-v2/preprocessor_config.json", dir.resolve("preprocessor_config.json"));
            copy("models/mobilenet-v2/model.onnx", dir.resolve("model.onnx"));
        }
        return dir;
    }

    static CsvTable table(Path csv) {
        try {
            return CsvTable.parse(Files.readString(csv, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read CSV " + csv + ": " + e.getMessage(), e);
        }
    }

    private static Path directory() {
        if (directory == null) {
            try {
                directory = Files.createTempDirectory("bertopic4j-examples");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create a temporary directory for the bundled files: "
                        + e.getMessage(), e);
            }
            Path created = directory;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(created)));
        }
        return directory;
    }

    private static void copy(String resource, Path target) {
        try (InputStream in = BundledFiles.class.getResourceAsStream(ROOT + resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled file " + ROOT + resource + " is missing from the classpath");
            }
            Files.createDirectories(target.getParent());
            Files.copy(in, target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy bundled file " + resource + " to " + target + ": "
                    + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            List<Path> all = new ArrayList<>(paths.sorted(Comparator.reverseOrder()).toList());
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // best effort at exit: the directory is in the system's temporary area
        }
    }
}
