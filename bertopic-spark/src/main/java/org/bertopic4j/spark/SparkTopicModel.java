package org.bertopic4j.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.xxhash64;

import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.bertopic4j.BERTopic;
import org.bertopic4j.FittedVectorizer;
import org.bertopic4j.TopicModel;
import org.bertopic4j.WordScore;
import org.bertopic4j.matrix.CsrMatrix;
import org.bertopic4j.vectorize.FittedClassTfidf;
import org.bertopic4j.vectorize.TopWords;
import scala.Tuple2;

/**
 * A topic model fitted on a sample by {@link SparkBERTopic}, applied to whole datasets. The driver holds the
 * core {@link TopicModel}; executors get it through a broadcast: in local mode they share the driver's
 * instance, on a cluster each executor JVM fits it once from the broadcast sample and checks that the result
 * is the driver's model. {@link #transform} is deterministic for a given model and dataset: it does not depend
 * on the partitioning.
 */
public final class SparkTopicModel {
    private static final String GROUP = "__bertopic4j_transform_group";

    private final TopicModel model;
    private final Broadcast<ModelSpec> broadcast;
    private final ColumnNames columns;
    private final int batchSize;

    SparkTopicModel(TopicModel model, Broadcast<ModelSpec> broadcast, ColumnNames columns, int batchSize) {
        this.model = model;
        this.broadcast = broadcast;
        this.columns = columns;
        this.batchSize = batchSize;
    }

    /** The model fitted on the sample, on the driver. */
    public TopicModel model() {
        return model;
    }

    /** The column names this model reads and writes. */
    public ColumnNames columns() {
        return columns;
    }

    /**
     * The dataset with a topic ({@code int}) and a probability ({@code double}) column appended. Rows are
     * assigned in groups of about {@code batchSize} rows drawn by {@code xxhash64(id) mod groups}, sorted by id,
     * so a row's topic depends on the model and the dataset only, never on the partitioning (UMAP's transform of
     * a batch depends on the batch, as in umap-learn). Runs a count to size the groups and a shuffle to form them.
     *
     * @throws IllegalArgumentException when the id or embedding column is missing or has the wrong type, or the
     *     output columns exist already
     */
    public Dataset<Row> transform(Dataset<Row> data) {
        Objects.requireNonNull(data, "data");
        StructType schema = data.schema();
        Columns.require(schema, "embedding column", columns.embedding(), Columns.embeddingTypes());
        Columns.require(schema, "id column", columns.id());
        Columns.requireAbsent(schema, "topic column", columns.topic());
        Columns.requireAbsent(schema, "probability column", columns.probability());
        long rows = data.count();
        long groups = Math.max(1, (rows + batchSize - 1) / batchSize);
        Dataset<Row> grouped = data.withColumn(GROUP, pmod(xxhash64(col(columns.id())), lit(groups)))
                .repartition(col(GROUP)).sortWithinPartitions(col(GROUP), col(columns.id()));
        StructType in = grouped.schema();
        StructType out = in.add(columns.topic(), DataTypes.IntegerType, false)
                .add(columns.probability(), DataTypes.DoubleType, false);
        int embedding = in.fieldIndex(columns.embedding());
        return grouped.mapPartitions(new TransformPartition(broadcast, columns.embedding(), embedding,
                in.fieldIndex(columns.id()), in.fieldIndex(GROUP)), Encoders.row(out)).drop(GROUP);
    }

    /** The documents table of a transformed dataset: id, topic, probability. */
    public Dataset<Row> documents(Dataset<Row> transformed) {
        Objects.requireNonNull(transformed, "transformed");
        StructType schema = transformed.schema();
        Columns.require(schema, "id column", columns.id());
        Columns.require(schema, "topic column", columns.topic(), DataTypes.IntegerType);
        Columns.require(schema, "probability column", columns.probability(), DataTypes.DoubleType);
        return transformed.select(columns.id(), columns.topic(), columns.probability());
    }

