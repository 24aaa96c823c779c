package org.bertopic4j.operations;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.bertopic4j.BERTopic;
import org.bertopic4j.Corpus;
import org.bertopic4j.EmbeddingBackend;
import org.bertopic4j.ImageSource;
import org.bertopic4j.TopicModel;
import org.bertopic4j.WordScore;
import org.bertopic4j.cluster.GivenLabelsClusterer;
import org.bertopic4j.matrix.Matrices;
import org.bertopic4j.reduce.IdentityReducer;
import org.bertopic4j.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Analyses that leave the model unchanged: approximate distributions, topics over time and per class,
 * topic search and the text tree, on 600 real documents with given labels; and their bad-input errors.
 */
class TopicAnalysesTest {
    private static final int N = 600;
    private static List<String> docs;
    private static TopicModel model;

    @BeforeAll
    static void fit() {
        docs = Fixtures.tsvColumn("bertopic/docs.tsv", "text").subList(0, N);
        float[][] embeddings = Arrays.copyOf(Fixtures.npy("bertopic/reduced_embeddings_5d.npy").toFloatMatrix(), N);
        int[] labels = Arrays.copyOf(Fixtures.npy("bertopic/ngram_1_1/topics.npy").toIntArray(), N);
        model = BERTopic.builder().reducer(new IdentityReducer()).clusterer(new GivenLabelsClusterer())
                .embeddingBackend(new TopicVectorBackend()).build()
                .fit(Corpus.of(docs).withEmbeddings(embeddings).withLabels(labels));
    }

    @Test
    void oneWindowPerDocumentGivesTheNormalisedCtfidfSimilarity() {
        List<String> some = docs.subList(0, 20);
        TopicDistribution d = ApproximateDistribution.builder().window(10_000).minSimilarity(0).calculateTokens(true)
                .build().apply(model, some);
        List<String> joined = some.stream().map(s -> String.join(" ", model.vectorizer().tokenize(s))).toList();
        double[][] sims = Matrices.cosineSimilarity(model.classTfidf().transform(model.vectorizer().transform(joined)),
                TopicRows.realCtfidf(model));
        double[][] expected = TopicRows.l1(sims);
        for (int i = 0; i < some.size(); i++) {
            assertArrayEquals(expected[i], d.distributions()[i], 1e-12, "document " + i);
            assertEquals(Math.max(1, d.tokens().get(i).size()), d.tokenDistributions().get(i).length);
            assertEquals(model.topicCount(), d.tokenDistributions().get(i)[0].length);
        }
    }

    @Test
    void slidingWindowsSumThresholdedSimilaritiesInBatches() {
        TopicDistribution all = model.approximateDistribution(docs.subList(0, 30));
        TopicDistribution batched = ApproximateDistribution.builder().batchSize(7).build().apply(model, docs.subList(0, 30));
        for (int i = 0; i < 30; i++) {
            assertArrayEquals(all.distributions()[i], batched.distributions()[i], 0.0, "batches do not change row " + i);
            double sum = Arrays.stream(all.distributions()[i]).sum();
            assertTrue(sum == 0 || Math.abs(sum - 1) < 1e-12, "row " + i + " is L1-normalised or empty");
        }
        assertTrue(all.tokenLevel().isEmpty());
    }

    @Test
    void embeddingSimilarityUsesTheBackendOnEveryTokenSet() {
        TopicDistribution d = ApproximateDistribution.builder().useEmbeddingModel(true).build().apply(model, docs.subList(0, 5));
        for (double[] row : d.distributions()) {
            assertEquals(4, TopicRows.argmax(row), "every token set embeds to topic 4's vector");
        }
    }

