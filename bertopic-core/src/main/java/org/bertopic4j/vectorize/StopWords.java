package org.bertopic4j.vectorize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/** Stop-word lists for {@link CountVectorizer.Builder#stopWords}. */
public final class StopWords {
    /**
     * scikit-learn's {@code ENGLISH_STOP_WORDS} (318 words, {@code stop_words="english"}), BSD-3-Clause,
     * the scikit-learn developers (see NOTICE). Unmodifiable, in alphabetical order.
     */
    public static final Set<String> ENGLISH = load("english_stop_words.txt");

    private StopWords() {
    }

    private static Set<String> load(String resource) {
        InputStream in = StopWords.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("stop-word resource " + resource + " is missing from the jar");
        }
        Set<String> words = new LinkedHashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    words.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read stop-word resource " + resource, e);
        }
        return Collections.unmodifiableSet(words);
    }
}
