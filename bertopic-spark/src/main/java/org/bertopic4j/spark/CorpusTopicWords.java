package org.bertopic4j.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.bertopic4j.WordScore;
import org.bertopic4j.matrix.CsrMatrix;
import org.bertopic4j.vectorize.FittedClassTfidf;

/**
 * The topics of a whole corpus, described from all of its documents: the summed term counts per topic, the
 * c-TF-IDF weighting fitted on them, the c-TF-IDF matrix and each topic's top words. Rows follow
 * {@link #topicIds()} (ascending, {@code -1} first when present). Immutable.
 */
public final class CorpusTopicWords {
    private final int[] topicIds;
    private final long[] sizes;
    private final CsrMatrix counts;
    private final FittedClassTfidf classTfidf;
    private final CsrMatrix cTfIdf;
    private final List<List<WordScore>> words;

    CorpusTopicWords(int[] topicIds, long[] sizes, CsrMatrix counts, FittedClassTfidf classTfidf, CsrMatrix cTfIdf,
                     List<List<WordScore>> words) {
        this.topicIds = topicIds.clone();
        this.sizes = sizes.clone();
        this.counts = counts;
        this.classTfidf = classTfidf;
        this.cTfIdf = cTfIdf;
        this.words = List.copyOf(words);
    }

    /** The topics present in the corpus, ascending. */
    public int[] topicIds() {
        return topicIds.clone();
    }

    /** Topic id -> number of documents. */
    public Map<Integer, Long> topicSizes() {
        Map<Integer, Long> out = new java.util.TreeMap<>();
        for (int i = 0; i < topicIds.length; i++) {
            out.put(topicIds[i], sizes[i]);
        }
        return out;
    }

    /** The topic x term counts of the whole corpus (columns index the fitted vocabulary). */
    public CsrMatrix counts() {
        return counts;
    }

    /** The c-TF-IDF weighting fitted on {@link #counts()}. */
    public FittedClassTfidf classTfidf() {
        return classTfidf;
    }

    /** The topic x term c-TF-IDF matrix. */
    public CsrMatrix cTfIdf() {
        return cTfIdf;
    }

    /**
     * A topic's words and scores, best first.
     *
     * @throws IllegalArgumentException when the topic is not in the corpus
     */
    public List<WordScore> words(int topic) {
        return words.get(row(topic));
    }

    /** The topic's name, {@code id_w1_w2_w3_w4} as BERTopic names topics. */
    public String name(int topic) {
        StringBuilder sb = new StringBuilder().append(topic);
        List<WordScore> w = words(topic);
        for (int i = 0; i < Math.min(4, w.size()); i++) {
            sb.append('_').append(w.get(i).word());
        }
        return sb.toString();
    }

    /**
     * The topic-info table (BERTopic's {@code get_topic_info()} columns): {@code Topic} int, {@code Count} long,
     * {@code Name} string, {@code Representation} array of words, {@code Scores} array of their c-TF-IDF scores.
     */
    public Dataset<Row> toDataFrame(SparkSession spark) {
        StructType schema = new StructType()
                .add("Topic", DataTypes.IntegerType, false)
                .add("Count", DataTypes.LongType, false)
                .add("Name", DataTypes.StringType, false)
                .add("Representation", DataTypes.createArrayType(DataTypes.StringType, false), false)
                .add("Scores", DataTypes.createArrayType(DataTypes.DoubleType, false), false);
        List<Row> rows = new ArrayList<>(topicIds.length);
        for (int i = 0; i < topicIds.length; i++) {
            List<WordScore> w = words.get(i);
            rows.add(RowFactory.create(topicIds[i], sizes[i], name(topicIds[i]),
                    w.stream().map(WordScore::word).toArray(String[]::new),
                    w.stream().mapToDouble(WordScore::score).toArray()));
        }
        return spark.createDataFrame(rows, schema);
    }

    private int row(int topic) {
        int r = java.util.Arrays.binarySearch(topicIds, topic);
        if (r < 0) {
            throw new IllegalArgumentException("unknown topic " + topic + "; the corpus has topics "
                    + java.util.Arrays.toString(topicIds));
        }
        return r;
    }

    @Override
    public String toString() {
        return "CorpusTopicWords[" + topicIds.length + " topics, " + counts.cols() + " terms]";
    }
}
