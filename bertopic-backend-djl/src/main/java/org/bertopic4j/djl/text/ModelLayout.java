package org.bertopic4j.djl.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bertopic4j.djl.hub.ModelResolver;

/**
 * The files and settings of a sentence-transformers export (ONNX, or a TorchScript {@code model.pt}), read from
 * its configs:
 * {@code modules.json} (is there a Normalize module? where is the Pooling folder?),
 * {@code <pooling>/config.json} (the pooling mode) and {@code sentence_bert_config.json}
 * ({@code max_seq_length}, falling back to {@code tokenizer_config.json}'s {@code model_max_length}).
 */
record ModelLayout(Path model, Path tokenizer, Pooling pooling, boolean normalize, int maxSequenceLength) {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Used when no config names a maximum length (BERT's position-embedding count). */
    static final int FALLBACK_MAX_LENGTH = 512;
    private static final String NORMALIZE_TYPE = "sentence_transformers.models.Normalize";
    private static final String POOLING_TYPE = "sentence_transformers.models.Pooling";

    /**
     * Reads the layout of a model directory or Hugging Face id.
     *
     * @param modelFile the model file inside the model, or {@code null} for {@code onnx/model.onnx}, else
     *     {@code model.onnx}, else {@code model.pt}
     */
    static ModelLayout read(ModelResolver resolver, String idOrDirectory, String modelFile) {
        Path model = modelFile != null ? resolver.resolve(idOrDirectory, modelFile)
                : resolver.resolveOptional(idOrDirectory, "onnx/model.onnx")
                        .orElseGet(() -> rootModel(resolver, idOrDirectory));
        Path tokenizer = resolver.resolve(idOrDirectory, "tokenizer.json");
        Optional<JsonNode> modules = json(resolver.resolveOptional(idOrDirectory, "modules.json"));
        String poolingDir = "1_Pooling";
        boolean normalize = false;
        if (modules.isPresent()) {
            for (JsonNode module : modules.get()) {
                String type = module.path("type").asText();
                if (type.equals(NORMALIZE_TYPE)) {
                    normalize = true;
                } else if (type.equals(POOLING_TYPE)) {
                    poolingDir = module.path("path").asText(poolingDir);
                }
            }
        }
        Pooling pooling = json(resolver.resolveOptional(idOrDirectory, poolingDir + "/config.json"))
                .map(config -> poolingOf(config, idOrDirectory)).orElse(Pooling.MEAN);
        return new ModelLayout(model, tokenizer, pooling, normalize, maxLength(resolver, idOrDirectory));
    }

    private static Path rootModel(ModelResolver resolver, String idOrDirectory) {
        try {
            return resolver.resolveOptional(idOrDirectory, "model.onnx")
                    .orElseGet(() -> resolver.resolve(idOrDirectory, "model.pt"));
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new IllegalArgumentException("model '" + idOrDirectory + "' has neither onnx/model.onnx nor"
                    + " model.onnx nor model.pt: give a sentence-transformers ONNX export (optimum, or"
                    + " sentence-transformers with backend='onnx'), a TorchScript model.pt, or name the file with"
                    + " modelFile(...); " + e.getMessage(), e);
        }
    }

    private static int maxLength(ModelResolver resolver, String idOrDirectory) {
        Optional<JsonNode> sbert = json(resolver.resolveOptional(idOrDirectory, "sentence_bert_config.json"));
        if (sbert.isPresent() && sbert.get().path("max_seq_length").canConvertToInt()) {
            return sbert.get().get("max_seq_length").asInt();
        }
        // transformers writes a huge sentinel (1e30) when a tokenizer has no limit: ignore it
        return json(resolver.resolveOptional(idOrDirectory, "tokenizer_config.json"))
                .map(c -> c.path("model_max_length"))
                .filter(n -> n.isNumber() && n.asDouble() > 0 && n.asDouble() <= 1_000_000)
                .map(JsonNode::asInt).orElse(FALLBACK_MAX_LENGTH);
    }

    /** Maps a sentence-transformers pooling config (boolean flags, or the newer {@code pooling_mode}) to a mode. */
    static Pooling poolingOf(JsonNode config, String model) {
        List<String> modes = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : config.properties()) {
            if (e.getKey().startsWith("pooling_mode_") && e.getValue().asBoolean(false)) {
                modes.add(e.getKey().substring("pooling_mode_".length()));
            }
        }
        if (modes.isEmpty() && config.hasNonNull("pooling_mode")) {
            modes.add(config.get("pooling_mode").asText());
        }
        if (modes.size() != 1) {
            throw new IllegalArgumentException("model '" + model + "' asks for pooling modes " + modes
                    + "; only exactly one of mean, cls, max is supported (set .pooling(...) to override)");
        }
        return switch (modes.get(0)) {
            case "mean_tokens", "mean" -> Pooling.MEAN;
            case "cls_token", "cls" -> Pooling.CLS;
            case "max_tokens", "max" -> Pooling.MAX;
            default -> throw new IllegalArgumentException("model '" + model + "' uses pooling mode '" + modes.get(0)
                    + "', which is not supported; supported are mean, cls and max (set .pooling(...) to override)");
        };
    }

    private static Optional<JsonNode> json(Optional<Path> file) {
        return file.map(f -> {
            try {
                return JSON.readTree(f.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot parse " + f + ": " + e.getMessage(), e);
            }
        });
    }
}
