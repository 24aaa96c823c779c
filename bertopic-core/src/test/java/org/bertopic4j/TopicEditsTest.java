package org.bertopic4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.bertopic4j.cluster.GivenLabelsClusterer;
import org.bertopic4j.operations.OutlierReduction;
import org.bertopic4j.operations.TopicLabels;
import org.bertopic4j.reduce.IdentityReducer;
import org.bertopic4j.testing.Fixtures;
import org.bertopic4j.vectorize.CountVectorizer;
import org.bertopic4j.vectorize.StopWords;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Topic edits that return new models: merge, delete, automatic reduction, update (with the sub-models
 * kept), custom labels, and their rejection of bad input; on 800 real documents with given labels.
 */
class TopicEditsTest {
    private static List<String> docs;
    private static float[][] embeddings;
    private static int[] labels;
    private static TopicModel model;

    @BeforeAll
    static void fit() {
        int n = 800;
        docs = Fixtures.tsvColumn("bertopic/docs.tsv", "text").subList(0, n);
        embeddings = Arrays.copyOf(Fixtures.npy("bertopic/reduced_embeddings_5d.npy").toFloatMatrix(), n);
        labels = Arrays.copyOf(Fixtures.npy("bertopic/ngram_1_1/topics.npy").toIntArray(), n);
        model = fit(BERTopic.builder().reducer(new IdentityReducer()).clusterer(new GivenLabelsClusterer()).build());
    }

    private static TopicModel fit(BERTopic config) {
        return config.fit(Corpus.of(docs).withEmbeddings(embeddings).withLabels(labels));
    }

    @Test
    void mergeMapsGroupsToTheirFirstTopicAndWeighsEmbeddingsBySize() {
        int a = 3;
        int b = 5;
        TopicModel merged = model.mergeTopics(a, b);
        int[] before = model.topics();
        int[] after = merged.topics();
        assertEquals(model.topicCount() - 1, merged.topicCount());
        int target = after[indexOf(before, a)];
        for (int i = 0; i < before.length; i++) {
            if (before[i] == a || before[i] == b) {
                assertEquals(target, after[i], "row " + i + " joins the merged topic");
            }
        }
        int size = model.topicSizes().get(a) + model.topicSizes().get(b);
        assertEquals(size, merged.topicSizes().get(target));
        double[] ea = model.topicEmbeddings()[model.topicIds().indexOf(a)];
        double[] eb = model.topicEmbeddings()[model.topicIds().indexOf(b)];
        double[] em = merged.topicEmbeddings()[merged.topicIds().indexOf(target)];
        for (int j = 0; j < em.length; j++) {
            double expected = (ea[j] * model.topicSizes().get(a) + eb[j] * model.topicSizes().get(b)) / size;
            assertEquals(expected, em[j], 1e-12);
        }
        for (int t = 1; t < merged.topicCount(); t++) {
            assertTrue(merged.topicSizes().get(t - 1) >= merged.topicSizes().get(t), "renumbered by size");
        }
        TopicModel groups = model.mergeTopics(List.of(List.of(1, 2), List.of(3, 4)));
        assertEquals(model.topicCount() - 2, groups.topicCount());
    }

    @Test
    void reductionOnCtfidfRowsKeepsTheOutliersApart() {
        TopicModel reduced = model.reduceTopics(8, true);
        assertEquals(8, reduced.topicIds().size(), "nrTopics counts the outlier topic");
        assertEquals(model.topicSizes().get(-1), reduced.topicSizes().get(-1));
        int[] before = model.topics();
        int[] after = reduced.topics();
        Map<Integer, Integer> target = new java.util.HashMap<>();
        for (int i = 0; i < before.length; i++) {
            assertEquals(after[i], (int) target.computeIfAbsent(before[i], t -> after[indexOf(before, t)]),
                    "a topic is never split: row " + i);
        }
    }

    @Test
    void deleteMovesDocumentsToOutliersAndKeepsOtherWords() {
        int victim = 2;
        TopicModel deleted = model.deleteTopics(victim);
        assertEquals(model.topicCount() - 1, deleted.topicCount());
        assertEquals(model.topicSizes().get(-1) + model.topicSizes().get(victim), deleted.topicSizes().get(-1));
        int[] before = model.topics();
        int[] after = deleted.topics();
        for (int i = 0; i < before.length; i++) {
            if (before[i] == victim) {
                assertEquals(-1, after[i]);
            } else if (before[i] >= 0) {
                assertEquals(model.topic(before[i]), deleted.topic(after[i]), "words of a kept topic stay");
            }
        }
        assertEquals(deleted.topicIds().size(), deleted.cTfIdf().rows());
        assertEquals(deleted.topicIds().size(), deleted.topicEmbeddings().length);
    }

