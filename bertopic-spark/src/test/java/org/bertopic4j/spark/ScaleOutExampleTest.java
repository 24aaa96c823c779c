package org.bertopic4j.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.bertopic4j.spark.example.ScaleOutExampleAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example main end to end on 24 documents with precomputed MiniLM embeddings: both Parquet tables. */
class ScaleOutExampleTest {
    @TempDir
    Path out;

    @Test
    void writesDocumentsAndTopicInfoAsParquet() {
        String json = ScaleOutExampleAccess.run(SparkTests.spark(), "--docs",
                SparkTests.resource("fixtures/minilm_first24.tsv").toString(), "--embeddings",
                SparkTests.resource("fixtures/minilm_first24.npy").toString(), "--sample", "20", "--partitions", "3",
                "--out", out.toString());
        assertTrue(json.startsWith("{\"rows\": 24, \"precomputed_embeddings\": true"), json);
        List<Row> docs = SparkTests.spark().read().parquet(out.resolve("documents").toString()).collectAsList();
        assertEquals(24, docs.size());
        List<Row> info = SparkTests.spark().read().parquet(out.resolve("topic_info").toString()).collectAsList();
        assertEquals(24L, info.stream().mapToLong(r -> r.getLong(r.fieldIndex("Count"))).sum());
    }
}
