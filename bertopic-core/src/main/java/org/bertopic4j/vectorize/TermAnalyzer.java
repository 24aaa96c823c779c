package org.bertopic4j.vectorize;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * sklearn's word analyzer ({@code build_analyzer()} for {@code analyzer="word"}): preprocess, tokenize,
 * drop stop words, then form the word n-grams of the remaining tokens, each n-gram being its tokens
 * joined by one space. Immutable and thread-safe.
 */
final class TermAnalyzer {
    private final boolean lowercase;
    private final Set<String> stopWords;
    private final int minN;
    private final int maxN;

    TermAnalyzer(boolean lowercase, Set<String> stopWords, int minN, int maxN) {
        this.lowercase = lowercase;
        this.stopWords = stopWords;
        this.minN = minN;
        this.maxN = maxN;
    }

    /** Preprocessing and tokenization only ({@code build_tokenizer()(build_preprocessor()(doc))}). */
    List<String> tokenize(String doc) {
        return WordTokenizer.tokens(lowercase ? WordTokenizer.lower(doc) : doc);
    }

    /** Feeds every term of {@code doc} to {@code sink}, repeated as often as it occurs. */
    void terms(String doc, Consumer<String> sink) {
        List<String> tokens = tokenize(doc);
        if (!stopWords.isEmpty()) {
            tokens.removeIf(stopWords::contains);
        }
        int n = tokens.size();
        if (minN == 1) {
            tokens.forEach(sink);
        }
        StringBuilder gram = new StringBuilder();
        for (int len = Math.max(minN, 2); len <= Math.min(maxN, n); len++) {
            for (int i = 0; i + len <= n; i++) {
                gram.setLength(0);
                gram.append(tokens.get(i));
                for (int k = i + 1; k < i + len; k++) {
                    gram.append(' ').append(tokens.get(k));
                }
                sink.accept(gram.toString());
            }
        }
    }
}
