package org.bertopic4j.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import org.bertopic4j.EmbeddingBackend;
import org.bertopic4j.ImageCaptioner;
import org.bertopic4j.djl.Fusion;
import org.bertopic4j.djl.MultimodalBackend;
import org.bertopic4j.djl.caption.OnnxImageCaptioner;
import org.bertopic4j.djl.clip.ClipBackend;
import org.bertopic4j.djl.image.ImageFeatureBackend;
import org.bertopic4j.djl.text.SentenceEmbedder;

/**
 * The models of the workflow examples, chosen from the options, each announced on standard output so
 * a run always says which models produced its topics. Without options everything is offline: the
 * embedded all-MiniLM-L6-v2 for text, the bundled MobileNetV2 for images, and {@link CsvCaptions} in
 * place of a captioning model.
 */
final class ExampleModels {
    /**
     * Weights of the L2-normalised text and image parts in the offline multimodal embedding. MiniLM and
     * MobileNetV2 do not share a space, so their vectors are concatenated instead of averaged; the image
     * part counts a little less, as ImageNet features describe clip art less well than its titles do.
     */
    static final double TEXT_WEIGHT = 1.0;
    static final double IMAGE_WEIGHT = 0.7;

    private ExampleModels() {
    }

    /** Text and image embeddings in one space: CLIP when given, else MiniLM and MobileNetV2 concatenated. */
    static EmbeddingBackend multimodal(ExampleOptions options, PrintStream out) {
        if (options.clip().isPresent()) {
            String clip = options.clip().get();
            out.println("  text + images: CLIP " + clip + " (one space; rows are the mean of text and image, as BERTopic)");
            options.textModel().ifPresent(t -> out.println("  (--text-model " + t + " is not used: CLIP embeds the texts)"));
            return ClipBackend.load(clip);
        }
        SentenceEmbedder text = text(options, out);
        out.printf("  images: MobileNetV2 ImageNet features (bundled ONNX, 1280-d)%n"
                + "  fusion: L2-normalised text and image vectors concatenated, weights %.1f and %.1f"
                + " (no CLIP given: the two models do not share a space)%n", TEXT_WEIGHT, IMAGE_WEIGHT);
        try {
            return MultimodalBackend.builder(text, ImageFeatureBackend.load(BundledFiles.mobileNetV2()))
                    .fusion(Fusion.CONCATENATE)
                    .weights(TEXT_WEIGHT, IMAGE_WEIGHT)
                    .build();
        } catch (RuntimeException e) {
            text.close();
            throw e;
        }
    }

    /** Image embeddings: CLIP's vision tower when given, else the bundled MobileNetV2. */
    static EmbeddingBackend images(ExampleOptions options, PrintStream out) {
        options.textModel().ifPresent(t -> out.println("  (--text-model " + t + " is not used: only images are embedded)"));
        if (options.clip().isPresent()) {
            out.println("  images: CLIP " + options.clip().get());
            return ClipBackend.load(options.clip().get());
        }
        out.println("  images: MobileNetV2 ImageNet features (bundled ONNX, 1280-d; no CLIP given)");
        return ImageFeatureBackend.load(BundledFiles.mobileNetV2());
    }

    /** Text embeddings: the given sentence-transformers export, else the embedded all-MiniLM-L6-v2. */
    static SentenceEmbedder text(ExampleOptions options, PrintStream out) {
        if (options.textModel().isPresent()) {
            out.println("  text: " + options.textModel().get());
            return SentenceEmbedder.load(options.textModel().get());
        }
        out.println("  text: sentence-transformers/all-MiniLM-L6-v2 (embedded ONNX, 384-d)");
        return SentenceEmbedder.allMiniLmL6V2();
    }

    /**
     * The image captioner: the given ONNX export, else the CSV's {@code text} column looked up by image
     * path ({@link CsvCaptions}), announced as the stand-in it is.
     */
    static ImageCaptioner captioner(ExampleOptions options, Path csv, PrintStream out) {
        if (options.captioner().isPresent()) {
            out.println("  captions: " + options.captioner().get() + " (ONNX image captioning, greedy decoding)");
            return OnnxImageCaptioner.load(options.captioner().get());
        }
        out.println("  captions: NO captioning model given; the CSV's 'text' column stands in for captions"
                + " (CsvCaptions: real titles, not generated from the pixels; pass --captioner"
                + " Xenova/vit-gpt2-image-captioning for real captions)");
        return CsvCaptions.fromCsv(csv, "image_path", "text");
    }
}
