package org.bertopic4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bertopic4j.cluster.GivenLabelsClusterer;
import org.bertopic4j.cluster.MiniBatchKMeans;
import org.bertopic4j.cluster.NearestCentroidClassifier;
import org.bertopic4j.evaluation.ClusterAgreement;
import org.bertopic4j.reduce.IdentityReducer;
import org.bertopic4j.reduce.IncrementalPCA;
import org.bertopic4j.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Supervised, semi-supervised and manual topic modelling on the real fortune documents (their 5-d
 * embeddings and the fortune file each comes from as class), and the validation of the guided and
 * zero-shot settings.
 */
class ModesTest {
    private static final int TRAIN = 1500;
    private static List<String> docs;
    private static float[][] embeddings;
    private static int[] classes;

    @BeforeAll
    static void load() {
        docs = Fixtures.tsvColumn("bertopic/docs.tsv", "text");
        embeddings = Fixtures.npy("bertopic/reduced_embeddings_5d.npy").toFloatMatrix();
        Map<String, Integer> ids = new HashMap<>();
        classes = Fixtures.tsvColumn("bertopic/docs.tsv", "label").stream()
                .mapToInt(f -> ids.computeIfAbsent(f, k -> ids.size())).toArray();
    }

    private static Corpus rows(int from, int to) {
        return Corpus.of(docs.subList(from, to)).withEmbeddings(Arrays.copyOfRange(embeddings, from, to));
    }

    @Test
    void supervisedTopicsAreTheClassesAndTransformUsesTheClassifier() {
        BERTopic supervised = BERTopic.builder().reducer(new IdentityReducer())
                .clusterer(new NearestCentroidClassifier()).build();
        int[] y = Arrays.copyOf(classes, TRAIN);
        TopicModel model = supervised.fit(rows(0, TRAIN).withLabels(y));
        assertEquals(1.0, ClusterAgreement.adjustedRandIndex(y, model.topics()), 1e-12);
        assertTrue(model.clustering().supportsPrediction());

        int[] held = Arrays.copyOfRange(classes, TRAIN, docs.size());
        Assignments predicted = model.transform(rows(TRAIN, docs.size()));
        Map<Integer, Integer> topicToClass = new HashMap<>();
        int[] topics = model.topics();
        for (int i = 0; i < TRAIN; i++) {
            topicToClass.put(topics[i], y[i]);
        }
        int right = 0;
        for (int i = 0; i < held.length; i++) {
            right += topicToClass.get(predicted.topics()[i]) == held[i] ? 1 : 0;
        }
        int majority = Arrays.stream(held).boxed().collect(java.util.stream.Collectors.groupingBy(c -> c,
                java.util.stream.Collectors.counting())).values().stream().mapToInt(Long::intValue).max().orElse(0);
        double accuracy = (double) right / held.length;
        // 5-d UMAP embeddings of one-line fortunes: the nearest class centroid beats always guessing the largest file
        assertTrue(accuracy > 1.5 * majority / held.length, "held-out accuracy " + accuracy + " vs majority "
                + (double) majority / held.length);
    }

    @Test
    void nearestCentroidClassifierPredictsTheNearestClassMean() {
        double[][] points = {{0, 0}, {0, 2}, {10, 10}, {10, 12}, {-5, -5}};
        Clustering c = new NearestCentroidClassifier().fit(points, new int[] {7, 7, 3, 3, -1});
        assertArrayEquals(new int[] {1, 1, 0, 0, -1}, c.labels());
        assertEquals(2, c.clusterCount());
        assertArrayEquals(new int[] {1, 0, -1}, c.predict(new double[][] {{0, 1.1}, {9, 9}, {-4, -6}}).labels());
        assertMessage("labels is null", () -> new NearestCentroidClassifier().fit(points, null));
        assertMessage("labels must be >= -1", () -> new NearestCentroidClassifier().fit(points, new int[] {0, 0, 1, 1, -2}));
    }

