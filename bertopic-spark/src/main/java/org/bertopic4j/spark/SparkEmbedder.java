package org.bertopic4j.spark;

import java.util.UUID;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.bertopic4j.check.Arguments;

/**
 * Distributed embedding: appends an embedding column ({@code array<float>}) to a dataset with a text column,
 * an image-path column or both (then the backend fuses them, by default the element-wise mean). Each executor
 * JVM creates one backend from the {@link BackendFactory} on first use and closes it at shutdown; each
 * partition is embedded in batches of {@link Builder#batchSize(int)} rows. Empty partitions create no backend.
 *
 * <pre>{@code
 * Dataset<Row> embedded = SparkEmbedder.builder(SentenceEmbedder::allMiniLmL6V2)
 *         .textColumn("text").idColumn("id").build()
 *         .embed(posts);
 * }</pre>
 *
 * <p>A null text, a null image path or an image file that an executor cannot find fails the job with an
 * {@link IllegalArgumentException} naming the column, the row id and the executor. Image paths are local
 * paths or {@code file:} URIs, so images must be on storage every executor sees.
 */
public final class SparkEmbedder {
    private final String key = UUID.randomUUID().toString();
    private final BackendFactory factory;
    private final String textColumn;
    private final String imageColumn;
    private final String idColumn;
    private final String outputColumn;
    private final int batchSize;
    private final boolean concurrentCalls;

    private SparkEmbedder(Builder b) {
        this.factory = b.factory;
        this.textColumn = b.textColumn;
        this.imageColumn = b.imageColumn;
        this.idColumn = b.idColumn;
        this.outputColumn = b.outputColumn;
        this.batchSize = b.batchSize;
        this.concurrentCalls = b.concurrentCalls;
    }

    /** A builder for embedding with backends made by {@code factory}. */
    public static Builder builder(BackendFactory factory) {
        return new Builder(factory);
    }

    /**
     * The dataset with the embedding column appended (lazy: nothing runs until an action).
     *
     * @throws IllegalArgumentException when a named column is missing or not a string column, or the output
     *     column already exists
     */
    public Dataset<Row> embed(Dataset<Row> data) {
        java.util.Objects.requireNonNull(data, "data");
        StructType schema = data.schema();
        int text = textColumn == null ? -1 : Columns.require(schema, "textColumn", textColumn, DataTypes.StringType);
        int image = imageColumn == null ? -1
                : Columns.require(schema, "imageColumn", imageColumn, DataTypes.StringType);
        int id = idColumn == null ? -1 : Columns.require(schema, "idColumn", idColumn);
        Columns.requireAbsent(schema, "outputColumn", outputColumn);
        StructType out = schema.add(outputColumn, DataTypes.createArrayType(DataTypes.FloatType, false), false);
        return data.mapPartitions(new EmbedPartition(key, factory, textColumn, text, imageColumn, image, id, batchSize,
                concurrentCalls), Encoders.row(out));
    }

    /** The name of the embedding column this embedder appends. */
    public String outputColumn() {
        return outputColumn;
    }

    @Override
    public String toString() {
        return "SparkEmbedder[text=" + textColumn + ", image=" + imageColumn + ", output=" + outputColumn
                + ", batchSize=" + batchSize + "]";
    }

    /** Builder of a {@link SparkEmbedder}; at least one of the text and image columns must be set. */
    public static final class Builder {
        private final BackendFactory factory;
        private String textColumn;
        private String imageColumn;
        private String idColumn;
        private String outputColumn = "embedding";
        private int batchSize = 256;
        private boolean concurrentCalls;

        private Builder(BackendFactory factory) {
            if (factory == null) {
                throw new IllegalArgumentException("factory is null: give a BackendFactory, e.g. SentenceEmbedder::allMiniLmL6V2");
            }
            this.factory = factory;
        }

        /** The string column holding each row's text. */
        public Builder textColumn(String name) {
            this.textColumn = Columns.requireName("textColumn", name);
            return this;
        }

        /** The string column holding each row's image path (a local path or {@code file:} URI). */
        public Builder imageColumn(String name) {
            this.imageColumn = Columns.requireName("imageColumn", name);
            return this;
        }

        /** A column identifying rows in error messages (optional). */
        public Builder idColumn(String name) {
            this.idColumn = Columns.requireName("idColumn", name);
            return this;
        }

        /** The name of the appended embedding column; default {@code "embedding"}. */
        public Builder outputColumn(String name) {
            this.outputColumn = Columns.requireName("outputColumn", name);
            return this;
        }

        /** Rows per backend call; default 256. */
        public Builder batchSize(int rows) {
            this.batchSize = Arguments.atLeast("batchSize", rows, 1);
            return this;
        }

        /**
         * Whether the tasks of one executor may call the shared backend at the same time; default false
         * (calls are serialised). Turn it on only for thread-safe backends such as {@code SentenceEmbedder}.
         */
        public Builder concurrentCalls(boolean on) {
            this.concurrentCalls = on;
            return this;
        }

        /**
         * The embedder.
         *
         * @throws IllegalArgumentException when neither a text nor an image column is set
         */
        public SparkEmbedder build() {
            if (textColumn == null && imageColumn == null) {
                throw new IllegalArgumentException("neither textColumn nor imageColumn is set: name at least one column");
            }
            return new SparkEmbedder(this);
        }
    }
}
