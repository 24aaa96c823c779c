package org.bertopic4j.representation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bertopic4j.check.Arguments;
import org.bertopic4j.EmbeddingBackend;
import org.bertopic4j.Representation;
import org.bertopic4j.RepresentationContext;
import org.bertopic4j.RepresentationModel;
import org.bertopic4j.WordScore;
import org.bertopic4j.matrix.Matrices;
import org.bertopic4j.vectorize.TopWords;

/**
 * BERTopic's {@code KeyBERTInspired}: re-ranks each topic's c-TF-IDF candidate words by how close
 * their embeddings are to the topic's embedding.
 * <ol>
 *   <li>the topic's representative documents ({@code nrReprDocs} of {@code nrSamples} sampled rows);</li>
 *   <li>the topic embedding is the mean of their embeddings: the corpus embeddings of those rows,
 *       looked up by row id, when the fit has them, else the documents embedded by the backend;</li>
 *   <li>the candidates are the topic's {@code nrCandidateWords} best c-TF-IDF words (as upstream, taken
 *       from the c-TF-IDF matrix, not from the words a previous model in a chain produced; padding
 *       entries are skipped);</li>
 *   <li>candidates are embedded with the backend's {@code embedDocuments} and the {@code topNWords}
 *       most cosine-similar are kept, best first, scored by that similarity.</li>
 * </ol>
 * Needs the model's embedding backend, which must be the model that produced the corpus embeddings.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * BERTopic.builder().embeddingBackend(SentenceEmbedder.allMiniLmL6V2())
 *         .representation(KeyBERTInspired.defaults()).build();
 * }</pre>
 */
public final class KeyBERTInspired implements RepresentationModel {
    private final int topNWords;
    private final int nrReprDocs;
    private final int nrSamples;
    private final int nrCandidateWords;

    private KeyBERTInspired(Builder b) {
        this.topNWords = b.topNWords;
        this.nrReprDocs = b.nrReprDocs;
        this.nrSamples = b.nrSamples;
        this.nrCandidateWords = b.nrCandidateWords;
    }

    /** BERTopic's defaults: 10 words, 5 representative documents of 500 samples, 100 candidates. */
    public static KeyBERTInspired defaults() {
        return builder().build();
    }

