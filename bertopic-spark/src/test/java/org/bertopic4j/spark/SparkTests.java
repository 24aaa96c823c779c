package org.bertopic4j.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.bertopic4j.io.Npy;

/** The shared local[2] session and the fixtures of this module's tests. */
final class SparkTests {
    private static SparkSession session;

    private SparkTests() {
    }

    /** One local[2] session for all tests of the JVM (Spark allows one active context). */
    static synchronized SparkSession spark() {
        if (session == null) {
            session = SparkSession.builder().master("local[2]").appName("bertopic4j-tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "4")
                    .config("spark.driver.host", "127.0.0.1")
                    .getOrCreate();
        }
        return session;
    }

    /** A test resource as a path. */
    static Path resource(String name) {
        try {
            return Path.of(SparkTests.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text column of a fixture TSV (header {@code index label text}). */
    static List<String> texts(String name) {
        try {
            List<String> lines = Files.readAllLines(resource(name), StandardCharsets.UTF_8);
            List<String> out = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                out.add(line.split("\t", 3)[2]);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A float matrix fixture. */
    static float[][] matrix(String name) {
        try {
            return Npy.read(resource(name)).toFloatMatrix();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An int vector fixture. */
    static int[] ints(String name) {
        try {
            return Npy.read(resource(name)).toIntArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 3000 BERTopic fixture documents with their 5-d embeddings and HDBSCAN labels: id, text, embedding, label. */
    static Dataset<Row> fortunes(int partitions) {
        List<String> docs = texts("fixtures/docs.tsv");
        float[][] emb = matrix("fixtures/reduced_embeddings_5d.npy");
        int[] labels = ints("fixtures/hdbscan_labels.npy");
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            rows.add(RowFactory.create((long) i, docs.get(i), emb[i], labels[i]));
        }
        StructType schema = new StructType().add("id", DataTypes.LongType, false)
                .add("text", DataTypes.StringType, true)
                .add("embedding", DataTypes.createArrayType(DataTypes.FloatType, false), true)
                .add("label", DataTypes.IntegerType, true);
        return spark().createDataFrame(rows, schema).repartition(partitions);
    }

    /** The innermost cause's message of a failed job (Spark wraps task failures). */
    static String rootMessage(Throwable t) {
        StringBuilder all = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            all.append(c.getMessage()).append('\n');
        }
        return all.toString();
    }
}
