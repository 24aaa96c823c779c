package org.bertopic4j.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.bertopic4j.Assignments;
import org.bertopic4j.BERTopic;
import org.bertopic4j.Corpus;
import org.bertopic4j.TopicModel;
import org.bertopic4j.cluster.GivenLabelsClusterer;
import org.bertopic4j.matrix.CsrMatrix;
import org.bertopic4j.reduce.IdentityReducer;
import org.bertopic4j.vectorize.FittedClassTfidf;
import org.bertopic4j.vectorize.TopWords;
import org.bertopic4j.vectorize.TopicDocuments;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Fit on a sample, distributed transform and whole-corpus topic words on the 3000-document fixture. */
class SparkTopicModelTest {
    private static final ConfigFactory MANUAL = () -> BERTopic.builder().reducer(new IdentityReducer())
            .clusterer(new GivenLabelsClusterer()).seed(42).build();
    private static final ColumnNames LABELLED = new ColumnNames("id", "text", "embedding", "label", "topic", "probability");

    private static Dataset<Row> data;
    private static SparkTopicModel sampled;

    @BeforeAll
    static void fit() {
        data = SparkTests.fortunes(4).cache();
        sampled = SparkBERTopic.builder(MANUAL).columns(LABELLED).sampleSize(1000).build().fit(data);
    }

    @Test
    void sampleOfTheRequestedSizeIsIndependentOfThePartitioning() {
        assertEquals(1000, sampled.model().topics().length);
        SparkTopicModel other = SparkBERTopic.builder(MANUAL).columns(LABELLED).sampleSize(1000).build()
                .fit(data.repartition(7));
        assertArrayEquals(sampled.model().topics(), other.model().topics());
        assertEquals(sampled.model().topicRepresentations(), other.model().topicRepresentations());
        SparkTopicModel reseeded = SparkBERTopic.builder(MANUAL).columns(LABELLED).sampleSize(1000).seed(7).build()
                .fit(data);
        assertTrue(!java.util.Arrays.equals(sampled.model().probabilities(), reseeded.model().probabilities())
                || !sampled.model().topicRepresentations().equals(reseeded.model().topicRepresentations()),
                "another seed draws another sample");
        int n = SparkBERTopic.builder(MANUAL).columns(LABELLED).sampleFraction(0.25).build().fit(data)
                .model().topics().length;
        assertTrue(n > 600 && n < 900, "a quarter of 3000 rows, got " + n);
    }

    @Test
    void transformIsDeterministicAndEqualsTheDriversTransform() {
        List<Row> two = sorted(sampled.documents(sampled.transform(data.repartition(2))));
        List<Row> five = sorted(sampled.documents(sampled.transform(data.repartition(5))));
        assertEquals(two, five);
        assertEquals(3000, two.size());
        float[][] emb = SparkTests.matrix("fixtures/reduced_embeddings_5d.npy");
        Assignments local = sampled.model().transform(Corpus.ofEmbeddings(emb));
        for (Row r : two) {
            int i = (int) r.getLong(0);
            assertEquals(local.topics()[i], r.getInt(1), "topic of row " + i);
            assertEquals(local.probabilities()[i], r.getDouble(2), 0.0, "probability of row " + i);
        }
    }

    @Test
    void umapAndHdbscanTransformDoesNotDependOnThePartitioning() {
        ConfigFactory defaults = () -> BERTopic.builder().seed(42).build();
        SparkTopicModel umap = SparkBERTopic.builder(defaults).sampleSize(600).batchSize(700).build().fit(data);
        assertTrue(umap.model().reduction() instanceof org.bertopic4j.umap.UmapModel, umap.model().toString());
        assertTrue(umap.model().topicCount() >= 2, umap.model().toString());
        List<Row> two = sorted(umap.documents(umap.transform(data.repartition(2))));
        List<Row> five = sorted(umap.documents(umap.transform(data.repartition(5))));
        assertEquals(3000, two.size());
        assertEquals(two, five);
        assertTrue(two.stream().map(r -> r.getInt(1)).distinct().count() >= 2, "rows spread over topics");
    }