    @Test
    void deletingFromAModelWithoutOutliersCreatesAnEmptyOutlierTopic() {
        TopicModel clean = model.updateTopics(model.reduceOutliers(OutlierReduction.builder()
                .strategy(OutlierReduction.Strategy.EMBEDDINGS).embeddings(embeddings).build()));
        assertFalse(clean.topicSizes().containsKey(-1));
        TopicModel deleted = clean.deleteTopics(0);
        assertEquals(List.of(new WordScore("", 1e-05)), deleted.topic(-1));
        assertEquals(0.0, deleted.cTfIdf().rowSum(0));
        assertArrayEquals(new double[5], deleted.topicEmbeddings()[0]);
        assertTrue(deleted.representativeDocs(-1).isEmpty());
    }

    @Test
    void autoReductionMergesTopicsTheClustererGroups() {
        // groups topics whose normalised embeddings are at least as close as the closest pair (single link)
        double[][] e = model.topicEmbeddings();
        double closest = -1;
        for (int i = 1; i < e.length; i++) {
            for (int j = 1; j < i; j++) {
                closest = Math.max(closest, org.bertopic4j.matrix.Matrices.cosineSimilarity(
                        new double[][] {e[i]}, new double[][] {e[j]})[0][0]);
            }
        }
        double threshold = closest - 1e-9;
        Clusterer sameDirection = (points, y) -> {
            int[] l = new int[points.length];
            Arrays.fill(l, -1);
            int next = 0;
            for (int i = 0; i < points.length; i++) {
                for (int j = 0; j < i; j++) {
                    double d = 0;
                    for (int k = 0; k < points[i].length; k++) {
                        d += points[i][k] * points[j][k];
                    }
                    if (d >= threshold && l[i] < 0) {
                        l[i] = l[j] >= 0 ? l[j] : (l[j] = next++);
                    }
                }
            }
            int[] labelsOut = l;
            int count = next;
            return new Clustering() {
                public int[] labels() {
                    return labelsOut.clone();
                }

                public int clusterCount() {
                    return count;
                }

                public double[] strengths() {
                    return new double[labelsOut.length];
                }
            };
        };
        TopicModel reduced = model.reduceTopicsAuto(sameDirection);
        assertEquals(model.topicCount() - 1, reduced.topicCount(), "the closest pair is merged");
        assertEquals(model.topicSizes().get(-1), reduced.topicSizes().get(-1), "outliers are never merged");
    }

    @Test
    void automaticReductionWithBertopicsHdbscanMergesSimilarTopicsOnly() {
        TopicModel model = fit(BERTopic.builder().reducer(new IdentityReducer()).clusterer(new GivenLabelsClusterer()).build());
        TopicModel reduced = model.reduceTopicsAuto();
        assertTrue(reduced.topicCount() <= model.topicCount(), "auto reduction never adds topics");
        assertEquals(model.topicSizes().get(-1), reduced.topicSizes().get(-1), "outliers are never merged");
        int[] before = model.topics();
        int[] after = reduced.topics();
        java.util.Map<Integer, Integer> target = new java.util.HashMap<>();
        for (int i = 0; i < before.length; i++) {
            Integer prev = target.putIfAbsent(before[i], after[i]);
            assertTrue(prev == null || prev == after[i], "topic " + before[i] + " split by the reduction");
        }
        assertEquals(reduced.topicCount(), reduced.topicSizes().size() - 1);
    }