    /**
     * Describes the topics from every document of {@code data} (text and topic columns, e.g. the output of
     * {@link #transform}): each partition counts its documents' terms per topic with the fitted vocabulary, the
     * counts are summed per topic, and the c-TF-IDF weighting is fitted again on the summed counts with the
     * model's configuration. For the same assignments this equals single-machine c-TF-IDF with the fitted
     * vocabulary (BERTopic's c-TF-IDF of the joined topic documents) whenever the vocabulary has unigrams only;
     * n-grams that would span two joined documents are not counted (see docs/scaling-out.md). The words are
     * c-TF-IDF words: representation models are not run again.
     *
     * @throws IllegalArgumentException when the text or topic column is missing or has the wrong type, or the
     *     dataset has no rows
     */
    public CorpusTopicWords topicWords(Dataset<Row> data) {
        Objects.requireNonNull(data, "data");
        StructType schema = data.schema();
        int text = Columns.require(schema, "text column", columns.text(), DataTypes.StringType);
        int topic = Columns.require(schema, "topic column", columns.topic(), DataTypes.IntegerType);
        List<Tuple2<Integer, TermCounts>> summed = new ArrayList<>(data.javaRDD()
                .mapPartitionsToPair(new CountPartition(broadcast, columns, text, topic, idIndex(schema), batchSize))
                .reduceByKey(TermCounts::plus)
                .collect());
        if (summed.isEmpty()) {
            throw new IllegalArgumentException("the dataset has no rows: topic words need at least one document");
        }
        summed.sort(Comparator.comparing(Tuple2::_1));
        return describe(summed);
    }

    private CorpusTopicWords describe(List<Tuple2<Integer, TermCounts>> summed) {
        FittedVectorizer vectorizer = model.vectorizer();
        List<String> vocabulary = vectorizer.vocabulary();
        CsrMatrix emptyDoc = vectorizer.transform(List.of("emptydoc"));
        int[] topicIds = new int[summed.size()];
        long[] sizes = new long[summed.size()];
        int[] indptr = new int[summed.size() + 1];
        List<int[]> cols = new ArrayList<>();
        List<double[]> vals = new ArrayList<>();
        for (int r = 0; r < summed.size(); r++) {
            TermCounts c = summed.get(r)._2();
            topicIds[r] = summed.get(r)._1();
            sizes[r] = c.documents();
            // BERTopic joins a topic's documents with spaces before cleaning, so only a topic of one document that
            // cleans to nothing becomes "emptydoc"
            boolean emptydoc = !c.hasText() && c.documents() == 1;
            int[] ci = emptydoc ? emptyDoc.indices() : c.columns();
            double[] vi = emptydoc ? emptyDoc.data() : c.values();
            cols.add(ci);
            vals.add(vi);
            indptr[r + 1] = indptr[r] + ci.length;
        }
        int[] indices = new int[indptr[summed.size()]];
        double[] data = new double[indices.length];
        for (int r = 0; r < summed.size(); r++) {
            System.arraycopy(cols.get(r), 0, indices, indptr[r], cols.get(r).length);
            System.arraycopy(vals.get(r), 0, data, indptr[r], vals.get(r).length);
        }
        CsrMatrix counts = new CsrMatrix(summed.size(), vocabulary.size(), indptr, indices, data);
        BERTopic config = model.config();
        FittedClassTfidf weighting = config.ctfidf().fit(counts, config.ctfidf().idfMultiplier(vocabulary, null));
        CsrMatrix ctfidf = weighting.transform(counts);
        List<List<WordScore>> words = TopWords.extract(ctfidf, vocabulary, config.topN()).stream()
                .map(w -> w.subList(0, Math.min(config.topN(), w.size()))).toList();
        return new CorpusTopicWords(topicIds, sizes, counts, weighting, ctfidf, words);
    }

    /**
     * Releases the broadcast and the driver JVM's cached copy of the model ({@link #model()} stays usable);
     * Spark jobs of this model fail afterwards. Executors drop their copies when their JVM ends.
     */
    public void destroy() {
        ExecutorResources.removeModel(broadcast.value().key());
        broadcast.destroy();
    }

    private int idIndex(StructType schema) {
        return java.util.Arrays.asList(schema.fieldNames()).indexOf(columns.id());
    }

    @Override
    public String toString() {
        return "SparkTopicModel[" + model + ", columns=" + columns + "]";
    }
}