    /** A builder starting from BERTopic's defaults. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Map<Integer, Representation> extractTopics(RepresentationContext context, Map<Integer, List<WordScore>> topics) {
        Inputs.require("KeyBERTInspired", context, topics);
        EmbeddingBackend backend = Inputs.backend("KeyBERTInspired", context);
        if (topics.isEmpty()) {
            return Map.of();
        }
        Map<Integer, double[]> topicEmbeddings = topicEmbeddings(context, backend, topics.keySet());
        List<List<WordScore>> ranked = TopWords.extract(context.cTfIdf(), context.vectorizer().vocabulary(),
                nrCandidateWords);
        Map<Integer, List<String>> candidates = new LinkedHashMap<>();
        Set<String> vocabulary = new LinkedHashSet<>();
        for (int topic : topics.keySet()) {
            List<String> words = new ArrayList<>();
            for (WordScore w : ranked.get(Inputs.ctfidfRow(context, topic))) {
                if (!w.word().isEmpty() && words.size() < nrCandidateWords) {
                    words.add(w.word());
                }
            }
            candidates.put(topic, words);
            vocabulary.addAll(words);
        }
        List<String> vocab = List.copyOf(vocabulary);
        Map<String, double[]> wordEmbeddings = new LinkedHashMap<>();
        if (!vocab.isEmpty()) {
            float[][] e = backend.embedDocuments(vocab);
            Matrices.requireFinite("word embeddings from " + backend, e);
            for (int i = 0; i < vocab.size(); i++) {
                wordEmbeddings.put(vocab.get(i), Inputs.toDouble(e[i]));
            }
        }
        Map<Integer, Representation> out = new LinkedHashMap<>();
        for (int topic : topics.keySet()) {
            out.put(topic, new Representation.Words(rank(topicEmbeddings.get(topic), candidates.get(topic), wordEmbeddings)));
        }
        return out;
    }

    private List<WordScore> rank(double[] topicEmbedding, List<String> words, Map<String, double[]> wordEmbeddings) {
        if (words.isEmpty()) {
            return List.of();
        }
        double[][] vectors = new double[words.size()][];
        for (int i = 0; i < words.size(); i++) {
            vectors[i] = wordEmbeddings.get(words.get(i));
        }
        if (vectors[0].length != topicEmbedding.length) {
            throw new IllegalArgumentException("KeyBERTInspired: word embeddings have " + vectors[0].length
                    + " dimensions but the document embeddings have " + topicEmbedding.length + "; the corpus "
                    + "embeddings must come from the same model as the embedding backend");
        }
        double[][] sims = Matrices.cosineSimilarity(vectors, new double[][] {topicEmbedding});
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Double.compare(sims[b][0], sims[a][0]));
        List<WordScore> best = new ArrayList<>();
        for (int i = 0; i < Math.min(topNWords, order.size()); i++) {
            best.add(new WordScore(words.get(order.get(i)), sims[order.get(i)][0]));
        }
        return List.copyOf(best);
    }

    /** Mean embedding of each topic's representative documents, by row id. */
    private Map<Integer, double[]> topicEmbeddings(RepresentationContext context, EmbeddingBackend backend,
                                                   Set<Integer> topicIds) {
        Map<Integer, List<Integer>> rows = context.representativeRows(nrSamples, nrReprDocs);
        Map<Integer, List<float[]>> vectors = new LinkedHashMap<>();
        if (context.embeddings().isPresent()) {
            float[][] embeddings = context.embeddings().get();
            for (int topic : topicIds) {
                vectors.put(topic, rows.get(topic).stream().map(r -> embeddings[r]).toList());
            }
        } else {
            List<String> texts = new ArrayList<>();
            for (int topic : topicIds) {
                rows.get(topic).forEach(r -> texts.add(context.documents().get(r)));
            }
            float[][] embedded = backend.embedDocuments(texts);
            Matrices.requireFinite("document embeddings from " + backend, embedded);
            int k = 0;
            for (int topic : topicIds) {
                List<float[]> list = new ArrayList<>();
                for (int i = 0; i < rows.get(topic).size(); i++) {
                    list.add(embedded[k++]);
                }
                vectors.put(topic, list);
            }
        }
        Map<Integer, double[]> out = new LinkedHashMap<>();
        vectors.forEach((topic, list) -> out.put(topic, Inputs.mean(list)));
        return out;
    }

    /** Words per topic (BERTopic: 10). */
    public int topNWords() {
        return topNWords;
    }

    /** Representative documents whose mean embedding stands for the topic (BERTopic: 5). */
    public int nrReprDocs() {
        return nrReprDocs;
    }

    /** Documents sampled per topic when choosing representative documents (BERTopic: 500). */
    public int nrSamples() {
        return nrSamples;
    }

    /** c-TF-IDF candidate words per topic (BERTopic: 100). */
    public int nrCandidateWords() {
        return nrCandidateWords;
    }

    @Override
    public String toString() {
        return "KeyBERTInspired[topNWords=" + topNWords + ", nrReprDocs=" + nrReprDocs + ", nrSamples=" + nrSamples
                + ", nrCandidateWords=" + nrCandidateWords + "]";
    }

    /** Builds a {@link KeyBERTInspired}; every setter checks its argument. */
    public static final class Builder {
        private int topNWords = 10;
        private int nrReprDocs = 5;
        private int nrSamples = 500;
        private int nrCandidateWords = 100;

        private Builder() {
        }

        /** Words per topic (default 10, at least 1). */
        public Builder topNWords(int n) {
            this.topNWords = Arguments.atLeast("topNWords", n, 1);
            return this;
        }

        /** Representative documents per topic (default 5, at least 1). */
        public Builder nrReprDocs(int n) {
            this.nrReprDocs = Arguments.atLeast("nrReprDocs", n, 1);
            return this;
        }

        /** Documents sampled per topic before ranking (default 500, at least 1). */
        public Builder nrSamples(int n) {
            this.nrSamples = Arguments.atLeast("nrSamples", n, 1);
            return this;
        }

        /** c-TF-IDF candidates per topic (default 100, at least 1). */
        public Builder nrCandidateWords(int n) {
            this.nrCandidateWords = Arguments.atLeast("nrCandidateWords", n, 1);
            return this;
        }

        /** The model. */
        public KeyBERTInspired build() {
            return new KeyBERTInspired(this);
        }
    }
}
