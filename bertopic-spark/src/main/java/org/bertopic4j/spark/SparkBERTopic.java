package org.bertopic4j.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.bertopic4j.TopicModel;
import org.bertopic4j.check.Arguments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * BERTopic on Apache Spark: fits the core {@link TopicModel} on a seeded sample collected to the driver and
 * returns a {@link SparkTopicModel} that assigns topics to every row and describes the topics from the whole
 * corpus. The dataset needs an id, a text and an embedding column (see {@link SparkEmbedder}).
 *
 * <pre>{@code
 * SparkTopicModel model = SparkBERTopic.builder(() -> BERTopic.builder().seed(42).build())
 *         .sampleSize(50_000).build()
 *         .fit(embedded);
 * Dataset<Row> topics = model.documents(model.transform(embedded));
 * }</pre>
 */
public final class SparkBERTopic {
    private static final Logger LOG = LoggerFactory.getLogger(SparkBERTopic.class);

    private final ConfigFactory factory;
    private final ColumnNames columns;
    private final int sampleSize;
    private final double sampleFraction;
    private final long seed;
    private final int batchSize;

    private SparkBERTopic(Builder b) {
        this.factory = b.factory;
        this.columns = b.columns;
        this.sampleSize = b.sampleSize;
        this.sampleFraction = b.sampleFraction;
        this.seed = b.seed;
        this.batchSize = b.batchSize;
    }

    /** A builder for fits with configurations made by {@code factory}. */
    public static Builder builder(ConfigFactory factory) {
        return new Builder(factory);
    }

    /**
     * Collects the sample, fits the model on the driver and broadcasts it.
     *
     * @throws IllegalArgumentException when a column is missing or has the wrong type, when a sampled row has a
     *     null text, embedding or label, or when the sample is empty
     */
    public SparkTopicModel fit(Dataset<Row> data) {
        Objects.requireNonNull(data, "data");
        StructType schema = data.schema();
        Columns.require(schema, "id column", columns.id());
        Columns.require(schema, "text column", columns.text(), DataTypes.StringType);
        Columns.require(schema, "embedding column", columns.embedding(), Columns.embeddingTypes());
        List<String> needed = new ArrayList<>(List.of(columns.id(), columns.text(), columns.embedding()));
        if (columns.label() != null) {
            Columns.require(schema, "label column", columns.label(), DataTypes.IntegerType, DataTypes.LongType);
            needed.add(columns.label());
        }
        long t0 = System.nanoTime();
        List<Row> rows = SampleSelector.collect(data.selectExpr(needed.stream().map(c -> "`" + c + "`")
                .toArray(String[]::new)), columns.id(), seed, sampleSize, sampleFraction);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("the sample is empty: the dataset has no rows"
                    + (sampleFraction > 0 ? " or sampleFraction=" + sampleFraction + " selected none; raise sampleFraction"
                    : "") + " (an empty dataset cannot be fitted)");
        }
        List<String> docs = new ArrayList<>(rows.size());
        float[][] embeddings = new float[rows.size()][];
        int[] labels = columns.label() == null ? null : new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            Object id = Columns.id(row, 0);
            docs.add(Columns.text(row, 1, columns.text(), id));
            embeddings[i] = Columns.embedding(row, 2, columns.embedding(), id);
            if (labels != null) {
                if (row.isNullAt(3)) {
                    throw new IllegalArgumentException("label column \"" + columns.label() + "\" is null in sampled row "
                            + id + ": give every row a label (-1 = unlabelled)");
                }
                labels[i] = Math.toIntExact(((Number) row.get(3)).longValue());
            }
        }
        long t1 = System.nanoTime();
        TopicModel model = factory.create().fit(ModelSpec.corpus(docs, embeddings, labels));
        long t2 = System.nanoTime();
        LOG.info("collected a sample of {} rows in {} ms, fitted {} in {} ms", rows.size(), (t1 - t0) / 1_000_000,
                model, (t2 - t1) / 1_000_000);
        ModelSpec spec = new ModelSpec(UUID.randomUUID().toString(), factory, docs, embeddings, labels,
                ModelSpec.fingerprint(model));
        ExecutorResources.putModel(spec.key(), model);
        Broadcast<ModelSpec> broadcast = JavaSparkContext.fromSparkContext(data.sparkSession().sparkContext())
                .broadcast(spec);
        return new SparkTopicModel(model, broadcast, columns, batchSize);
    }

    @Override
    public String toString() {
        return "SparkBERTopic[" + (sampleFraction > 0 ? "sampleFraction=" + sampleFraction : "sampleSize=" + sampleSize)
                + ", seed=" + seed + ", columns=" + columns + "]";
    }

    /** Builder of a {@link SparkBERTopic}; by default a sample of 50,000 rows with seed 42. */
    public static final class Builder {
        private final ConfigFactory factory;
        private ColumnNames columns = ColumnNames.defaults();
        private int sampleSize = 50_000;
        private double sampleFraction;
        private long seed = 42;
        private int batchSize = 4096;

        private Builder(ConfigFactory factory) {
            if (factory == null) {
                throw new IllegalArgumentException("factory is null: give a ConfigFactory, e.g. () -> BERTopic.builder().seed(42).build()");
            }
            this.factory = factory;
        }

        /** The columns to read and write; default {@link ColumnNames#defaults()}. */
        public Builder columns(ColumnNames names) {
            this.columns = Objects.requireNonNull(names, "columns");
            return this;
        }

        /** Fit on at most this many rows (those with the smallest seeded keys); replaces a fraction. */
        public Builder sampleSize(int rows) {
            this.sampleSize = Arguments.atLeast("sampleSize", rows, 1);
            this.sampleFraction = 0;
            return this;
        }

        /** Fit on about this fraction of the rows, in (0, 1]; replaces a size. */
        public Builder sampleFraction(double fraction) {
            if (!(fraction > 0 && fraction <= 1)) {
                throw new IllegalArgumentException("sampleFraction must be in (0, 1], got " + fraction);
            }
            this.sampleFraction = fraction;
            this.sampleSize = 0;
            return this;
        }

        /** The sampling seed; default 42. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Rows per model call when transforming a partition; default 4096. */
        public Builder batchSize(int rows) {
            this.batchSize = Arguments.atLeast("batchSize", rows, 1);
            return this;
        }

        /** The configured fit. */
        public SparkBERTopic build() {
            return new SparkBERTopic(this);
        }
    }
}
