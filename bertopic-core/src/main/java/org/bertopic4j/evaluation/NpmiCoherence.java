package org.bertopic4j.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bertopic4j.WordScore;

/**
 * NPMI topic coherence with gensim's {@code c_npmi} semantics (the measure of the BERTopic paper):
 * probabilities from a boolean sliding window of {@code windowSize} tokens over the tokenised corpus
 * (a document shorter than the window is one window), normalised PMI
 * {@code log((p(a,b)+eps)/(p(a)p(b))) / -log(p(a,b)+eps)} with {@code eps = 1e-12} for every pair of a
 * topic's top-k words, averaged per topic and then over topics. Words that never occur in the
 * corpus (for example n-grams, since the corpus is tokenised into single tokens) are left out of
 * their topic's pairs; gensim would fail on them and OCTIS replaces them.
 */
public final class NpmiCoherence {
    private static final double EPSILON = 1e-12;

    private NpmiCoherence() {
    }

    /**
     * @param topics each topic's words, best first (leave the outlier topic out)
     * @param tokenizedCorpus each document as its tokens
     * @param topK words per topic (10 in the paper)
     * @param windowSize the sliding-window width (gensim's default for c_npmi: 10)
     * @return the mean NPMI over topics that have at least two words found in the corpus, in [-1, 1]
     */
    public static double of(Collection<List<WordScore>> topics, List<List<String>> tokenizedCorpus, int topK,
                            int windowSize) {
        return perTopic(topics, tokenizedCorpus, topK, windowSize).stream().mapToDouble(Double::doubleValue)
                .filter(v -> !Double.isNaN(v)).average().orElse(Double.NaN);
    }

    /** The NPMI of each topic, in order; NaN for a topic with fewer than two words found in the corpus. */
    public static List<Double> perTopic(Collection<List<WordScore>> topics, List<List<String>> tokenizedCorpus,
                                        int topK, int windowSize) {
        if (topics == null || topics.isEmpty()) {
            throw new IllegalArgumentException("topics is empty: coherence needs at least one topic");
        }
        if (tokenizedCorpus == null || tokenizedCorpus.isEmpty()) {
            throw new IllegalArgumentException("tokenizedCorpus is empty: give the tokenised documents");
        }
        if (topK < 2 || windowSize < 1) {
            throw new IllegalArgumentException("topK must be >= 2 and windowSize >= 1, got " + topK + " and " + windowSize);
        }
        List<List<String>> topicWords = new ArrayList<>();
        Set<String> relevant = new HashSet<>();
        for (List<WordScore> words : topics) {
            List<String> top = new ArrayList<>();
            for (int i = 0; i < Math.min(topK, words.size()); i++) {
                if (!words.get(i).word().isEmpty()) {
                    top.add(words.get(i).word());
                }
            }
            topicWords.add(top);
            relevant.addAll(top);
        }
        Map<String, Long> single = new HashMap<>();
        Map<String, Long> pair = new HashMap<>();
        long windows = 0;
        for (List<String> doc : tokenizedCorpus) {
            int count = Math.max(1, doc.size() - windowSize + 1);
            for (int start = 0; start < count; start++) {
                Set<String> present = new LinkedHashSet<>();
                for (int k = start; k < Math.min(doc.size(), start + windowSize); k++) {
                    if (relevant.contains(doc.get(k))) {
                        present.add(doc.get(k));
                    }
                }
                windows++;
                List<String> p = new ArrayList<>(present);
                for (int a = 0; a < p.size(); a++) {
                    single.merge(p.get(a), 1L, Long::sum);
                    for (int b = a + 1; b < p.size(); b++) {
                        pair.merge(key(p.get(a), p.get(b)), 1L, Long::sum);
                    }
                }
            }
        }
        List<Double> out = new ArrayList<>();
        for (List<String> words : topicWords) {
            List<String> found = words.stream().filter(single::containsKey).distinct().toList();
            if (found.size() < 2) {
                out.add(Double.NaN);
                continue;
            }
            double sum = 0;
            int pairs = 0;
            for (int a = 0; a < found.size(); a++) {
                for (int b = a + 1; b < found.size(); b++) {
                    double pa = single.get(found.get(a)) / (double) windows;
                    double pb = single.get(found.get(b)) / (double) windows;
                    double pab = pair.getOrDefault(key(found.get(a), found.get(b)), 0L) / (double) windows;
                    sum += Math.log((pab + EPSILON) / (pa * pb)) / -Math.log(pab + EPSILON);
                    pairs++;
                }
            }
            out.add(sum / pairs);
        }
        return out;
    }

    private static String key(String a, String b) {
        return a.compareTo(b) < 0 ? a + '\u0000' + b : b + '\u0000' + a;
    }
}
