package org.bertopic4j;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.bertopic4j.vectorize.FittedClassTfidf;

/**
 * Describes the topics of an image-only corpus (SPEC §2.2 step 9, §2.24): an {@link ImageToText}
 * model chooses a few images per topic and captions them; the captions are the topics' documents for
 * c-TF-IDF, representations and representative documents, while topic sizes and topic embeddings
 * cover every image. Without a captioner, and only when the model allows it ({@link ImageToText#imagesAlone()}),
 * topics get no words and are described by their picture aspects alone.
 *
 * <p>In the fitted model, {@link TopicModel#documentInfo()} lists each image's caption (empty for
 * images that were not chosen), or the image's name when topics are described by images alone.
 */
final class ImageOnlyTopics {
    private ImageOnlyTopics() {
    }

    /**
     * The image-to-text model of the configuration, checked before any work.
     *
     * @throws IllegalArgumentException when the corpus has no images, or no model can describe image-only topics
     */
    static ImageToText provider(BERTopic config, Corpus corpus) {
        if (corpus.images().isEmpty()) {
            throw new IllegalArgumentException("corpus has no documents and no images: c-TF-IDF topic words need text; "
                    + "give documents (Corpus.of), or images with a VisualRepresentation that captions them");
        }
        List<RepresentationModel> models = new ArrayList<>(config.representation());
        config.aspects().values().forEach(models::addAll);
        ImageToText found = null;
        for (RepresentationModel m : models) {
            if (m instanceof ImageToText t) {
                found = t;
                break;
            }
        }
        if (found == null) {
            throw new IllegalArgumentException("corpus has images but no documents: image-only topic modelling needs a "
                    + "VisualRepresentation (bertopic-representation) to caption each topic's images, for example "
                    + "BERTopic.builder().aspect(\"Visual_Aspect\", VisualRepresentation.builder().captioner(captioner)"
                    + ".build()); or caption the images first");
        }
        if (found.captioner().isEmpty() && !found.imagesAlone()) {
            throw new IllegalArgumentException("corpus has images but no documents, and " + found + " has no image "
                    + "captioner: c-TF-IDF topic words need captions. Set one with VisualRepresentation.builder()"
                    + ".captioner(...), or ask for topics described by images alone with .imagesAlone(true)");
        }
        return found;
    }

