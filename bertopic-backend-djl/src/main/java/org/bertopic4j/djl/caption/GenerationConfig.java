package org.bertopic4j.djl.caption;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The generation settings of a VisionEncoderDecoder export: token ids from {@code generation_config.json}
 * (falling back to {@code config.json}, then to its {@code decoder} section), {@code max_length} (default
 * 20) and {@code num_beams} (default 1, greedy) as transformers' {@code GenerationConfig} defaults them.
 */
record GenerationConfig(long decoderStartTokenId, long eosTokenId, int maxLength, int numBeams) {

    static GenerationConfig load(Path dir) {
        JsonNode gen = read(dir.resolve("generation_config.json"));
        JsonNode cfg = read(dir.resolve("config.json"));
        if (gen == null && cfg == null) {
            throw new IllegalArgumentException(dir + " has neither generation_config.json nor config.json; "
                    + "a captioning model needs its decoder start and end token ids");
        }
        long eos = id(gen, cfg, "eos_token_id", dir);
        long start = gen != null && gen.has("decoder_start_token_id") ? gen.get("decoder_start_token_id").asLong()
                : cfg != null && cfg.has("decoder_start_token_id") ? cfg.get("decoder_start_token_id").asLong()
                : id(gen, cfg, "bos_token_id", dir);
        int maxLength = gen != null && gen.has("max_length") ? gen.get("max_length").asInt() : 20;
        int numBeams = gen != null && gen.has("num_beams") ? gen.get("num_beams").asInt() : 1;
        return new GenerationConfig(start, eos, maxLength, numBeams);
    }

    private static long id(JsonNode gen, JsonNode cfg, String key, Path dir) {
        for (JsonNode n : new JsonNode[] {gen, cfg, cfg == null ? null : cfg.get("decoder")}) {
            if (n != null && n.hasNonNull(key)) {
                return n.get(key).asLong();
            }
        }
        throw new IllegalArgumentException(dir + ": no " + key + " in generation_config.json or config.json");
    }

    private static JsonNode read(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " is not valid JSON: " + e.getMessage(), e);
        }
    }
}
