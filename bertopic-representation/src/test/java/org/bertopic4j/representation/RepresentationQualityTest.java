package org.bertopic4j.representation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bertopic4j.Corpus;
import org.bertopic4j.Representation;
import org.bertopic4j.WordScore;
import org.bertopic4j.contract.ContextCapture;
import org.bertopic4j.evaluation.TopicDiversity;
import org.bertopic4j.matrix.Matrices;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures, with the real all-MiniLM-L6-v2 on 240 real fortunes of 6 categories, that KeyBERTInspired
 * and MaximalMarginalRelevance describe topics better than plain c-TF-IDF words (BERTopic's default
 * vectorizer keeps stop words, as upstream): words closer to the topic centroid (mean cosine of each
 * word's embedding to the mean document embedding of the topic), more distinct across topics
 * (topic diversity: share of unique words among all topics' top 10) and less redundant within a topic
 * (1 - mean pairwise cosine of a topic's words). The numbers are printed.
 */
class RepresentationQualityTest {
    private static ContextCapture.Captured fitted;
    private static Map<Integer, double[]> centroids;

    @BeforeAll
    static void fit() {
        Corpus corpus = TestData.fortunes();
        fitted = ContextCapture.fit(TestData.manual().embeddingBackend(TestData.miniLm()), corpus);
        float[][] e = corpus.embeddings().orElseThrow();
        int[] topics = corpus.labels().orElseThrow();
        Map<Integer, List<float[]>> members = new LinkedHashMap<>();
        for (int i = 0; i < topics.length; i++) {
            members.computeIfAbsent(topics[i], t -> new ArrayList<>()).add(e[i]);
        }
        centroids = new LinkedHashMap<>();
        members.forEach((t, rows) -> centroids.put(t, Inputs.mean(rows)));
    }

    private static Map<Integer, List<WordScore>> ctfidfTop10() {
        Map<Integer, List<WordScore>> out = new LinkedHashMap<>();
        fitted.candidates().forEach((t, w) -> out.put(t, w.subList(0, 10)));
        return out;
    }

    private static Map<Integer, List<WordScore>> run(org.bertopic4j.RepresentationModel model) {
        Map<Integer, List<WordScore>> out = new LinkedHashMap<>();
        model.extractTopics(fitted.context(), fitted.candidates())
                .forEach((t, r) -> out.put(t, ((Representation.Words) r).words()));
        return out;
    }

    /** Mean over topics of the mean cosine between each word and the topic centroid. */
    private static double closeness(Map<Integer, List<WordScore>> topics) {
        double sum = 0;
        for (Map.Entry<Integer, List<WordScore>> e : topics.entrySet()) {
            double[][] words = Matrices.toDouble(TestData.miniLm().embedDocuments(words(e.getValue())));
            double[][] sims = Matrices.cosineSimilarity(words, new double[][] {centroids.get(e.getKey())});
            sum += java.util.Arrays.stream(sims).mapToDouble(r -> r[0]).average().orElseThrow();
        }
        return sum / topics.size();
    }

    /** Mean over topics of 1 - the mean pairwise cosine between the topic's words. */
    private static double withinTopicDiversity(Map<Integer, List<WordScore>> topics) {
        double sum = 0;
        for (List<WordScore> w : topics.values()) {
            double[][] words = Matrices.toDouble(TestData.miniLm().embedDocuments(words(w)));
            double[][] sims = Matrices.cosineSimilarity(words, words);
            double pairs = 0;
            int count = 0;
            for (int i = 0; i < sims.length; i++) {
                for (int j = i + 1; j < sims.length; j++) {
                    pairs += sims[i][j];
                    count++;
                }
            }
            sum += 1 - pairs / count;
        }
        return sum / topics.size();
    }

    private static List<String> words(List<WordScore> list) {
        return list.stream().map(WordScore::word).toList();
    }

    private static double[] measure(String name, Map<Integer, List<WordScore>> topics) {
        double[] m = {closeness(topics), TopicDiversity.of(topics.values(), 10), withinTopicDiversity(topics)};
        System.out.printf(java.util.Locale.ROOT,
                "{\"representation\": \"%s\", \"centroidCosine\": %.4f, \"topicDiversity\": %.4f, "
                        + "\"withinTopicDiversity\": %.4f, \"topic0\": \"%s\"}%n",
                name, m[0], m[1], m[2], String.join(" ", words(topics.get(0))));
        return m;
    }

    @Test
    void keyBertAndMmrWordsAreCloserAndMoreDiverseThanCtfidfWords() {
        double[] ctfidf = measure("c-TF-IDF", ctfidfTop10());
        double[] keybert = measure("KeyBERTInspired", run(KeyBERTInspired.defaults()));
        double[] mmr = measure("MaximalMarginalRelevance", run(MaximalMarginalRelevance.defaults()));
        double[] chain = measure("KeyBERTInspired+MMR(0.3)", chain());
        assertTrue(keybert[0] > ctfidf[0] + 0.05, "KeyBERTInspired closeness " + keybert[0] + " vs " + ctfidf[0]);
        assertTrue(keybert[1] > ctfidf[1], "KeyBERTInspired topic diversity " + keybert[1] + " vs " + ctfidf[1]);
        assertTrue(mmr[0] > ctfidf[0], "MMR closeness " + mmr[0] + " vs " + ctfidf[0]);
        assertTrue(mmr[1] > ctfidf[1], "MMR topic diversity " + mmr[1] + " vs " + ctfidf[1]);
        assertTrue(mmr[2] > ctfidf[2], "MMR within-topic diversity " + mmr[2] + " vs " + ctfidf[2]);
        assertTrue(chain[2] > keybert[2], "MMR after KeyBERTInspired within-topic diversity " + chain[2] + " vs " + keybert[2]);
    }

    private static Map<Integer, List<WordScore>> chain() {
        Map<Integer, List<WordScore>> keybert = new LinkedHashMap<>();
        KeyBERTInspired.builder().topNWords(30).build().extractTopics(fitted.context(), fitted.candidates())
                .forEach((t, r) -> keybert.put(t, ((Representation.Words) r).words()));
        Map<Integer, List<WordScore>> out = new LinkedHashMap<>();
        MaximalMarginalRelevance.builder().diversity(0.3).build().extractTopics(fitted.context(), keybert)
                .forEach((t, r) -> out.put(t, ((Representation.Words) r).words()));
        return out;
    }
}
