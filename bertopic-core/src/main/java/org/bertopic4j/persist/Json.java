package org.bertopic4j.persist;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * JSON as a tree only (no data binding, no polymorphic types): strict duplicate-key detection, Python's
 * {@code NaN}/{@code Infinity} literals accepted, output indented like Python's {@code json.dump(indent=2)}.
 */
final class Json {
    /** The largest JSON file read (the vocabulary of a large model is tens of MB). */
    static final long MAX_BYTES = 1L << 30;
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private Json() {
    }

    static JsonNode parse(String text) throws IOException {
        try (JsonParser p = MAPPER.createParser(text)) {
            JsonNode node = MAPPER.readTree(p);
            if (p.nextToken() != null) {
                throw new com.fasterxml.jackson.core.JsonParseException(p, "trailing content after the JSON value");
            }
            return node;
        }
    }

    /**
     * The JSON object of {@code file}.
     *
     * @throws IllegalArgumentException when the file is missing, not JSON, or not an object (message names the file)
     */
    static JsonNode readObject(Path file) throws IOException {
        String name = file.getFileName().toString();
        String text;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new IllegalArgumentException(name + ": " + Files.size(file) + " bytes is more than the " + MAX_BYTES
                        + " bytes a model's JSON file may have");
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(name + " is missing from " + file.getParent()
                    + ": not a saved BERTopic model directory, or an incomplete copy", e);
        }
        JsonNode node;
        try {
            node = parse(text);
        } catch (IOException e) {
            throw new IllegalArgumentException(name + ": not valid JSON: " + e.getMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(name + ": expected a JSON object");
        }
        return node;
    }

    static void write(Path file, JsonNode node) throws IOException {
        Files.writeString(file, MAPPER.writeValueAsString(node), StandardCharsets.UTF_8);
    }
}
