package org.bertopic4j.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import org.bertopic4j.BERTopic;
import org.bertopic4j.Corpus;
import org.bertopic4j.ImageCaptioner;
import org.bertopic4j.TopicModel;
import org.bertopic4j.djl.text.SentenceEmbedder;
import org.bertopic4j.representation.CaptionThenText;
import org.bertopic4j.representation.VisualRepresentation;
import org.bertopic4j.vectorize.CountVectorizer;
import org.bertopic4j.vectorize.StopWords;

/**
 * BERTopic's multimodal workflow 3, caption first, then model text: every image is captioned, the
 * caption joined with the row's text ({@link CaptionThenText}), and the joined documents go through
 * the plain text pipeline (sentence embeddings, UMAP, HDBSCAN, c-TF-IDF over 1-2-grams); the images
 * stay in the corpus, so the report still shows each topic's tile of images.
 *
 * <p>With {@code --captioner} (an ONNX image-captioning export such as
 * {@code Xenova/vit-gpt2-image-captioning}) every image gets a generated caption, joined with the CSV's
 * text. Offline, without one, {@link CsvCaptions} stands in and the CSV's {@code text} column becomes
 * the captions themselves (it is then not joined a second time); the run says so.
 *
 * <pre>
 * mvn -q -pl examples exec:java -Dexec.mainClass=org.bertopic4j.examples.CaptionThenTextTopics
 * mvn -q -pl examples exec:java -Dexec.mainClass=org.bertopic4j.examples.CaptionThenTextTopics \
 *     -Dexec.args="--csv photos.csv --captioner Xenova/vit-gpt2-image-captioning"
 * </pre>
 */
public final class CaptionThenTextTopics {
    /** The report written when {@code --out} is not given. */
    public static final Path DEFAULT_OUT = Path.of("caption-then-text-topics.html");

    private CaptionThenTextTopics() {
    }

    /**
     * Runs the example; prints the models, the topic table and the report's path.
     *
     * @param args the options of {@link ExampleOptions}
     */
    public static void main(String[] args) {
        Cli.main("CaptionThenTextTopics", DEFAULT_OUT, args, CaptionThenTextTopics::run);
    }

    /**
     * Captions the CSV's images, fits topics of the captioned documents and writes the report.
     *
     * @param options the parsed options
     * @param out where the models, the topic table and the report's path are printed
     * @return the report file
     */
    public static Path run(ExampleOptions options, PrintStream out) {
        out.println("BERTopic4j workflow 3: caption the images, then model the text");
        Path csv = ExampleRun.csv(options, out);
        ProgressBars progress = new ProgressBars();
        out.println("Models:");
        Corpus captioned;
        try (ImageCaptioner captioner = new CaptionProgress(ExampleModels.captioner(options, csv, out), progress)) {
            boolean standIn = options.captioner().isEmpty();
            captioned = CaptionThenText.apply(Corpus.fromCsv(csv, standIn ? null : "text", "image_path"), captioner);
        }
        try (SentenceEmbedder embedder = ExampleModels.text(options, out)) {
            TopicModel model = BERTopic.builder()
                    .embeddingBackend(embedder)
                    .minTopicSize(options.minTopicSize())
                    .calculateProbabilities(true)
                    .vectorizer(CountVectorizer.builder().ngramRange(1, 2).stopWords(StopWords.ENGLISH).build())
                    .aspect("Visual_Aspect", VisualRepresentation.defaults())
                    .seed(options.seed())
                    .progress(progress)
                    .build()
                    .fit(captioned);
            return ExampleRun.finish(model, captioned, csv, "Workflow 3: captions, then text", options, out);
        }
    }
}
