package org.bertopic4j.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import org.bertopic4j.BERTopic;
import org.bertopic4j.Corpus;
import org.bertopic4j.EmbeddingBackend;
import org.bertopic4j.ImageCaptioner;
import org.bertopic4j.TopicModel;
import org.bertopic4j.representation.VisualRepresentation;
import org.bertopic4j.vectorize.CountVectorizer;
import org.bertopic4j.vectorize.StopWords;

/**
 * BERTopic's multimodal workflow 2, images only: the images alone are embedded and clustered; each
 * topic's most representative images are then captioned by the {@link VisualRepresentation}'s
 * captioner, and c-TF-IDF over those captions (1-2-grams, English stop words removed) names the topic. The CSV's {@code text} column is not
 * used for clustering.
 *
 * <p>The captioner is an ONNX image-captioning export given with {@code --captioner} (for example
 * {@code Xenova/vit-gpt2-image-captioning}, the model BERTopic's documentation uses). Offline, without
 * one, {@link CsvCaptions} stands in: it looks each chosen image's caption up in the CSV's {@code text}
 * column, and the run says so. Images are embedded with CLIP ({@code --clip}) or the bundled MobileNetV2.
 *
 * <pre>
 * mvn -q -pl examples exec:java -Dexec.mainClass=org.bertopic4j.examples.ImageOnlyTopics
 * mvn -q -pl examples exec:java -Dexec.mainClass=org.bertopic4j.examples.ImageOnlyTopics \
 *     -Dexec.args="--csv photos.csv --clip Xenova/clip-vit-base-patch32 --captioner Xenova/vit-gpt2-image-captioning"
 * </pre>
 */
public final class ImageOnlyTopics {
    /** The report written when {@code --out} is not given. */
    public static final Path DEFAULT_OUT = Path.of("image-only-topics.html");

    private ImageOnlyTopics() {
    }

    /**
     * Runs the example; prints the models, the topic table and the report's path.
     *
     * @param args the options of {@link ExampleOptions}
     */
    public static void main(String[] args) {
        Cli.main("ImageOnlyTopics", DEFAULT_OUT, args, ImageOnlyTopics::run);
    }

    /**
     * Fits the topics of the CSV's images and writes the report.
     *
     * @param options the parsed options
     * @param out where the models, the topic table and the report's path are printed
     * @return the report file
     */
    public static Path run(ExampleOptions options, PrintStream out) {
        out.println("BERTopic4j workflow 2: topics of images alone, described by captions");
        Path csv = ExampleRun.csv(options, out);
        Corpus corpus = Corpus.fromCsv(csv, null, "image_path");
        out.println("Models:");
        try (EmbeddingBackend backend = ExampleModels.images(options, out);
                ImageCaptioner captioner = ExampleModels.captioner(options, csv, out)) {
            TopicModel model = BERTopic.builder()
                    .embeddingBackend(backend)
                    .minTopicSize(options.minTopicSize())
                    .calculateProbabilities(true)
                    .vectorizer(CountVectorizer.builder().ngramRange(1, 2).stopWords(StopWords.ENGLISH).build())
                    .aspect("Visual_Aspect", VisualRepresentation.builder().captioner(captioner).build())
                    .seed(options.seed())
                    .progress(new ProgressBars())
                    .build()
                    .fit(corpus);
            return ExampleRun.finish(model, corpus, csv, "Workflow 2: images only", options, out);
        }
    }
}
