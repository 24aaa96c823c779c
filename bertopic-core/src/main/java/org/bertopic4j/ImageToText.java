package org.bertopic4j;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A representation model that can turn an image-only corpus into text (BERTopic's
 * {@code image_to_text}, offered by VisualRepresentation). When a corpus has images but no documents,
 * the pipeline looks for a model with this capability among the main chain and the aspects: it
 * selects a few images per topic, captions them, and the captions become the topics' documents for
 * c-TF-IDF and representative documents, while topic embeddings stay the mean of all the topic's
 * image embeddings (SPEC §2.2 step 9).
 */
public interface ImageToText {

    /**
     * Chooses the images to describe for each topic, for example by maximal marginal relevance
     * around the topic's mean image embedding.
     *
     * @param topics the topic of every image row
     * @param embeddings the image embeddings, one row per image
     * @return topic id -> chosen image rows, most central first; every topic in {@code topics} has at least one row
     */
    Map<Integer, List<Integer>> selectImages(int[] topics, float[][] embeddings);

    /** The captioner that describes the chosen images, if one is configured. */
    Optional<ImageCaptioner> captioner();

    /**
     * Whether image-only topics may be described by images alone when there is no captioner: topics
     * then have no words, and only picture aspects describe them.
     */
    boolean imagesAlone();
}
