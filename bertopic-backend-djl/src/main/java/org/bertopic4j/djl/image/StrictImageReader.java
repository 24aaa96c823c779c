package org.bertopic4j.djl.image;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.bertopic4j.ImageSource;

/**
 * Decodes image files strictly: ImageIO merely warns about a truncated or damaged file and returns grey
 * pixels, where PIL raises "image file is truncated"; here any decoder warning is an error naming the
 * file. In-memory images are returned as they are.
 */
final class StrictImageReader {
    private StrictImageReader() {
    }

    /**
     * The pixels of an image source.
     *
     * @throws UncheckedIOException naming the file when it is missing, not an image, truncated or damaged
     */
    static BufferedImage read(ImageSource source) {
        if (source.path().isEmpty()) {
            return source.read();
        }
        Path path = source.path().get();
        if (!Files.isRegularFile(path)) {
            return source.read(); // the core's "image file not found" message
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(path.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new IOException("not a decodable image (no ImageIO reader accepts it): " + path);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                StringBuilder warnings = new StringBuilder();
                reader.addIIOReadWarningListener((r, warning) -> warnings.append(warning).append("; "));
                BufferedImage image = reader.read(0);
                if (warnings.length() > 0) {
                    throw new IOException("damaged or truncated image " + path + ": " + warnings);
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new UncheckedIOException("cannot read image " + path + ": " + e.getMessage(),
                    e instanceof IOException io ? io : new IOException(e));
        }
    }
}