    @Test
    void distributionsStrategyTakesTheLargestDistributionOfEachOutlier() {
        int[] topics = model.topics();
        List<String> outlierDocs = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            if (topics[i] == -1) {
                outlierDocs.add(docs.get(i));
                rows.add(i);
            }
        }
        ApproximateDistribution settings = ApproximateDistribution.builder().window(6).build();
        int[] reduced = model.reduceOutliers(OutlierReduction.builder().threshold(0.05).distribution(settings).build());
        double[][] expected = settings.toBuilder().minSimilarity(0.05).build().apply(model, outlierDocs).distributions();
        for (int o = 0; o < rows.size(); o++) {
            double sum = Arrays.stream(expected[o]).sum();
            assertEquals(sum > 0 ? TopicRows.argmax(expected[o]) : -1, reduced[rows.get(o)], "outlier row " + rows.get(o));
        }
        for (int i = 0; i < N; i++) {
            if (topics[i] != -1) {
                assertEquals(topics[i], reduced[i], "assigned rows stay");
            }
        }
        int[] byBackend = model.reduceOutliers(OutlierReduction.of(OutlierReduction.Strategy.EMBEDDINGS));
        assertTrue(Arrays.stream(byBackend).allMatch(t -> t >= 0), "the backend's embeddings reassign every outlier");
        ImageSource image = ImageSource.of(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), "topic 2");
        OutlierReduction byImages = OutlierReduction.builder().strategy(OutlierReduction.Strategy.C_TF_IDF)
                .images(java.util.Collections.nCopies(N, image)).build();
        assertEquals(OutlierReduction.Strategy.EMBEDDINGS, byImages.strategy(), "images force the embeddings strategy");
        assertEquals(2, model.reduceOutliers(byImages)[rows.get(0)]);
    }

    @Test
    void tokenSetsFollowWindowStrideAndPadding() {
        List<String> six = List.of("a", "b", "c", "d", "e", "f");
        assertEquals(List.of("0123", "1234", "2345"), ids(TokenSets.of(six, 4, 1, false)));
        assertEquals(List.of("0", "01", "012", "0123", "1234", "2345", "345", "45", "5"), ids(TokenSets.of(six, 4, 1, true)));
        assertEquals(List.of("0123", "2345"), ids(TokenSets.of(six, 4, 2, false)));
        assertEquals(List.of("012"), ids(TokenSets.of(six.subList(0, 3), 4, 1, true)));
    }

    @Test
    void oneTimestampWithoutTuningReproducesTheTopicWords() {
        Instant t0 = Instant.parse("2024-01-01T00:00:00Z");
        List<Instant> same = java.util.Collections.nCopies(N, t0);
        List<TopicTimeRow> rows = TopicsOverTime.builder().evolutionTuning(false).globalTuning(false).build()
                .apply(model, same);
        assertEquals(model.topicIds().size(), rows.size());
        for (TopicTimeRow r : rows) {
            assertEquals(t0, r.timestamp());
            assertEquals(model.topicSizes().get(r.topic()), r.frequency());
            assertEquals(firstFive(model.topic(r.topic())), r.words(), "words of topic " + r.topic());
        }
    }

    @Test
    void timestampsAreBinnedAsPandasCutAndCounted() {
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            times.add(Instant.ofEpochSecond(10L * (i % 4)));
        }
        List<Instant> edges = TimeBins.leftEdges(times.subList(0, 4), 3);
        assertEquals(List.of(Instant.ofEpochSecond(0, -30_000_000), Instant.ofEpochSecond(0, -30_000_000),
                Instant.ofEpochSecond(10), Instant.ofEpochSecond(20)), edges);
        List<TopicTimeRow> rows = TopicsOverTime.builder().nrBins(3).build().apply(model, times);
        Map<Instant, Integer> perBin = new TreeMap<>();
        rows.forEach(r -> perBin.merge(r.timestamp(), r.frequency(), Integer::sum));
        assertEquals(List.of(N / 2, N / 4, N / 4), new ArrayList<>(perBin.values()));
        List<TopicTimeRow> evolved = model.topicsOverTime(times);
        assertEquals(N, evolved.stream().mapToInt(TopicTimeRow::frequency).sum());
        assertTrue(evolved.stream().allMatch(r -> r.words().split(", ").length <= 5));
    }

    @Test
    void oneClassReproducesTheTopicWordsAndClassesKeepTheirOrder() {
        List<TopicClassRow> single = model.topicsPerClass(java.util.Collections.nCopies(N, "all"));
        for (TopicClassRow r : single) {
            assertEquals(firstFive(model.topic(r.topic())), r.words(), "global tuning of the full set keeps the words");
        }
        List<String> classes = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            classes.add(i % 3 == 0 ? "zeta" : "alpha");
        }
        List<TopicClassRow> rows = TopicsPerClass.of(model, classes, false);
        assertEquals("zeta", rows.get(0).className(), "classes in order of first appearance");
        assertEquals(N / 3, rows.stream().filter(r -> r.className().equals("zeta")).mapToInt(TopicClassRow::frequency).sum());
        assertEquals(N, rows.stream().mapToInt(TopicClassRow::frequency).sum());
    }

    @Test
    void searchRanksTopicsByCosineToTheQueryEmbedding() {
        List<TopicMatch> byText = model.findTopics("topic 3", 4);
        assertEquals(4, byText.size());
        assertEquals(3, byText.get(0).topic());
        assertEquals(1.0, byText.get(0).similarity(), 1e-6);
        for (int i = 1; i < byText.size(); i++) {
            assertTrue(byText.get(i - 1).similarity() >= byText.get(i).similarity());
        }
        ImageSource image = ImageSource.of(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), "topic 5");
        assertEquals(5, model.findTopics(image, 1).get(0).topic());
    }

    @Test
    void theTreeListsEveryTopicUnderTheRoot() {
        List<HierarchyRow> rows = model.hierarchicalTopics();
        String tree = HierarchicalTopics.tree(rows, null, true);
        assertTrue(tree.startsWith(".\n"));
        for (int t = 0; t < model.topicCount(); t++) {
            assertTrue(tree.contains(" ── Topic: " + t + "\n"), "topic " + t);
        }
        String cut = HierarchicalTopics.tree(rows, 0.0, false);
        assertTrue(cut.contains("O \n") && !cut.contains("Topic: "), "no merge lies below distance 0");
    }

    @Test
    void equalMergeHeightsGetTinyReproducibleNoise() {
        // three pairs of topics with identical documents: three merges at height 0 before noise
        String[] texts = {"apple banana cherry", "river mountain valley", "engine wheel brake"};
        List<String> d = new ArrayList<>();
        List<Integer> t = new ArrayList<>();
        for (int topic = 0; topic < 6; topic++) {
            for (int copy = 0; copy < 3; copy++) {
                d.add(texts[topic / 2] + " " + (topic / 2 == 0 ? "fruit" : topic / 2 == 1 ? "nature" : "car"));
                t.add(topic);
            }
        }
        float[][] e = new float[d.size()][];
        for (int i = 0; i < e.length; i++) {
            e[i] = new float[] {t.get(i), 1};
        }
        TopicModel pairs = BERTopic.builder().reducer(new IdentityReducer()).clusterer(new GivenLabelsClusterer()).build()
                .fit(Corpus.of(d).withEmbeddings(e).withLabels(t.stream().mapToInt(Integer::intValue).toArray()));
        List<HierarchyRow> rows = pairs.hierarchicalTopics();
        double[] heights = rows.stream().mapToDouble(HierarchyRow::distance).toArray();
        for (int i = 1; i < heights.length; i++) {
            assertTrue(heights[i - 1] > heights[i], "heights are distinct, last merge first: " + Arrays.toString(heights));
        }
        for (int i = heights.length - 3; i < heights.length; i++) {
            assertTrue(heights[i] >= 0 && heights[i] < 3e-7, "noise stays below 1e-7 per step: " + heights[i]);
        }
        assertEquals(0.0, heights[heights.length - 1], "the first of the equal heights keeps its value");
        assertTrue(heights[heights.length - 2] > 0, "the following equal heights are raised by noise");
        assertEquals(rows, pairs.hierarchicalTopics(), "the noise is seeded");
    }

    @Test
    void badInputIsRejectedWithTheArgumentAndTheFix() {
        assertMessage(() -> model.topicsOverTime(List.of(Instant.EPOCH)), "timestamps has 1 entries but the model has 600");
        assertMessage(() -> model.topicsPerClass(List.of("a", "b")), "classes has 2 entries but the model has 600");
        assertMessage(() -> model.findTopics("  ", 3), "term is blank");
        assertMessage(() -> model.findTopics("x", 0), "topN must be >= 1, got 0");
        assertMessage(() -> ApproximateDistribution.builder().window(0), "window must be >= 1, got 0");
        assertMessage(() -> TopicsOverTime.builder().nrBins(0), "nrBins must be >= 1, got 0");
        assertMessage(() -> model.approximateDistribution(Arrays.asList("a", null)), "documents is null or holds null");
        assertMessage(() -> TopicLabels.builder().aspect("Nope").build().generate(model), "aspect \"Nope\" does not exist");
        assertMessage(() -> HierarchicalTopics.tree(List.of(), null, false), "hierarchy is empty");
    }

    private static String firstFive(List<WordScore> words) {
        return words.subList(0, 5).stream().map(WordScore::word).collect(Collectors.joining(", "));
    }

    private static List<String> ids(TokenSets sets) {
        return sets.sets().stream().map(s -> Arrays.stream(s).mapToObj(String::valueOf).collect(Collectors.joining()))
                .toList();
    }

    private static void assertMessage(org.junit.jupiter.api.function.Executable call, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(expected), "message \"" + e.getMessage() + "\" should contain \"" + expected + "\"");
    }

    /**
     * A backend whose answers are known: a query named {@code "topic k"} (text or image name) embeds to
     * topic k's embedding, any other text to topic 4's.
     */
    private static final class TopicVectorBackend implements EmbeddingBackend {
        @Override
        public float[][] embedDocuments(List<String> documents) {
            float[][] out = new float[documents.size()][];
            for (int i = 0; i < out.length; i++) {
                out[i] = vectorOf(documents.get(i));
            }
            return out;
        }

        @Override
        public boolean supportsImages() {
            return true;
        }

        @Override
        public float[][] embedImages(List<ImageSource> images) {
            float[][] out = new float[images.size()][];
            for (int i = 0; i < out.length; i++) {
                out[i] = vectorOf(images.get(i).name());
            }
            return out;
        }

        /** {@code "topic k"} embeds to topic k's embedding, any other text to topic 4's. */
        private static float[] vectorOf(String query) {
            int topic = query.startsWith("topic ") ? Integer.parseInt(query.substring("topic ".length())) : 4;
            double[] row = model.topicEmbeddings()[model.topicIds().indexOf(topic)];
            float[] out = new float[row.length];
            for (int j = 0; j < row.length; j++) {
                out[j] = (float) row[j];
            }
            return out;
        }
    }
}