    @Test
    void updateKeepsTheVectorizerAndAcceptsReplacements() {
        BERTopic config = BERTopic.builder().reducer(new IdentityReducer()).clusterer(new GivenLabelsClusterer())
                .vectorizer(CountVectorizer.builder().stopWords(StopWords.ENGLISH).build()).topN(7).build();
        TopicModel withStopWords = fit(config);
        int[] newTopics = withStopWords.reduceOutliers(OutlierReduction.of(OutlierReduction.Strategy.C_TF_IDF));
        TopicModel updated = withStopWords.updateTopics(newTopics);
        assertArrayEquals(newTopics, updated.topics());
        assertEquals(7, updated.topic(0).size(), "topN kept");
        for (int t : updated.topicIds()) {
            assertFalse(updated.topic(t).stream().anyMatch(w -> w.word().equals("the")), "stop words kept out of " + t);
        }
        assertTrue(updated.probabilityMatrix().isEmpty());
        TopicModel replaced = withStopWords.updateTopics(newTopics, b -> b.vectorizer(CountVectorizer.builder().build()).topN(4));
        assertEquals(4, replaced.topic(0).size());
        assertFalse(updated.vectorizer().vocabulary().contains("the"), "the kept vectorizer drops stop words");
        assertTrue(replaced.vectorizer().vocabulary().contains("the"), "the replacing vectorizer keeps them");
        assertEquals(7, withStopWords.topic(0).size(), "the original model is unchanged");
    }

    @Test
    void customLabelsShowUpAsCustomName() {
        assertNull(model.topicInfo(0).customName());
        Map<Integer, String> generated = TopicLabels.builder().nrWords(2).separator(", ").build().generate(model);
        assertEquals("0, " + model.topic(0).get(0).word() + ", " + model.topic(0).get(1).word(), generated.get(0));
        TopicModel labelled = model.withTopicLabels(Map.of(0, "Jokes"));
        assertEquals("Jokes", labelled.topicInfo(0).customName());
        assertEquals(model.name(1), labelled.topicInfo(1).customName(), "unnamed topics keep their name");
        TopicModel fromList = model.withTopicLabels(List.copyOf(TopicLabels.builder().build().generate(model).values()));
        assertEquals(model.topicIds().size(), fromList.customLabels().size());
        assertNull(model.topicInfo(0).customName(), "the original model is unchanged");
        assertEquals("Jokes", labelled.deleteTopics(1).topicInfo(0).customName(), "delete moves labels with topics");
        assertTrue(labelled.mergeTopics(1, 2).customLabels().isEmpty(), "merge drops labels of the old topics");
    }

    @Test
    void badInputIsRejectedWithTheArgumentAndTheFix() {
        assertMessage(() -> model.mergeTopics(1, 999), "topics to merge holds unknown topic 999");
        assertMessage(() -> model.mergeTopics(1, 1), "names topic 1 twice");
        assertMessage(() -> model.mergeTopics(-1, 2), "holds -1, the outlier topic");
        assertMessage(() -> model.mergeTopics(List.of(List.of(3))), "at least two topics");
        assertMessage(() -> model.deleteTopics(999), "topics to delete holds unknown topic 999");
        int current = model.topicIds().size();
        assertMessage(() -> model.reduceTopics(current), "nrTopics must be below the current number of topics, " + current);
        assertMessage(() -> model.reduceTopics(current + 5), "got " + (current + 5));
        assertMessage(() -> model.reduceTopics(1), "nrTopics must be at least 2");
        assertMessage(() -> model.updateTopics(new int[3]), "topics has 3 entries but the model has 800 documents");
        assertMessage(() -> model.updateTopics(filled(-2)), "topics[0] is -2");
        TopicModel noOutliers = model.updateTopics(filled(0));
        assertMessage(() -> noOutliers.reduceOutliers(OutlierReduction.of(OutlierReduction.Strategy.C_TF_IDF)),
                "topics holds no outlier (-1)");
        assertMessage(() -> model.reduceOutliers(OutlierReduction.of(OutlierReduction.Strategy.PROBABILITIES)),
                "needs a probability matrix");
        assertMessage(() -> model.withTopicLabels(Map.of(999, "x")), "labels names unknown topic 999");
        assertMessage(() -> model.withTopicLabels(List.of("a")), "labels has 1 entries");
    }

    private static int[] filled(int value) {
        int[] t = new int[docs.size()];
        Arrays.fill(t, value);
        if (value >= 0) {
            t[1] = 1;
        }
        return t;
    }

    private static void assertMessage(org.junit.jupiter.api.function.Executable call, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(expected), "message \"" + e.getMessage() + "\" should contain \"" + expected + "\"");
        assertNotEquals("", e.getMessage());
    }

    private static int indexOf(int[] a, int v) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] == v) {
                return i;
            }
        }
        throw new AssertionError(v + " not found");
    }
}
