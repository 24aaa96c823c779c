package org.bertopic4j.djl.ort;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads a Hugging Face {@code tokenizer.json} with DJL's tokenizers binding, with special tokens added and
 * without padding or truncation (the backends pad and truncate themselves, so settings baked into a
 * tokenizer.json cannot change the model input behind their back).
 */
public final class HfTokenizers {
    private HfTokenizers() {
    }

    /**
     * Loads {@code tokenizer.json}.
     *
     * @throws IllegalArgumentException naming the file when it is missing or cannot be parsed
     */
    public static HuggingFaceTokenizer load(Path tokenizerJson) {
        if (tokenizerJson == null || !Files.isRegularFile(tokenizerJson)) {
            throw new IllegalArgumentException("tokenizer file not found: " + tokenizerJson
                    + "; the model directory needs a tokenizer.json");
        }
        try {
            return HuggingFaceTokenizer.builder().optTokenizerPath(tokenizerJson).optAddSpecialTokens(true)
                    .optPadding(false).optTruncation(false).build();
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("cannot load tokenizer " + tokenizerJson + ": " + e.getMessage(), e);
        }
    }
}
