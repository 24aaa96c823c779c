package org.bertopic4j.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.bertopic4j.ImageSource;
import org.bertopic4j.djl.clip.ClipBackend;
import org.bertopic4j.djl.text.SentenceEmbedder;
import org.junit.jupiter.api.Test;

/** Distributed embedding with real backends: MiniLM for text, a tiny CLIP export for text + images. */
class SparkEmbedderTest {
    private static final StructType TEXT_AND_IMAGE = new StructType().add("id", DataTypes.IntegerType)
            .add("text", DataTypes.StringType).add("image", DataTypes.StringType);

    @Test
    void embedsTextLikeThePythonReference() {
        List<String> docs = SparkTests.texts("fixtures/minilm_first24.tsv");
        float[][] reference = SparkTests.matrix("fixtures/minilm_first24.npy");
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            rows.add(RowFactory.create(i, docs.get(i), null));
        }
        Dataset<Row> data = SparkTests.spark().createDataFrame(rows, TEXT_AND_IMAGE).drop("image").repartition(3);
        List<Row> out = SparkEmbedder.builder(SentenceEmbedder::allMiniLmL6V2).textColumn("text").idColumn("id")
                .batchSize(5).concurrentCalls(true).build().embed(data).orderBy("id").collectAsList();
        assertEquals(docs.size(), out.size());
        for (Row r : out) {
            List<Float> e = r.getList(2);
            float[] ref = reference[r.getInt(0)];
            double dot = 0;
            double na = 0;
            double nb = 0;
            for (int j = 0; j < ref.length; j++) {
                dot += e.get(j) * ref[j];
                na += e.get(j) * e.get(j);
                nb += ref[j] * ref[j];
            }
            double cos = dot / Math.sqrt(na * nb);
            assertTrue(cos >= 0.9999, "row " + r.getInt(0) + " cosine " + cos);
        }
    }

    @Test
    void embedsTextAndImagesLikeTheBackendOnOneMachine() {
        Path clip = SparkTests.resource("clip");
        List<String> texts = List.of("a cat on a mat", "a hammer and nails", "", "tools in a box");
        List<Path> images = List.of(SparkTests.resource("images/animals-004.jpg"),
                SparkTests.resource("images/tools-004.jpg"), SparkTests.resource("images/animals-004.jpg"),
                SparkTests.resource("images/tools-004.jpg"));
        float[][] expected;
        try (ClipBackend local = ClipBackend.load(clip)) {
            expected = local.embed(texts, images.stream().map(ImageSource::of).toList());
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            rows.add(RowFactory.create(i, texts.get(i), images.get(i).toString()));
        }
        Dataset<Row> data = SparkTests.spark().createDataFrame(rows, TEXT_AND_IMAGE).repartition(2);
        String dir = clip.toString();
        List<Row> out = SparkEmbedder.builder(() -> ClipBackend.load(Path.of(dir))).textColumn("text")
                .imageColumn("image").outputColumn("vec").build().embed(data).orderBy("id").collectAsList();
        for (Row r : out) {
            List<Float> e = r.getList(3);
            float[] got = new float[e.size()];
            for (int j = 0; j < got.length; j++) {
                got[j] = e.get(j);
            }
            assertArrayEquals(expected[r.getInt(0)], got, 1e-5f, "row " + r.getInt(0));
        }
    }

    @Test
    void emptyPartitionsGiveNoRowsAndNeedNoBackend() {
        Dataset<Row> empty = SparkTests.spark().createDataFrame(List.of(), TEXT_AND_IMAGE).repartition(3);
        SparkEmbedder failing = SparkEmbedder.builder(() -> {
            throw new IllegalStateException("no backend should be created for empty partitions");
        }).textColumn("text").build();
        assertEquals(0, failing.embed(empty).count());
    }

    @Test
    void nullTextsAndMissingImagesFailNamingTheRowAndTheExecutor() {
        List<Row> rows = List.of(RowFactory.create(1, "fine", null), RowFactory.create(2, null, null));
        Dataset<Row> data = SparkTests.spark().createDataFrame(rows, TEXT_AND_IMAGE);
        SparkEmbedder text = SparkEmbedder.builder(SentenceEmbedder::allMiniLmL6V2).textColumn("text").idColumn("id")
                .build();
        SparkException e = assertThrows(SparkException.class, () -> text.embed(data).collectAsList());
        String msg = SparkTests.rootMessage(e);
        assertTrue(msg.contains("text column \"text\" is null in row id=2 on executor driver"), msg);

        String missing = SparkTests.resource("images").resolve("no-such-image.jpg").toString();
        Dataset<Row> images = SparkTests.spark().createDataFrame(
                List.of(RowFactory.create(7, "x", missing)), TEXT_AND_IMAGE);
        String dir = SparkTests.resource("clip").toString();
        SparkEmbedder clip = SparkEmbedder.builder(() -> ClipBackend.load(Path.of(dir))).imageColumn("image")
                .idColumn("id").build();
        e = assertThrows(SparkException.class, () -> clip.embed(images).collectAsList());
        msg = SparkTests.rootMessage(e);
        assertTrue(msg.contains("image file " + missing + " (column \"image\", row id=7) does not exist on executor driver"),
                msg);
    }

    @Test
    void badArgumentsAreRejectedBeforeAnyJob() {
        Dataset<Row> data = SparkTests.spark().createDataFrame(List.of(), TEXT_AND_IMAGE);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SparkEmbedder.builder(SentenceEmbedder::allMiniLmL6V2).build());
        assertEquals("neither textColumn nor imageColumn is set: name at least one column", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> SparkEmbedder.builder(SentenceEmbedder::allMiniLmL6V2).batchSize(0));
        assertEquals("batchSize must be >= 1, got 0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> SparkEmbedder.builder(null));
        assertTrue(e.getMessage().startsWith("factory is null"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> SparkEmbedder.builder(SentenceEmbedder::allMiniLmL6V2).textColumn(" "));
        assertEquals("textColumn is blank \" \": give the name of a column", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> SparkEmbedder.builder(SentenceEmbedder::allMiniLmL6V2)
                .textColumn("body").build().embed(data));
        assertEquals("textColumn \"body\" is not a column of the dataset; its columns are [id, text, image]: "
                + "name an existing column", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> SparkEmbedder.builder(SentenceEmbedder::allMiniLmL6V2)
                .textColumn("id").build().embed(data));
        assertEquals("textColumn \"id\" has type int; give a column of type [string]", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> SparkEmbedder.builder(SentenceEmbedder::allMiniLmL6V2)
                .textColumn("text").outputColumn("image").build().embed(data));
        assertTrue(e.getMessage().startsWith("outputColumn \"image\" is already a column"), e.getMessage());
    }
}
