package org.bertopic4j.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.bertopic4j.ImageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns images into small inline JPEGs ({@code data:} URIs): downscaled so the longer side is at most
 * the requested size (in halving steps for quality), flattened onto white (JPEG has no alpha), and
 * encoded at quality 0.85. An image that cannot be read yields an empty result and one logged
 * warning; the page shows a placeholder instead.
 */
final class Thumbnails {
    private static final Logger LOG = LoggerFactory.getLogger(Thumbnails.class);
    private static final float QUALITY = 0.85f;

    private Thumbnails() {
    }

    /** The image as a JPEG data URI, or empty (with a warning logged) when it cannot be read. */
    static Optional<String> dataUri(ImageSource source, int maxSide) {
        BufferedImage image;
        try {
            image = source.read();
        } catch (UncheckedIOException | IllegalArgumentException e) {
            LOG.warn("report: image {} cannot be read, showing a placeholder: {}", source.name(), e.getMessage());
            return Optional.empty();
        }
        return Optional.of(dataUri(image, maxSide));
    }

    /** An in-memory image as a JPEG data URI. */
    static String dataUri(BufferedImage image, int maxSide) {
        BufferedImage small = downscale(image, maxSide);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.setOutput(out);
            writer.write(null, new IIOImage(small, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a thumbnail as JPEG: " + e.getMessage(), e);
        } finally {
            writer.dispose();
        }
        return "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    /** An RGB copy on white whose longer side is at most {@code maxSide}. */
    static BufferedImage downscale(BufferedImage image, int maxSide) {
        int w = image.getWidth();
        int h = image.getHeight();
        double scale = Math.min(1.0, maxSide / (double) Math.max(w, h));
        int targetW = Math.max(1, (int) Math.round(w * scale));
        int targetH = Math.max(1, (int) Math.round(h * scale));
        BufferedImage current = flatten(image, w, h);
        while (current.getWidth() / 2 >= targetW && current.getHeight() / 2 >= targetH) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        return current.getWidth() == targetW && current.getHeight() == targetH ? current
                : draw(current, targetW, targetH);
    }

    private static BufferedImage flatten(BufferedImage image, int w, int h) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static BufferedImage draw(BufferedImage image, int w, int h) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
