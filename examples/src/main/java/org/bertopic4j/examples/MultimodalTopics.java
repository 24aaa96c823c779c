package org.bertopic4j.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import org.bertopic4j.BERTopic;
import org.bertopic4j.Corpus;
import org.bertopic4j.EmbeddingBackend;
import org.bertopic4j.TopicModel;
import org.bertopic4j.representation.VisualRepresentation;
import org.bertopic4j.vectorize.CountVectorizer;
import org.bertopic4j.vectorize.StopWords;

/**
 * BERTopic's multimodal workflow 1, images and texts together: every row (an image and its text) is
 * embedded once by a multimodal backend, UMAP and HDBSCAN find the topics, c-TF-IDF over 1-2-grams of
 * the texts names them, a {@link VisualRepresentation} draws each topic's images, and an HTML report
 * shows the topic table, the charts and a 3x3 tile of each topic's nine most probable images.
 *
 * <p>With a CLIP export ({@code --clip}) text and image are averaged in CLIP's shared space, as BERTopic's
 * MultiModalBackend does. Offline, without one, the embedded all-MiniLM-L6-v2 (384-d) and the bundled
 * MobileNetV2 (1280-d) do not share a space, so each is L2-normalised and the two are concatenated.
 *
 * <pre>
 * mvn -q -pl examples exec:java                                  # bundled sample, offline models
 * mvn -q -pl examples exec:java -Dexec.args="--csv posts.csv --clip Xenova/clip-vit-base-patch32 --out posts.html"
 * </pre>
 */
public final class MultimodalTopics {
    /** The report written when {@code --out} is not given. */
    public static final Path DEFAULT_OUT = Path.of("multimodal-topics.html");

    private MultimodalTopics() {
    }

    /**
     * Runs the example; prints the models, the topic table and the report's path.
     *
     * @param args the options of {@link ExampleOptions}
     */
    public static void main(String[] args) {
        Cli.main("MultimodalTopics", DEFAULT_OUT, args, MultimodalTopics::run);
    }

    /**
     * Fits the topics and writes the report.
     *
     * @param options the parsed options
     * @param out where the models, the topic table and the report's path are printed
     * @return the report file
     */
    public static Path run(ExampleOptions options, PrintStream out) {
        out.println("BERTopic4j workflow 1: topics of images and their texts together");
        Path csv = ExampleRun.csv(options, out);
        Corpus corpus = Corpus.fromCsv(csv, "text", "image_path");
        out.println("Models:");
        try (EmbeddingBackend backend = ExampleModels.multimodal(options, out)) {
            TopicModel model = BERTopic.builder()
                    .embeddingBackend(backend)
                    .minTopicSize(options.minTopicSize())
                    .calculateProbabilities(true)
                    .vectorizer(CountVectorizer.builder().ngramRange(1, 2).stopWords(StopWords.ENGLISH).build())
                    .aspect("Visual_Aspect", VisualRepresentation.defaults())
                    .seed(options.seed())
                    .progress(new ProgressBars())
                    .build()
                    .fit(corpus);
            return ExampleRun.finish(model, corpus, csv, "Workflow 1: images and texts", options, out);
        }
    }
}