    @Test
    void semiSupervisedLabelsWithUnknownsReachTheReducerAndTheClustersComeFromTheClusterer() {
        // UMAP (the reducer that uses y) is not merged in this build: IncrementalPCA takes y and ignores it,
        // as scikit-learn's PCA does; what this checks is the flow of partial labels through fit.
        int[] partial = Arrays.copyOf(classes, TRAIN);
        for (int i = 0; i < partial.length; i += 2) {
            partial[i] = -1;
        }
        BERTopic config = BERTopic.builder().reducer(IncrementalPCA.builder().components(3).build())
                .clusterer(MiniBatchKMeans.builder().clusters(6).seed(3).build()).build();
        TopicModel semi = config.fit(rows(0, TRAIN).withLabels(partial));
        TopicModel none = config.fit(rows(0, TRAIN));
        assertFalse(semi.topicSizes().containsKey(-1), "k-means leaves no outliers, whatever y holds");
        assertEquals(6, semi.topicCount());
        assertArrayEquals(none.topics(), semi.topics(), "a reducer without use for y gives the unsupervised topics");
    }

    @Test
    void manualTopicsAreTheGivenLabelsRenumberedBySize() {
        BERTopic manual = BERTopic.builder().reducer(new IdentityReducer()).clusterer(new GivenLabelsClusterer()).build();
        int[] y = Arrays.copyOf(classes, TRAIN);
        TopicModel model = manual.fit(rows(0, TRAIN).withLabels(y));
        assertEquals(1.0, ClusterAgreement.adjustedRandIndex(y, model.topics()), 1e-12);
        Map<Integer, Integer> sizes = model.topicSizes();
        for (int t = 1; t < model.topicCount(); t++) {
            assertTrue(sizes.get(t - 1) >= sizes.get(t));
        }
        assertFalse(model.clustering().supportsPrediction(), "manual models transform by topic embedding");
        double[][] sims = org.bertopic4j.matrix.Matrices.cosineSimilarity(
                org.bertopic4j.matrix.Matrices.toDouble(Arrays.copyOfRange(embeddings, TRAIN, TRAIN + 50)),
                model.topicEmbeddings());
        int[] predicted = model.transform(rows(TRAIN, TRAIN + 50)).topics();
        for (int i = 0; i < 50; i++) {
            int arg = 0;
            for (int j = 1; j < sims[i].length; j++) {
                arg = sims[i][j] > sims[i][arg] ? j : arg;
            }
            assertEquals(model.topicIds().get(arg), predicted[i]);
        }
    }

    @Test
    void guidedAndZeroShotSettingsAreValidated() {
        assertMessage("seedTopicList is empty", () -> BERTopic.builder().seedTopicList(List.of()));
        assertMessage("seedTopicList is null", () -> BERTopic.builder().seedTopicList(null));
        assertMessage("seedTopicList[1] is empty",
                () -> BERTopic.builder().seedTopicList(List.of(List.of("a"), List.of())));
        assertMessage("blank word", () -> BERTopic.builder().seedTopicList(List.of(List.of("a", " "))));
        assertMessage("zeroShotTopics is empty", () -> BERTopic.builder().zeroShotTopics(List.of()));
        assertMessage("twice", () -> BERTopic.builder().zeroShotTopics(List.of("a", "a")));
        assertMessage("must be in [0, 1], got -0.1", () -> BERTopic.builder().zeroShotTopics(List.of("a"), -0.1));
        assertMessage("must be in [0, 1], got 1.5", () -> BERTopic.builder().zeroShotTopics(List.of("a"), 1.5));
        assertMessage("must be in [0, 1], got NaN", () -> BERTopic.builder().zeroShotTopics(List.of("a"), Double.NaN));
        assertMessage("seedTopicList is set but no embeddingBackend",
                () -> BERTopic.builder().seedTopicList(List.of(List.of("space"))).build());
        assertMessage("zeroShotTopics is set but no embeddingBackend",
                () -> BERTopic.builder().zeroShotTopics(List.of("space")).build());
    }

    static void assertMessage(String part, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(part), "message '" + e.getMessage() + "' lacks '" + part + "'");
    }
}
