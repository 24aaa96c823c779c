package org.bertopic4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bertopic4j.cluster.GivenLabelsClusterer;
import org.bertopic4j.reduce.IdentityReducer;
import org.bertopic4j.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The pipeline around the stages, on real documents with given labels (BERTopic's manual topic modelling). */
class PipelineTest {
    private static List<String> docs;
    private static float[][] embeddings;
    private static int[] labels;
    private static final BERTopic MANUAL = BERTopic.builder().reducer(new IdentityReducer())
            .clusterer(new GivenLabelsClusterer()).build();

    @BeforeAll
    static void load() {
        int n = 800;
        docs = Fixtures.tsvColumn("bertopic/docs.tsv", "text").subList(0, n);
        float[][] all = Fixtures.npy("bertopic/reduced_embeddings_5d.npy").toFloatMatrix();
        embeddings = java.util.Arrays.copyOf(all, n);
        labels = java.util.Arrays.copyOf(Fixtures.npy("bertopic/ngram_1_1/topics.npy").toIntArray(), n);
    }

    private static TopicModel fitManual() {
        return MANUAL.fit(Corpus.of(docs).withEmbeddings(embeddings).withLabels(labels));
    }

    @Test
    void topicsAreNumberedBySizeAndDescribed() {
        TopicModel model = fitManual();
        Map<Integer, Integer> sizes = model.topicSizes();
        List<Integer> ids = model.topicIds();
        assertEquals(-1, ids.get(0));
        for (int t = 1; t < model.topicCount(); t++) {
            assertTrue(sizes.get(t - 1) >= sizes.get(t), "topic " + t + " larger than topic " + (t - 1));
        }
        for (TopicInfo info : model.topicInfo()) {
            assertEquals(BERTopic.DEFAULT_TOP_N, info.representation().size());
            assertTrue(info.name().startsWith(info.topic() + "_"));
            assertEquals(Math.min(3, info.count()), info.representativeDocs().size());
        }
        assertThrows(IllegalArgumentException.class, () -> model.topic(999));
    }

    @Test
    void documentInfoFlagsRepresentativeRowsAndJoinsWords() {
        TopicModel model = fitManual();
        List<DocumentInfo> info = model.documentInfo();
        assertEquals(docs.size(), info.size());
        long flagged = info.stream().filter(DocumentInfo::representativeDocument).count();
        long expected = model.topicIds().stream().mapToLong(t -> model.representativeRows(t).size()).sum();
        assertEquals(expected, flagged);
        DocumentInfo first = info.get(0);
        assertEquals(String.join(" - ", first.representation()), first.topNWords());
        assertEquals(model.name(first.topic()), first.name());
    }

    @Test
    void fittingIsDeterministicAndLeavesTheConfigurationAlone() {
        String before = MANUAL.toString();
        TopicModel a = fitManual();
        TopicModel b = fitManual();
        assertArrayEquals(a.topics(), b.topics());
        assertEquals(a.topicRepresentations(), b.topicRepresentations());
        for (int t : a.topicIds()) {
            assertEquals(a.representativeDocs(t), b.representativeDocs(t));
        }
        assertEquals(before, MANUAL.toString());
    }

    @Test
    void transformWithoutPredictionUsesTopicEmbeddingSimilarity() throws Exception {
        TopicModel model = fitManual();
        double[][] centroids = model.topicEmbeddings();
        float[][] probes = new float[centroids.length][];
        for (int i = 0; i < centroids.length; i++) {
            probes[i] = new float[centroids[i].length];
            for (int j = 0; j < centroids[i].length; j++) {
                probes[i][j] = (float) centroids[i][j];
            }
        }
        Assignments a = model.transform(Corpus.ofEmbeddings(probes));
        int[] expected = model.topicIds().stream().mapToInt(Integer::intValue).toArray();
        int agree = 0;
        for (int i = 0; i < expected.length; i++) {
            agree += a.topics()[i] == expected[i] ? 1 : 0;
            assertTrue(a.probabilities()[i] > 0.99, "a centroid is most similar to itself");
        }
        assertTrue(agree >= expected.length - 1, "centroids map back to their topics: " + agree + "/" + expected.length);
        // concurrent use gives what sequential use gives
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<int[]>> futures = new ArrayList<>();
            for (int k = 0; k < 8; k++) {
                futures.add(pool.submit(() -> model.transform(Corpus.ofEmbeddings(probes)).topics()));
            }
            for (Future<int[]> f : futures) {
                assertArrayEquals(a.topics(), f.get());
            }
        } finally {
            pool.shutdown();
        }
        String m = assertThrows(IllegalArgumentException.class,
                () -> model.transform(Corpus.ofEmbeddings(new float[][] {{1f, 2f}}))).getMessage();
        assertTrue(m.contains("expected 5") && m.contains("got 2"), m);
    }

    @Test
    void chainsAndAspectsOfRepresentationModels() {
        RepresentationModel reverse = (ctx, topics) -> {
            Map<Integer, Representation> out = new LinkedHashMap<>();
            topics.forEach((t, words) -> {
                List<WordScore> r = new ArrayList<>(words.subList(0, 5));
                java.util.Collections.reverse(r);
                out.put(t, new Representation.Words(r));
            });
            return out;
        };
        RepresentationModel label = (ctx, topics) -> {
            Map<Integer, Representation> out = new LinkedHashMap<>();
            topics.forEach((t, words) -> out.put(t, new Representation.Label("topic about " + words.get(0).word())));
            return out;
        };
        RepresentationModel picture = (ctx, topics) -> {
            Map<Integer, Representation> out = new LinkedHashMap<>();
            topics.forEach((t, words) -> out.put(t, new Representation.Picture(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB))));
            return out;
        };
        BERTopic config = BERTopic.builder().reducer(new IdentityReducer()).clusterer(new GivenLabelsClusterer())
                .representation(reverse).aspect("Label", reverse, label).aspect("Image", picture).build();
        TopicModel model = config.fit(Corpus.of(docs).withEmbeddings(embeddings).withLabels(labels));
        TopicModel plain = fitManual();
        for (int t : model.topicIds()) {
            List<WordScore> base = plain.topic(t);
            assertEquals(base.get(4), model.topic(t).get(0), "main chain reversed the top 5 of topic " + t);
            Representation l = model.aspects().get("Label").get(t);
            assertEquals("topic about " + base.get(4).word(), assertInstanceOf(Representation.Label.class, l).text());
            assertInstanceOf(Representation.Picture.class, model.topicInfo(t).aspects().get("Image"));
        }
        BERTopic bad = BERTopic.builder().reducer(new IdentityReducer()).clusterer(new GivenLabelsClusterer())
                .representation(picture).build();
        String m = assertThrows(IllegalArgumentException.class,
                () -> bad.fit(Corpus.of(docs).withEmbeddings(embeddings).withLabels(labels))).getMessage();
        assertTrue(m.contains("named aspect"), m);
    }

    @Test
    void clearErrorsBeforeAnyWork() {
        String m = assertThrows(IllegalArgumentException.class, () -> MANUAL.fit(Corpus.of(docs))).getMessage();
        assertTrue(m.contains("no embeddings") && m.contains("embeddingBackend"), m);
        m = assertThrows(IllegalArgumentException.class, () -> MANUAL.fit(Corpus.ofEmbeddings(embeddings))).getMessage();
        assertTrue(m.contains("no documents"), m);
        m = assertThrows(IllegalArgumentException.class, () -> MANUAL.fit(Corpus.of(docs).withEmbeddings(embeddings))).getMessage();
        assertTrue(m.contains("labels is null"), m);
        assertFalse(MANUAL.englishCleaning() && MANUAL.embeddingBackend().isPresent());
    }

    @Test
    void builderRejectsBadSettings() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BERTopic.builder().minTopicSize(1))
                .getMessage().contains("minTopicSize must be >= 2, got 1"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BERTopic.builder().ngramRange(2, 1))
                .getMessage().contains("ngramRange"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BERTopic.builder().topN(0))
                .getMessage().contains("topN"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BERTopic.builder().aspect(" ", (c, t) -> Map.of()))
                .getMessage().contains("aspect name"));
        assertThrows(IllegalArgumentException.class, () -> BERTopic.builder().representation());
    }

    @Test
    void defaultsAreBertopics() {
        BERTopic d = BERTopic.defaults();
        assertEquals(10, d.topN());
        assertEquals(10, d.minTopicSize());
        assertEquals(1, d.ngramMin());
        assertEquals(1, d.ngramMax());
        assertFalse(d.calculateProbabilities());
        assertTrue(d.seed().isEmpty());
        assertTrue(d.englishCleaning(), "no embedding model -> BERTopic's language='english' cleaning");
    }
}