    /** Builds the model of an image-only corpus from its final topic assignments. */
    static TopicModel describe(TopicFitter fitter, BERTopic config, ImageToText imageToText, Corpus corpus,
                               float[][] embeddings, int[] topics, double[] strengths, double[][] matrix,
                               TopicMapper mapper, Reduction reduction, Clustering clustering) {
        Map<Integer, List<Integer>> selection = imageToText.selectImages(topics.clone(), embeddings);
        int[] rows = chosenRows(selection, topics);
        int[] topicIds = Arrays.stream(topics).distinct().sorted().toArray();
        double[][] topicEmbeddings = TopicFitter.topicMeans(embeddings, topics, topicIds);
        if (imageToText.captioner().isEmpty()) {
            return imagesAlone(config, corpus, embeddings, topics, strengths, matrix, mapper, reduction, clustering,
                    topicIds, selection, topicEmbeddings);
        }
        List<ImageSource> images = corpus.images().orElseThrow();
        List<ImageSource> chosenImages = new ArrayList<>(rows.length);
        float[][] chosenEmbeddings = new float[rows.length][];
        int[] chosenTopics = new int[rows.length];
        double[] chosenStrengths = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            chosenImages.add(images.get(rows[i]));
            chosenEmbeddings[i] = embeddings[rows[i]];
            chosenTopics[i] = topics[rows[i]];
            chosenStrengths[i] = strengths[rows[i]];
        }
        List<String> captions = captions(imageToText.captioner().get(), chosenImages);
        TopicModel chosen = fitter.describe(captions, Corpus.of(captions, chosenImages).withEmbeddings(chosenEmbeddings),
                chosenEmbeddings, chosenTopics, chosenStrengths, null, mapper, reduction, clustering);
        List<String> documents = new ArrayList<>(images.size());
        images.forEach(i -> documents.add(""));
        for (int i = 0; i < rows.length; i++) {
            documents.set(rows[i], captions.get(i));
        }
        Map<Integer, List<Integer>> representative = new LinkedHashMap<>();
        for (int t : topicIds) {
            representative.put(t, chosen.representativeRows(t).stream().map(r -> rows[r]).toList());
        }
        return new TopicModel(config, corpus, documents, topics, strengths, matrix, mapper, topicIds,
                chosen.topicRepresentations(), chosen.aspects(), chosen.cTfIdf(), chosen.vectorizer(),
                chosen.classTfidf(), topicEmbeddings, representative, reduction, clustering);
    }

    private static int[] chosenRows(Map<Integer, List<Integer>> selected, int[] topics) {
        TreeSet<Integer> rows = new TreeSet<>();
        selected.forEach((topic, list) -> {
            for (int r : list) {
                if (r < 0 || r >= topics.length || topics[r] != topic) {
                    throw new IllegalStateException("image selection returned row " + r + " for topic " + topic
                            + ", which is not one of its rows");
                }
                rows.add(r);
            }
        });
        int[] out = rows.stream().mapToInt(Integer::intValue).toArray();
        long covered = Arrays.stream(out).map(r -> topics[r]).distinct().count();
        if (covered != Arrays.stream(topics).distinct().count()) {
            throw new IllegalStateException("image selection left topics without images: every topic needs at least one");
        }
        return out;
    }

    private static List<String> captions(ImageCaptioner captioner, List<ImageSource> images) {
        List<String> captions = captioner.caption(images);
        if (captions == null || captions.size() != images.size() || captions.contains(null)) {
            throw new IllegalStateException(captioner + " returned " + (captions == null ? "null" : captions.size()
                    + " captions (or nulls)") + " for " + images.size() + " images; it must return one caption per image");
        }
        return List.copyOf(captions);
    }

    /**
     * Topics described by images alone: no words (an empty vocabulary and a zero-width c-TF-IDF, which
     * text operations refuse), the image names as documents, the chosen images as representative rows,
     * and the aspects computed on an {@link ImagesAloneContext}.
     */
    private static TopicModel imagesAlone(BERTopic config, Corpus corpus, float[][] embeddings, int[] topics,
                                          double[] strengths, double[][] matrix, TopicMapper mapper,
                                          Reduction reduction, Clustering clustering, int[] topicIds,
                                          Map<Integer, List<Integer>> selection, double[][] topicEmbeddings) {
        List<ImageSource> images = corpus.images().orElseThrow();
        List<String> names = images.stream().map(ImageSource::name).toList();
        long seed = config.seed().orElse(BERTopic.REPRESENTATIVE_DOCS_SEED);
        ImagesAloneContext context = new ImagesAloneContext(names, topics, images, embeddings,
                config.embeddingBackend().orElse(null), topicIds, selection, seed);
        Map<Integer, List<WordScore>> base = new LinkedHashMap<>();
        for (int t : topicIds) {
            base.put(t, List.of());
        }
        Map<Integer, List<WordScore>> main = config.representation().isEmpty() ? base
                : TopicFitter.asWords("representation", TopicFitter.runChain(config.representation(), context, base));
        Map<String, Map<Integer, Representation>> aspects = new LinkedHashMap<>();
        config.aspects().forEach((name, chain) -> aspects.put(name, TopicFitter.runChain(chain, context, base)));
        // The idf is never applied: the vectorizer gives zero-width counts, which every c-TF-IDF transform refuses.
        FittedClassTfidf noWeights = FittedClassTfidf.of(new double[] {1.0}, false);
        return new TopicModel(config, corpus, names, topics, strengths, matrix, mapper, topicIds, main, aspects,
                context.cTfIdf(), ImagesAloneContext.NO_WORDS, noWeights, topicEmbeddings,
                context.representativeRows(1, config.representativeDocs()), reduction, clustering);
    }
}
