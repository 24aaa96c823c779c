package org.bertopic4j.djl.modes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bertopic4j.Assignments;
import org.bertopic4j.BERTopic;
import org.bertopic4j.Corpus;
import org.bertopic4j.OnlineTopicModel;
import org.bertopic4j.TopicModel;
import org.bertopic4j.WordScore;
import org.bertopic4j.cluster.GivenLabelsClusterer;
import org.bertopic4j.cluster.MiniBatchKMeans;
import org.bertopic4j.djl.text.SentenceEmbedder;
import org.bertopic4j.evaluation.ClusterAgreement;
import org.bertopic4j.matrix.CsrMatrix;
import org.bertopic4j.matrix.Matrices;
import org.bertopic4j.online.OnlineCountVectorizer;
import org.bertopic4j.reduce.IdentityReducer;
import org.bertopic4j.reduce.IncrementalPCA;
import org.bertopic4j.testing.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Guided, zero-shot and online topic modelling with the real all-MiniLM-L6-v2 embedder on real fortune-file
 * documents, measured against the fortune file each document comes from.
 */
class ModesMiniLmTest {
    private static final int N = 900;
    /** Zero-shot label -> the fortune file its documents should come from. */
    private static final Map<String, String> ZERO_SHOT = new LinkedHashMap<>();
    /** Seed words -> the fortune file they describe. */
    private static final Map<List<String>, String> SEEDS = new LinkedHashMap<>();

    static {
        ZERO_SHOT.put("computers, software and programming", "computers");
        ZERO_SHOT.put("politics and government", "politics");
        ZERO_SHOT.put("Star Trek, Captain Kirk and Spock", "startrek");
        ZERO_SHOT.put("food and eating", "food");
        ZERO_SHOT.put("law, lawyers and courts", "law");
        SEEDS.put(List.of("computer", "software", "program", "unix", "bug"), "computers");
        SEEDS.put(List.of("president", "government", "vote", "congress", "politics"), "politics");
        SEEDS.put(List.of("spock", "kirk", "enterprise", "captain", "star"), "startrek");
        SEEDS.put(List.of("food", "eat", "cook", "dinner", "restaurant"), "food");
    }

    private static SentenceEmbedder embedder;
    private static List<String> docs;
    private static List<String> files;
    private static float[][] embeddings;

    @BeforeAll
    static void embed() {
        docs = Fixtures.tsvColumn("bertopic/docs.tsv", "text").subList(0, N);
        files = Fixtures.tsvColumn("bertopic/docs.tsv", "label").subList(0, N);
        embedder = SentenceEmbedder.allMiniLmL6V2();
        embeddings = embedder.embedDocuments(docs);
    }

    @AfterAll
    static void close() {
        embedder.close();
    }

    private static BERTopic.Builder kmeans(int k) {
        return BERTopic.builder().embeddingBackend(embedder).reducer(new IdentityReducer())
                .clusterer(MiniBatchKMeans.builder().clusters(k).seed(42).build()).seed(42);
    }

    @Test
    void zeroShotTopicsCaptureDocumentsAboutTheirLabel() {
        List<String> labels = List.copyOf(ZERO_SHOT.keySet());
        TopicModel model = kmeans(8).zeroShotTopics(labels, 0.35).calculateProbabilities(true).build()
                .fit(Corpus.of(docs).withEmbeddings(embeddings));
        int[] topics = model.topics();
        int matchedTopics = 0;
        int hits = 0;
        int assigned = 0;
        for (int t : model.topicIds()) {
            String name = model.name(t);
            if (!ZERO_SHOT.containsKey(name)) {
                continue;
            }
            assertEquals(matchedTopics, t, "zero-shot topics come first, in label order");
            matchedTopics++;
            int inTopic = 0;
            int right = 0;
            for (int i = 0; i < N; i++) {
                if (topics[i] == t) {
                    inTopic++;
                    right += files.get(i).equals(ZERO_SHOT.get(name)) ? 1 : 0;
                }
            }
            System.out.printf("zero-shot %-40s %3d docs, precision %.3f%n", name, inTopic, (double) right / inTopic);
            hits += right;
            assigned += inTopic;
        }
        double precision = (double) hits / assigned;
        System.out.printf("zero-shot: %d topics, %d docs assigned, precision %.3f, %d topics in all%n", matchedTopics,
                assigned, precision, model.topicCount());
        assertTrue(matchedTopics >= 3, "matched zero-shot topics: " + matchedTopics);
        // measured 0.614 on 44 documents; each label's file holds at most 7% of the documents
        assertTrue(precision > 0.5, "precision " + precision);
        assertTrue(model.topicCount() > matchedTopics, "the other documents were clustered");

        // probabilities are cosine similarities to the topic embeddings; transform goes by topic centroid
        double[][] sims = Matrices.cosineSimilarity(Matrices.toDouble(embeddings), model.topicEmbeddings());
        double[][] matrix = model.probabilityMatrix().orElseThrow();
        for (int i = 0; i < N; i += 97) {
            assertEquals(sims[i][topics[i]], matrix[i][topics[i]], 1e-9);
        }
        Assignments again = model.transform(Corpus.of(docs).withEmbeddings(embeddings));
        for (int i = 0; i < N; i++) {
            int arg = 0;
            for (int j = 1; j < sims[i].length; j++) {
                arg = sims[i][j] > sims[i][arg] ? j : arg;
            }
            assertEquals(model.topicIds().get(arg), again.topics()[i], "document " + i);
        }
    }

