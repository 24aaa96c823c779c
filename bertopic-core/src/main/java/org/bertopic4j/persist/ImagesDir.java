package org.bertopic4j.persist;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.bertopic4j.Representation;

/**
 * The {@code images/} folder: one JPEG per topic, {@code images/{topic}.jpg}, holding the picture aspect
 * (BERTopic's {@code save_images}); read back when {@code images/0.jpg} exists, as upstream does.
 */
final class ImagesDir {
    private ImagesDir() {
    }

    static void write(Path dir, Map<Integer, Representation> pictures) throws IOException {
        Path images = Files.createDirectory(dir.resolve(ModelFiles.IMAGES));
        for (Map.Entry<Integer, Representation> e : pictures.entrySet()) {
            if (!(e.getValue() instanceof Representation.Picture p)) {
                throw new IllegalArgumentException("picture aspect holds a " + e.getValue().getClass().getSimpleName()
                        + " for topic " + e.getKey() + "; every topic of a picture aspect needs a picture");
            }
            Path file = ModelFiles.child(images, e.getKey() + ".jpg");
            if (!ImageIO.write(rgb(p.image()), "jpg", file.toFile())) {
                throw new IOException("no JPEG writer available for " + file);
            }
        }
    }

    /** JPEG has no alpha: flatten onto white, as PIL's RGB conversion of BERTopic's tiles. */
    private static BufferedImage rgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
            return image;
        }
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /**
     * The pictures of every topic, or null when {@code images/0.jpg} does not exist.
     *
     * @throws IllegalArgumentException when a topic's image is missing or unreadable (names the file)
     */
    static Map<Integer, Representation> read(Path dir, Set<Integer> topicIds) throws IOException {
        Path images = dir.resolve(ModelFiles.IMAGES);
        if (!Files.isRegularFile(images.resolve("0.jpg"))) {
            return null;
        }
        Map<Integer, Representation> out = new TreeMap<>();
        for (int topic : topicIds) {
            Path file = ModelFiles.child(images, topic + ".jpg");
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException(ModelFiles.IMAGES + "/" + topic + ".jpg is missing: images/0.jpg exists, "
                        + "so every topic needs its image");
            }
            BufferedImage image = ImageIO.read(file.toFile());
            if (image == null) {
                throw new IllegalArgumentException(ModelFiles.IMAGES + "/" + topic + ".jpg is not a readable image");
            }
            out.put(topic, new Representation.Picture(image));
        }
        return out;
    }
}
