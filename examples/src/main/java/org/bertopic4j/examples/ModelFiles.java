package org.bertopic4j.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bertopic4j.djl.hub.ModelResolver;

/**
 * Turns a model given as a Hugging Face id or a local directory into a directory holding the files
 * the ONNX loaders read. A directory is used as it is; an id is resolved file by file through
 * {@link ModelResolver#fromEnvironment()} (the Hugging Face cache, {@code HF_HOME}, {@code HF_ENDPOINT},
 * {@code HF_TOKEN}, {@code HF_HUB_OFFLINE}), downloading what the cache lacks, and the snapshot
 * directory that holds them is returned.
 */
final class ModelFiles {
    private ModelFiles() {
    }

    /** A CLIP export: the two towers ({@code onnx/text_model.onnx}, {@code onnx/vision_model.onnx}), else {@code onnx/model.onnx}. */
    static Path clip(String idOrDirectory) {
        return resolve(idOrDirectory, List.of("tokenizer.json", "preprocessor_config.json"),
                List.of("onnx/text_model.onnx", "onnx/vision_model.onnx"), List.of("onnx/model.onnx"));
    }

    /** A VisionEncoderDecoder export: encoder, merged decoder (else the plain one), tokenizer and configs. */
    static Path captioner(String idOrDirectory) {
        ModelResolver resolver = ModelResolver.fromEnvironment();
        Path dir = resolve(idOrDirectory, List.of("tokenizer.json", "preprocessor_config.json", "config.json",
                "onnx/encoder_model.onnx"), List.of("onnx/decoder_model_merged.onnx"), List.of("onnx/decoder_model.onnx"));
        if (!isDirectory(idOrDirectory)) {
            resolver.resolveOptional(idOrDirectory, "generation_config.json");
        }
        return dir;
    }

    private static Path resolve(String idOrDirectory, List<String> required, List<String> preferred,
            List<String> fallback) {
        if (isDirectory(idOrDirectory)) {
            return Path.of(idOrDirectory);
        }
        ModelResolver resolver = ModelResolver.fromEnvironment();
        Path first = null;
        for (String file : required) {
            Path p = resolver.resolve(idOrDirectory, file);
            first = first == null ? p : first;
        }
        boolean havePreferred = true;
        for (String file : preferred) {
            havePreferred &= resolver.resolveOptional(idOrDirectory, file).isPresent();
        }
        if (!havePreferred) {
            for (String file : fallback) {
                resolver.resolve(idOrDirectory, file);
            }
        }
        return first.getParent();
    }

    private static boolean isDirectory(String idOrDirectory) {
        return Files.isDirectory(Path.of(idOrDirectory));
    }
}
