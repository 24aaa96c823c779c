package org.bertopic4j.spark.example;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.bertopic4j.io.Npy;

/**
 * A corpus with precomputed embeddings, read on the driver: the {@code text} and {@code label} columns of a
 * tab-separated file with a header and one float32 {@code .npy} row per document, in file order. When
 * {@code limit} exceeds the number of documents the documents are repeated in order with new ids (for
 * throughput measurements on a small real corpus). Driver-side reading suits measurements on one machine;
 * on a cluster, store the embeddings as a Parquet column instead.
 */
final class PrecomputedCorpus {
    private PrecomputedCorpus() {
    }

    /** Columns id (long), text, label, embedding ({@code array<float>}). */
    static Dataset<Row> read(SparkSession spark, Path tsv, Path npy, int limit) {
        try {
            List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
            List<String> header = Arrays.asList(lines.get(0).split("\t", -1));
            int text = header.indexOf("text");
            int label = header.indexOf("label");
            if (text < 0 || label < 0) {
                throw new IllegalArgumentException(tsv + " has columns " + header + ": it needs text and label columns");
            }
            float[][] embeddings = Npy.readFloatMatrix(npy);
            int docs = Math.min(lines.size() - 1, embeddings.length);
            int n = limit == Integer.MAX_VALUE ? docs : limit;
            List<Row> rows = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String[] fields = lines.get(1 + i % docs).split("\t", -1);
                rows.add(RowFactory.create((long) i, fields[text], fields[label], embeddings[i % docs]));
            }
            StructType schema = new StructType().add("id", DataTypes.LongType, false)
                    .add("text", DataTypes.StringType, false).add("label", DataTypes.StringType, false)
                    .add("embedding", DataTypes.createArrayType(DataTypes.FloatType, false), false);
            return spark.createDataFrame(rows, schema);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + tsv + " or " + npy + ": " + e.getMessage(), e);
        }
    }
}
