package org.bertopic4j.spark.example;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.monotonically_increasing_id;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.ml.feature.StringIndexer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.bertopic4j.BERTopic;
import org.bertopic4j.EmbeddingBackend;
import org.bertopic4j.cluster.GivenLabelsClusterer;
import org.bertopic4j.djl.text.SentenceEmbedder;
import org.bertopic4j.reduce.IdentityReducer;
import org.bertopic4j.spark.ColumnNames;
import org.bertopic4j.spark.CorpusTopicWords;
import org.bertopic4j.spark.SparkBERTopic;
import org.bertopic4j.spark.SparkEmbedder;
import org.bertopic4j.spark.SparkTopicModel;

/**
 * Topics of a tab-separated corpus ({@code text<TAB>label} with a header, e.g. WordNet glosses with their
 * lexicographer file as label) on Spark, written as Parquet:
 *
 * <pre>
 * mvn -q -pl bertopic-spark exec:java -Dexec.classpathScope=compile \
 *   -Dexec.mainClass=org.bertopic4j.spark.example.ScaleOutExample \
 *   -Dexec.args="--docs wordnet-shuffled.tsv --limit 100000 --sample 20000 --out /tmp/topics --master local[2]"
 * </pre>
 *
 * <p>By default the topics are the labels (a supervised fit: {@link GivenLabelsClusterer} on the raw
 * embeddings); {@code --topics umap} fits BERTopic's default UMAP + HDBSCAN pipeline instead. Options: {@code --docs} (required), {@code --out} (required),
 * {@code --limit} (rows, default all), {@code --sample} (fit sample size, default 20000), {@code --partitions}
 * (default 8), {@code --master} (default: from spark-submit), {@code --batch} (embedding batch, default 64),
 * {@code --topics} ({@code labels}, the default, or {@code umap} for BERTopic's default UMAP + HDBSCAN pipeline),
 * {@code --embeddings} (a float32 {@code .npy} of precomputed embeddings, one row per document in file order:
 * skips the embedding stage; see {@link PrecomputedCorpus}).
 */
public final class ScaleOutExample {
    private ScaleOutExample() {
    }

    /** Runs the example; prints one JSON object with the stage timings. */
    public static void main(String[] args) {
        Map<String, String> opts = options(args);
        SparkSession.Builder builder = SparkSession.builder().appName("bertopic4j-scale-out")
                .config("spark.ui.enabled", "false");
        if (opts.containsKey("master")) {
            builder.master(opts.get("master"));
        }
        SparkSession spark = builder.getOrCreate();
        System.out.println(run(spark, opts));
        spark.stop();
    }

    /**
     * Runs the example on {@code spark} with the given options (names without {@code --}) and returns the JSON
     * object of stage timings.
     */
    static String run(SparkSession spark, Map<String, String> opts) {
        int limit = Integer.parseInt(opts.getOrDefault("limit", String.valueOf(Integer.MAX_VALUE)));
        int partitions = Integer.parseInt(opts.getOrDefault("partitions", "8"));
        String out = required(opts, "out");

        String precomputed = opts.get("embeddings");
        Dataset<Row> raw = precomputed == null
                ? spark.read().option("sep", "\t").option("header", "true").option("quote", "\u0000")
                        .csv(required(opts, "docs")).limit(limit).withColumn("id", monotonically_increasing_id())
                : PrecomputedCorpus.read(spark, Path.of(required(opts, "docs")), Path.of(precomputed), limit);
        Dataset<Row> labelled = new StringIndexer().setInputCol("label").setOutputCol("label_index")
                .fit(raw).transform(raw).withColumn("label_id", col("label_index").cast("int"))
                .drop("label", "label_index").repartition(partitions);

        long t0 = System.nanoTime();
        Dataset<Row> embedded = precomputed != null ? labelled.cache()
                : SparkEmbedder.builder(ScaleOutExample::minilm).textColumn("text").idColumn("id")
                .batchSize(Integer.parseInt(opts.getOrDefault("batch", "64"))).concurrentCalls(true).build()
                .embed(labelled).cache();
        long rows = embedded.count();
        long t1 = System.nanoTime();
        String stage = precomputed == null ? "embed" : "load";
        boolean umap = "umap".equals(opts.getOrDefault("topics", "labels"));
        SparkTopicModel model = SparkBERTopic.builder(umap ? ScaleOutExample::umapConfig : ScaleOutExample::config)
                .columns(new ColumnNames("id", "text", "embedding", umap ? null : "label_id", "topic", "probability"))
                .sampleSize(Integer.parseInt(opts.getOrDefault("sample", "20000"))).build()
                .fit(embedded);
        long t2 = System.nanoTime();
        Dataset<Row> transformed = model.transform(embedded).cache();
        model.documents(transformed).write().mode(SaveMode.Overwrite).parquet(out + "/documents");
        long t3 = System.nanoTime();
        CorpusTopicWords words = model.topicWords(transformed);
        words.toDataFrame(spark).coalesce(1).write().mode(SaveMode.Overwrite).parquet(out + "/topic_info");
        long t4 = System.nanoTime();

        return String.format(Locale.ROOT, "{\"rows\": %d, \"precomputed_embeddings\": %b, \"partitions\": %d, "
                        + "\"master\": \"%s\", \"topics_from\": \"%s\", "
                        + "\"sample\": %d, \"topics\": %d, \"%s_s\": %.2f, \"fit_s\": %.2f, "
                        + "\"transform_write_s\": %.2f, \"topic_words_s\": %.2f, \"%s_rows_per_s\": %.1f, "
                        + "\"transform_rows_per_s\": %.1f, \"topic_words_rows_per_s\": %.1f}",
                rows, precomputed != null, partitions, spark.sparkContext().master(), umap ? "umap+hdbscan" : "labels",
                model.model().topics().length,
                words.topicIds().length, stage, s(t1 - t0), s(t2 - t1), s(t3 - t2), s(t4 - t3), stage, rows / s(t1 - t0),
                rows / s(t3 - t2), rows / s(t4 - t3));
    }

    /** The executors' embedder: all-MiniLM-L6-v2 with one ONNX thread per task (Spark runs one task per core). */
    static EmbeddingBackend minilm() {
        return SentenceEmbedder.allMiniLmL6V2Builder().intraOpThreads(1).interOpThreads(1).build();
    }

    /** The fit's configuration: the labels are the topics. */
    static BERTopic config() {
        return BERTopic.builder().reducer(new IdentityReducer()).clusterer(new GivenLabelsClusterer()).seed(42).build();
    }

    /** BERTopic's default pipeline (UMAP + HDBSCAN), seeded. */
    static BERTopic umapConfig() {
        return BERTopic.builder().seed(42).build();
    }

    private static double s(long nanos) {
        return nanos / 1e9;
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("arguments must be --name value pairs, got " + String.join(" ", args));
            }
            out.put(args[i].substring(2), args[i + 1]);
        }
        return out;
    }

    private static String required(Map<String, String> opts, String name) {
        String v = opts.get(name);
        if (v == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return v;
    }
}