    @Test
    void whenEveryDocumentMatchesNothingIsClusteredAndTopicsAreNumberedBySize() {
        List<String> labels = List.copyOf(ZERO_SHOT.keySet());
        double[][] sims = Matrices.cosineSimilarity(Matrices.toDouble(embeddings),
                Matrices.toDouble(embedder.embedDocuments(labels)));
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            if (Arrays.stream(sims[i]).max().orElseThrow() >= 0.2) {
                rows.add(i);
            }
        }
        float[][] matching = rows.stream().map(i -> embeddings[i]).toArray(float[][]::new);
        List<String> matchingDocs = rows.stream().map(docs::get).toList();
        // GivenLabelsClusterer throws without labels: it must not be called
        TopicModel model = BERTopic.builder().embeddingBackend(embedder).reducer(new IdentityReducer())
                .clusterer(new GivenLabelsClusterer()).zeroShotTopics(labels, 0.2).build()
                .fit(Corpus.of(matchingDocs).withEmbeddings(matching));
        assertTrue(rows.size() > 100, "documents matching at 0.2: " + rows.size()); // measured 289 of 900
        int[] topics = model.topics();
        for (int k = 0; k < rows.size(); k++) {
            int best = 0;
            for (int j = 1; j < labels.size(); j++) {
                best = sims[rows.get(k)][j] > sims[rows.get(k)][best] ? j : best;
            }
            assertEquals(labels.get(best), model.name(topics[k]), "document " + rows.get(k));
        }
        for (int t = 1; t < model.topicCount(); t++) {
            assertTrue(model.topicSizes().get(t - 1) >= model.topicSizes().get(t), "numbered by size");
        }
    }

    @Test
    void onlineTopicEmbeddingsAreWeightedMeansOfTheTopicWordsEmbeddings() {
        BERTopic config = BERTopic.builder().embeddingBackend(embedder)
                .reducer(IncrementalPCA.builder().components(5).build())
                .clusterer(MiniBatchKMeans.builder().clusters(6).seed(1).build())
                .vectorizer(OnlineCountVectorizer.builder().decay(0.05).build()).build();
        OnlineTopicModel model = OnlineTopicModel.start(config);
        for (int from = 0; from < N; from += 300) {
            model = model.partialFit(Corpus.of(docs.subList(from, from + 300))
                    .withEmbeddings(Arrays.copyOfRange(embeddings, from, from + 300)));
        }
        double[][] topicEmbeddings = model.topicEmbeddings();
        for (int row = 0; row < model.topicIds().size(); row++) {
            List<WordScore> words = model.topic(model.topicIds().get(row));
            float[][] wordEmbeddings = embedder.embedWords(words.stream().map(WordScore::word).toList());
            double total = words.stream().mapToDouble(WordScore::score).sum();
            for (int j = 0; j < wordEmbeddings[0].length; j++) {
                double expected = 0;
                for (int w = 0; w < words.size(); w++) {
                    expected += words.get(w).score() / total * wordEmbeddings[w][j];
                }
                assertEquals(expected, topicEmbeddings[row][j], 1e-5);
            }
        }
        assertEquals(N, model.topicSizes().values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void seedTopicsRaiseAgreementWithTheFortuneFiles() {
        List<List<String>> seeds = List.copyOf(SEEDS.keySet());
        Corpus corpus = Corpus.of(docs).withEmbeddings(embeddings);
        TopicModel plain = kmeans(12).build().fit(corpus);
        TopicModel guided = kmeans(12).seedTopicList(seeds).build().fit(corpus);
        double plainScore = seededAgreement(plain.topics());
        double guidedScore = seededAgreement(guided.topics());
        System.out.printf("guided: NMI on seeded files %.4f (unguided %.4f)%n", guidedScore, plainScore);
        assertTrue(guidedScore > plainScore + 0.02, guidedScore + " vs " + plainScore);
    }

    /** NMI between the fortune file and the topic, over the documents of the seeded files. */
    private static double seededAgreement(int[] topics) {
        Map<String, Integer> fileIds = new HashMap<>();
        List<Integer> truth = new ArrayList<>();
        List<Integer> predicted = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            String file = files.get(i);
            if (SEEDS.containsValue(file)) {
                truth.add(fileIds.computeIfAbsent(file, f -> fileIds.size()));
                predicted.add(topics[i]);
            }
        }
        return ClusterAgreement.normalizedMutualInformation(truth.stream().mapToInt(Integer::intValue).toArray(),
                predicted.stream().mapToInt(Integer::intValue).toArray());
    }

    @Test
    void seedWordsGetTheIdfFactorOfGuidedTopicModelling() {
        List<List<String>> seeds = List.copyOf(SEEDS.keySet());
        Corpus corpus = Corpus.of(docs).withEmbeddings(embeddings);
        TopicModel guided = kmeans(12).seedTopicList(seeds).build().fit(corpus);
        TopicModel same = BERTopic.builder().embeddingBackend(embedder).reducer(new IdentityReducer())
                .clusterer(new GivenLabelsClusterer()).build().fit(corpus.withLabels(guided.topics()));
        assertEquals(guided.vectorizer().vocabulary(), same.vectorizer().vocabulary());
        List<String> vocabulary = guided.vectorizer().vocabulary();
        CsrMatrix g = guided.cTfIdf();
        CsrMatrix s = same.cTfIdf();
        int seedColumns = 0;
        for (int c = 0; c < vocabulary.size(); c++) {
            String word = vocabulary.get(c);
            boolean seed = seeds.stream().anyMatch(l -> l.contains(word));
            seedColumns += seed ? 1 : 0;
            for (int r = 0; r < g.rows(); r++) {
                assertEquals(s.get(r, c) * (seed ? 1.2 : 1.0), g.get(r, c), 1e-12, vocabulary.get(c));
            }
        }
        assertTrue(seedColumns > 5, "seed words in the vocabulary: " + seedColumns);
    }

    @Test
    void onlineGuidedTopicModellingWeightsSeedWordsOnTheDecayedBagOfWords() {
        List<List<String>> seeds = List.copyOf(SEEDS.keySet());
        BERTopic config = BERTopic.builder().embeddingBackend(embedder).seedTopicList(seeds)
                .reducer(IncrementalPCA.builder().components(5).build())
                .clusterer(MiniBatchKMeans.builder().clusters(6).seed(1).build())
                .vectorizer(OnlineCountVectorizer.builder().decay(0.05).build()).build();
        OnlineTopicModel model = OnlineTopicModel.start(config)
                .partialFit(Corpus.of(docs.subList(0, 450)).withEmbeddings(Arrays.copyOf(embeddings, 450)))
                .partialFit(Corpus.of(docs.subList(450, N)).withEmbeddings(Arrays.copyOfRange(embeddings, 450, N)));
        CsrMatrix bow = model.bagOfWords();
        CsrMatrix expected = config.ctfidf().fit(bow, config.ctfidf().idfMultiplier(model.vocabulary(), seeds))
                .transform(bow);
        CsrMatrix plain = config.ctfidf().fit(bow, null).transform(bow);
        List<String> vocabulary = model.vocabulary();
        for (int c = 0; c < vocabulary.size(); c++) {
            String word = vocabulary.get(c);
            boolean seed = seeds.stream().anyMatch(l -> l.contains(word));
            for (int r = 0; r < bow.rows(); r++) {
                assertEquals(expected.get(r, c), model.cTfIdf().get(r, c), 1e-12);
                assertEquals(plain.get(r, c) * (seed ? 1.2 : 1.0), model.cTfIdf().get(r, c), 1e-12, word);
            }
        }
    }

    @Test
    void badModeSettingsAreRejectedBeforeAnyWork() {
        assertThrows(IllegalArgumentException.class,
                () -> kmeans(3).zeroShotTopics(List.of("a"), 1.01));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BERTopic.builder().zeroShotTopics(List.of("politics")).build());
        assertTrue(e.getMessage().contains("embeddingBackend"), e.getMessage());
    }
}