    @Test
    void topicWordsAreIdenticalToSingleMachineCtfidfOnTheSameAssignments() {
        Dataset<Row> transformed = sampled.transform(data);
        CorpusTopicWords words = sampled.topicWords(transformed);

        List<Row> rows = sorted(transformed.select("id", "text", "topic"));
        List<String> docs = new ArrayList<>();
        int[] topics = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            docs.add(rows.get(i).getString(1));
            topics[i] = rows.get(i).getInt(2);
        }
        TopicModel model = sampled.model();
        TopicDocuments joined = TopicDocuments.join(docs, topics, model.config().englishCleaning());
        CsrMatrix counts = model.vectorizer().transform(joined.documents());
        FittedClassTfidf weighting = model.config().ctfidf().fit(counts, null);
        CsrMatrix ctfidf = weighting.transform(counts);

        assertArrayEquals(joined.topics(), words.topicIds());
        assertEquals(counts, words.counts());
        assertArrayEquals(weighting.idf(), words.classTfidf().idf(), 0.0);
        assertEquals(ctfidf, words.cTfIdf());
        List<List<org.bertopic4j.WordScore>> top = TopWords.extract(ctfidf, model.vectorizer().vocabulary(), 10);
        for (int r = 0; r < joined.topics().length; r++) {
            assertEquals(top.get(r).subList(0, 10), words.words(joined.topics()[r]));
        }
        long total = words.topicSizes().values().stream().mapToLong(Long::longValue).sum();
        assertEquals(3000, total);
    }

    @Test
    void topicWordsOnTheTrainingAssignmentsReproduceTheCoreModel() {
        List<String> docs = SparkTests.texts("fixtures/docs.tsv");
        float[][] emb = SparkTests.matrix("fixtures/reduced_embeddings_5d.npy");
        int[] labels = SparkTests.ints("fixtures/hdbscan_labels.npy");
        TopicModel core = MANUAL.create().fit(Corpus.of(docs).withEmbeddings(emb).withLabels(labels));
        SparkTopicModel full = SparkBERTopic.builder(MANUAL).columns(LABELLED).sampleFraction(1.0).build().fit(data);
        // topics of equal size may be numbered differently (the sample's order differs); the topics are the same
        assertEquals(new java.util.HashSet<>(core.topicRepresentations().values()),
                new java.util.HashSet<>(full.model().topicRepresentations().values()));
        assertEquals(core.vectorizer().vocabulary(), full.model().vectorizer().vocabulary());

        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            rows.add(RowFactory.create((long) i, docs.get(i), core.topics()[i]));
        }
        StructType schema = new StructType().add("id", DataTypes.LongType).add("text", DataTypes.StringType)
                .add("topic", DataTypes.IntegerType);
        CorpusTopicWords words = full.topicWords(SparkTests.spark().createDataFrame(rows, schema).repartition(3));
        assertEquals(core.cTfIdf(), words.cTfIdf());
        for (int t : words.topicIds()) {
            assertEquals(core.topic(t), words.words(t));
            assertEquals(core.name(t), words.name(t));
            assertEquals((long) core.topicSizes().get(t), words.topicSizes().get(t));
        }
    }

    @Test
    void outputsDocumentsAndTopicInfoTables() {
        Dataset<Row> documents = sampled.documents(sampled.transform(data));
        assertEquals(List.of("id", "topic", "probability"), List.of(documents.columns()));
        Dataset<Row> info = sampled.topicWords(sampled.transform(data)).toDataFrame(SparkTests.spark());
        assertEquals(List.of("Topic", "Count", "Name", "Representation", "Scores"), List.of(info.columns()));
        List<Row> infoRows = info.orderBy("Topic").collectAsList();
        long count = infoRows.stream().mapToLong(r -> r.getLong(1)).sum();
        assertEquals(3000, count);
        Row first = infoRows.get(0);
        List<String> repr = first.getList(3);
        assertEquals(first.getInt(0) + "_" + String.join("_", repr.subList(0, 4)), first.getString(2));
    }

    @Test
    void emptyPartitionsAreSkipped() {
        Dataset<Row> few = data.limit(5).repartition(8);
        assertEquals(5, sampled.transform(few).count());
        CorpusTopicWords words = sampled.topicWords(sampled.transform(few));
        assertEquals(5, words.topicSizes().values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void refittingFromTheBroadcastGivesTheDriversModel() {
        List<String> docs = SparkTests.texts("fixtures/docs.tsv").subList(0, 500);
        float[][] emb = java.util.Arrays.copyOf(SparkTests.matrix("fixtures/reduced_embeddings_5d.npy"), 500);
        int[] labels = java.util.Arrays.copyOf(SparkTests.ints("fixtures/hdbscan_labels.npy"), 500);
        TopicModel driver = MANUAL.create().fit(ModelSpec.corpus(docs, emb, labels));
        ModelSpec spec = javaRoundTrip(new ModelSpec("k", MANUAL, docs, emb, labels, ModelSpec.fingerprint(driver)));
        TopicModel executor = spec.refit();
        assertArrayEquals(driver.topics(), executor.topics());
        assertEquals(driver.topicRepresentations(), executor.topicRepresentations());

        ModelSpec other = new ModelSpec("k2", MANUAL, docs, emb, labels, ModelSpec.fingerprint(driver) + 1);
        IllegalStateException e = assertThrows(IllegalStateException.class, other::refit);
        assertTrue(e.getMessage().contains("seeded, deterministic"), e.getMessage());
    }

    @Test
    void destroyedModelsCannotRunJobs() {
        SparkTopicModel model = SparkBERTopic.builder(MANUAL).columns(LABELLED).sampleSize(300).build().fit(data);
        assertEquals(3000, model.transform(data).count());
        model.destroy();
        assertEquals(300, model.model().topics().length);
        Exception e = assertThrows(Exception.class, () -> model.transform(data).count());
        assertTrue(SparkTests.rootMessage(e).contains("destroyed"), SparkTests.rootMessage(e));
    }

    @Test
    void badInputIsRejectedWithTheColumnAndTheFix() {
        SparkBERTopic fit = SparkBERTopic.builder(MANUAL).columns(LABELLED).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> fit.fit(data.drop("label")));
        assertTrue(e.getMessage().contains("label column \"label\" is not a column"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> fit.fit(data.withColumn("text",
                data.col("id"))));
        assertTrue(e.getMessage().contains("text column \"text\" has type bigint"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> fit.fit(data.limit(0)));
        assertTrue(e.getMessage().contains("the sample is empty"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> SparkBERTopic.builder(MANUAL).sampleFraction(1.5));
        assertEquals("sampleFraction must be in (0, 1], got 1.5", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> SparkBERTopic.builder(MANUAL).sampleSize(0));
        assertEquals("sampleSize must be >= 1, got 0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> SparkBERTopic.builder(null));
        assertTrue(e.getMessage().startsWith("factory is null"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> sampled.transform(sampled.transform(data)));
        assertTrue(e.getMessage().contains("topic column \"topic\" is already a column"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> sampled.topicWords(data));
        assertTrue(e.getMessage().contains("topic column \"topic\" is not a column"), e.getMessage());

        Dataset<Row> nullText = sampled.transform(data).withColumn("text", functions.when(functions.col("id")
                .equalTo(17), null).otherwise(functions.col("text")));
        SparkException failed = assertThrows(SparkException.class, () -> sampled.topicWords(nullText));
        assertTrue(SparkTests.rootMessage(failed).contains("text column \"text\" is null in row id=17 on executor driver"),
                SparkTests.rootMessage(failed));
    }

    /** What a cluster executor receives: the spec written and read back with Java serialisation. */
    private static ModelSpec javaRoundTrip(ModelSpec spec) {
        try {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
                out.writeObject(spec);
            }
            try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
                    new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
                return (ModelSpec) in.readObject();
            }
        } catch (java.io.IOException | ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    private static List<Row> sorted(Dataset<Row> d) {
        return d.orderBy("id").collectAsList();
    }
}
