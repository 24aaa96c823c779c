package org.bertopic4j;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * One image of a corpus: a file on disk (read lazily, when a backend needs the pixels) or an image
 * already in memory. The {@link #name()} identifies the image in error messages and reports.
 */
public final class ImageSource {
    private final Path path;
    private final BufferedImage image;
    private final String name;

    private ImageSource(Path path, BufferedImage image, String name) {
        this.path = path;
        this.image = image;
        this.name = name;
    }

    /** An image file (PNG, JPEG, GIF, BMP, or any format an installed ImageIO reader supports). */
    public static ImageSource of(Path path) {
        Objects.requireNonNull(path, "path");
        return new ImageSource(path, null, path.toString());
    }

    /** An image in memory, named for error messages and reports. */
    public static ImageSource of(BufferedImage image, String name) {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(name, "name");
        return new ImageSource(null, image, name);
    }

    /** The file this image comes from, if any. */
    public Optional<Path> path() {
        return Optional.ofNullable(path);
    }

    /** The file path, or the name given for an in-memory image. */
    public String name() {
        return name;
    }

    /**
     * The pixels. Files are decoded on every call (nothing is cached, so large corpora do not fill the heap).
     *
     * @throws UncheckedIOException naming the file when it is missing, unreadable or not a decodable image
     */
    public BufferedImage read() {
        if (image != null) {
            return image;
        }
        if (!Files.isRegularFile(path)) {
            throw new UncheckedIOException(new IOException("image file not found: " + path
                    + " (check the path; relative paths resolve against " + Path.of("").toAbsolutePath() + ")"));
        }
        try {
            BufferedImage decoded = ImageIO.read(path.toFile());
            if (decoded == null) {
                throw new IOException("not a decodable image (no ImageIO reader accepts it): " + path);
            }
            return decoded;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read image " + path + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ImageSource other && Objects.equals(path, other.path) && image == other.image
                && name.equals(other.name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, System.identityHashCode(image), name);
    }

    @Override
    public String toString() {
        return "ImageSource[" + name + "]";
    }
}
