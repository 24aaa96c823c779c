package org.bertopic4j.evaluation;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bertopic4j.WordScore;

/**
 * Topic diversity (Dieng et al. 2020; OCTIS {@code TopicDiversity}): the share of unique words among
 * all topics' top-k words, in [0, 1]; 1 when no two topics share a word. Placeholder entries (empty
 * words) are not words and are skipped.
 */
public final class TopicDiversity {
    private TopicDiversity() {
    }

    /**
     * @param topics each topic's words, best first (leave the outlier topic out)
     * @param topK words per topic considered (BERTopic's evaluation: 10)
     */
    public static double of(Collection<List<WordScore>> topics, int topK) {
        if (topics == null || topics.isEmpty()) {
            throw new IllegalArgumentException("topics is empty: diversity needs at least one topic");
        }
        if (topK < 1) {
            throw new IllegalArgumentException("topK must be >= 1, got " + topK);
        }
        Set<String> unique = new HashSet<>();
        for (List<WordScore> words : topics) {
            for (int i = 0; i < Math.min(topK, words.size()); i++) {
                if (!words.get(i).word().isEmpty()) {
                    unique.add(words.get(i).word());
                }
            }
        }
        return unique.size() / (double) (topK * topics.size());
    }
}
