package org.bertopic4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.bertopic4j.cluster.GivenLabelsClusterer;
import org.bertopic4j.cluster.MiniBatchKMeans;
import org.bertopic4j.evaluation.ClusterAgreement;
import org.bertopic4j.online.OnlineCountVectorizer;
import org.bertopic4j.reduce.IdentityReducer;
import org.bertopic4j.reduce.IncrementalPCA;
import org.bertopic4j.testing.Fixtures;
import org.bertopic4j.vectorize.CountVectorizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Online topic modelling on the real fortune documents and their 5-d embeddings, in batches of 500. */
class OnlineTopicModelTest {
    private static final int BATCH = 500;
    private static List<String> docs;
    private static float[][] embeddings;
    private static final BERTopic ONLINE = BERTopic.builder()
            .reducer(IncrementalPCA.builder().components(3).build())
            .clusterer(MiniBatchKMeans.builder().clusters(8).seed(42).build())
            .vectorizer(OnlineCountVectorizer.builder().decay(0.01)
                    .base(CountVectorizer.builder().stopWords(List.of("the", "a", "of", "to", "and", "is", "in")).build())
                    .build())
            .build();

    @BeforeAll
    static void load() {
        docs = Fixtures.tsvColumn("bertopic/docs.tsv", "text");
        embeddings = Fixtures.npy("bertopic/reduced_embeddings_5d.npy").toFloatMatrix();
    }

    private static Corpus rows(int from, int to) {
        return Corpus.of(docs.subList(from, to)).withEmbeddings(Arrays.copyOfRange(embeddings, from, to));
    }

    private static OnlineTopicModel learnAll() {
        OnlineTopicModel model = OnlineTopicModel.start(ONLINE);
        for (int from = 0; from < docs.size(); from += BATCH) {
            model = model.partialFit(rows(from, Math.min(docs.size(), from + BATCH)));
        }
        return model;
    }

    @Test
    void learnsTopicsBatchByBatch() {
        OnlineTopicModel model = learnAll();
        assertEquals(docs.size(), model.topicSizes().values().stream().mapToInt(Integer::intValue).sum(),
                "sizes accumulate over batches");
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7), model.topicIds());
        assertEquals(BATCH, model.topics().length, "topics() are the last batch's");
        assertEquals(8, model.cTfIdf().rows());
        assertEquals(model.vocabulary().size(), model.cTfIdf().cols());
        for (int t : model.topicIds()) {
            assertEquals(BERTopic.DEFAULT_TOP_N, model.topic(t).size());
            assertFalse(model.topic(t).get(0).word().isEmpty(), "topic " + t + " has words");
        }
        assertArrayEquals(model.topics(), model.transform(rows(docs.size() - BATCH, docs.size())).topics(),
                "the last batch's topics are the predictions of the final model");
        // the online topics recover much of the structure HDBSCAN finds in the same 5-d space
        int[] hdbscan = Fixtures.npy("bertopic/ngram_1_1/topics.npy").toIntArray();
        double nmi = ClusterAgreement.normalizedMutualInformation(hdbscan,
                model.transform(rows(0, docs.size())).topics());
        assertTrue(nmi > 0.35, "NMI with HDBSCAN topics " + nmi); // measured 0.388 (HDBSCAN's outliers cap it)
        assertArrayEquals(model.transform(rows(0, 100)).topics(), learnAll().transform(rows(0, 100)).topics(),
                "deterministic");
    }

    @Test
    void topicsMissingFromABatchKeepTheirRowAndSize() {
        OnlineTopicModel first = OnlineTopicModel.start(ONLINE).partialFit(rows(0, 1000));
        OnlineTopicModel next = first.partialFit(rows(1000, 1005));
        assertEquals(first.topicIds(), next.topicIds());
        int[] batchTopics = next.topics();
        for (int t : first.topicIds()) {
            boolean inBatch = Arrays.stream(batchTopics).anyMatch(x -> x == t);
            int added = (int) Arrays.stream(batchTopics).filter(x -> x == t).count();
            assertEquals(first.topicSizes().get(t) + added, next.topicSizes().get(t), "topic " + t);
            if (!inBatch) {
                assertFalse(next.topic(t).isEmpty());
            }
        }
        assertTrue(Arrays.stream(batchTopics).distinct().count() < 8, "a 5-document batch misses some topics");
        assertEquals(1000, first.topicSizes().values().stream().mapToInt(Integer::intValue).sum(),
                "earlier states do not change");
    }

    @Test
    void withoutABackendTopicEmbeddingsAreDocumentMeans() {
        OnlineTopicModel model = OnlineTopicModel.start(ONLINE).partialFit(rows(0, 600));
        int[] topics = model.topics();
        double[][] expected = TopicFitter.topicMeans(Arrays.copyOf(embeddings, 600), topics,
                model.topicIds().stream().mapToInt(Integer::intValue).toArray());
        OnlineTopicModel next = model.partialFit(rows(600, 1200));
        double[][] both = TopicFitter.topicMeans(Arrays.copyOf(embeddings, 1200), concat(topics, next.topics()),
                next.topicIds().stream().mapToInt(Integer::intValue).toArray());
        for (int i = 0; i < expected.length; i++) {
            assertArrayEquals(expected[i], model.topicEmbeddings()[i], 1e-9);
            assertArrayEquals(both[i], next.topicEmbeddings()[i], 1e-9);
        }
    }

    private static int[] concat(int[] a, int[] b) {
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void theTopicMapperGrowsWithNewLabels() {
        TopicMapper mapper = TopicMapper.of(new int[] {0, 1, 2}).withNewTopics(Map.of(5, 3));
        assertEquals(Map.of(0, 0, 1, 1, 2, 2, 5, 3), mapper.originalToCurrent());
        assertArrayEquals(new int[] {3, 0, -1}, mapper.mapLabels(new int[] {5, 0, 9}));
    }

    @Test
    void nonOnlineConfigurationsAndBadBatchesAreRejected() {
        ModesTest.assertMessage("reducer IdentityReducer cannot learn batch by batch", () -> OnlineTopicModel.start(
                BERTopic.builder().reducer(new IdentityReducer()).clusterer(new GivenLabelsClusterer()).build()));
        ModesTest.assertMessage("clusterer GivenLabelsClusterer cannot learn batch by batch", () -> OnlineTopicModel
                .start(ONLINE.toBuilder().clusterer(new GivenLabelsClusterer()).build()));
        ModesTest.assertMessage("needs an OnlineCountVectorizer", () -> OnlineTopicModel
                .start(ONLINE.toBuilder().vectorizer(CountVectorizer.defaults()).build()));
        OnlineTopicModel started = OnlineTopicModel.start(ONLINE);
        assertThrows(IllegalStateException.class, started::topicSizes);
        OnlineTopicModel fitted = started.partialFit(rows(0, 100));
        ModesTest.assertMessage("embeddings", () -> fitted.partialFit(
                Corpus.of(docs.subList(0, 20)).withEmbeddings(new float[20][4])));
        ModesTest.assertMessage("no documents", () -> fitted.partialFit(
                Corpus.ofEmbeddings(Arrays.copyOf(embeddings, 20))));
        ModesTest.assertMessage("unknown topic 99", () -> fitted.topic(99));
    }
}
