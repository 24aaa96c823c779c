package org.bertopic4j.djl.clip;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.nio.file.Path;
import java.util.Arrays;
import org.bertopic4j.djl.ort.HfTokenizers;

/**
 * CLIP's tokenizer ({@code tokenizer.json}) with the two truncations upstream uses: BERTopic's
 * {@code _truncate_document} for documents (keep tokens 1..75, decode, re-encode, repeat while longer than
 * 77) and the tokenizer's own truncation for words (BOS, the first 75 tokens, EOS). BOS and EOS ids come
 * from the tokenizer (encoding the empty string), never from config.json, whose legacy ids are wrong.
 */
final class ClipTokenizer implements AutoCloseable {
    /** CLIP's context length: 77 positions including BOS and EOS. */
    static final int MAX_TOKENS = 77;

    private final HuggingFaceTokenizer tokenizer;
    private final long bos;
    private final long eos;

    ClipTokenizer(Path tokenizerJson) {
        this.tokenizer = HfTokenizers.load(tokenizerJson);
        long[] empty = tokenizer.encode("").getIds();
        if (empty.length != 2) {
            tokenizer.close();
            throw new IllegalArgumentException(tokenizerJson + " does not add a start and an end token around "
                    + "the text (got " + Arrays.toString(empty) + "); a CLIP tokenizer.json is needed");
        }
        this.bos = empty[0];
        this.eos = empty[1];
    }

    /** Token ids with BOS and EOS, untruncated. */
    long[] encode(String text) {
        return tokenizer.encode(text).getIds();
    }

    /** CLIPTokenizerFast's decode: byte-level decode, {@code </w>} to a space, trimmed. */
    String decode(long[] ids) {
        return tokenizer.decode(ids, false).replace("</w>", " ").strip();
    }

    /** The end (and padding) token id. */
    long eos() {
        return eos;
    }

    /** BERTopic's {@code _truncate_document}: the ids of the document after upstream's recursive truncation. */
    long[] encodeDocument(String document) {
        String text = document;
        long[] ids = encode(text);
        while (ids.length > MAX_TOKENS) {
            text = decode(Arrays.copyOfRange(ids, 1, MAX_TOKENS - 1));
            ids = encode(text);
        }
        return ids;
    }

    /** The tokenizer's {@code truncation=True}: BOS, the first 75 tokens, EOS. */
    long[] encodeTruncated(String text) {
        long[] ids = encode(text);
        if (ids.length <= MAX_TOKENS) {
            return ids;
        }
        long[] out = Arrays.copyOf(ids, MAX_TOKENS);
        out[0] = bos;
        out[MAX_TOKENS - 1] = eos;
        return out;
    }

    @Override
    public void close() {
        tokenizer.close();
    }
}
