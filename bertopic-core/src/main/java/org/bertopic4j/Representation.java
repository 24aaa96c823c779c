package org.bertopic4j;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link RepresentationModel} says about one topic: ranked words, a text label (LLM-style
 * labellers), or a picture (VisualRepresentation's image tile). BERTopic's aspects hold any of these.
 */
public sealed interface Representation {

    /**
     * Ranked words with scores.
     *
     * @param words the words, best first
     */
    record Words(List<WordScore> words) implements Representation {
        /** Copies the list. */
        public Words {
            words = List.copyOf(words);
        }
    }

    /**
     * A free-text label.
     *
     * @param text the label
     */
    record Label(String text) implements Representation {
        /** Checks that the text is not null. */
        public Label {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * An image, such as a tile of a topic's representative images.
     *
     * @param image the picture (not copied; treat as read-only)
     */
    record Picture(BufferedImage image) implements Representation {
        /** Checks that the image is not null. */
        public Picture {
            Objects.requireNonNull(image, "image");
        }
    }
}
