package org.bertopic4j.representation;

import java.util.ArrayList;
import java.util.List;
import org.bertopic4j.Corpus;
import org.bertopic4j.ImageCaptioner;
import org.bertopic4j.ImageSource;

/**
 * BERTopic's multimodal workflow 3, "caption the images, then model the text": every image is
 * captioned and its caption joined with the row's text into one document, so that c-TF-IDF and text
 * embedders see both.
 *
 * <p>Joining format: {@code caption + "\n" + text}; when the text is empty (or the corpus has no
 * documents) the document is the caption alone. The new corpus keeps the images and labels; precomputed
 * embeddings are dropped, since they no longer describe the new documents.
 *
 * <pre>{@code
 * Corpus captioned = CaptionThenText.apply(Corpus.of(texts, images), captioner);
 * TopicModel model = BERTopic.builder().embeddingBackend(textEmbedder).build().fit(captioned);
 * }</pre>
 */
public final class CaptionThenText {
    /** Separates the caption from the text in the joined document. */
    public static final String SEPARATOR = "\n";

    private CaptionThenText() {
    }

    /**
     * Captions every image of the corpus and joins caption and text.
     *
     * @param corpus a corpus with images (with or without documents)
     * @param captioner the image-to-text model
     * @return a new corpus whose documents are the joined texts
     * @throws IllegalArgumentException when an argument is null or the corpus has no images
     * @throws IllegalStateException when the captioner returns the wrong number of captions
     */
    public static Corpus apply(Corpus corpus, ImageCaptioner captioner) {
        if (corpus == null || captioner == null) {
            throw new IllegalArgumentException("corpus and captioner must not be null, got corpus=" + corpus
                    + ", captioner=" + captioner);
        }
        List<ImageSource> images = corpus.images().orElseThrow(() -> new IllegalArgumentException(
                "corpus has no images to caption: " + corpus + "; build it with Corpus.of(documents, images)"));
        List<String> captions = captioner.caption(images);
        if (captions == null || captions.size() != images.size() || captions.contains(null)) {
            throw new IllegalStateException(captioner + " returned " + (captions == null ? "null" : captions.size()
                    + " captions (or nulls)") + " for " + images.size() + " images; it must return one caption per image");
        }
        List<String> texts = corpus.documents().orElse(null);
        List<String> joined = new ArrayList<>(images.size());
        for (int i = 0; i < images.size(); i++) {
            String text = texts == null ? "" : texts.get(i);
            joined.add(text.isEmpty() ? captions.get(i) : captions.get(i) + SEPARATOR + text);
        }
        Corpus out = Corpus.of(joined, images);
        return corpus.labels().map(out::withLabels).orElse(out);
    }
}
