package org.bertopic4j.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.function.PairFlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.bertopic4j.FittedVectorizer;
import org.bertopic4j.TopicModel;
import org.bertopic4j.matrix.CsrMatrix;
import org.bertopic4j.vectorize.TopicDocuments;
import scala.Tuple2;

/**
 * Counts the terms of one partition per topic with the fitted vocabulary. Each document is cleaned as
 * BERTopic cleans a topic's joined documents ({@link TopicDocuments#clean}); documents with no text left
 * are counted as documents but add no terms (BERTopic's {@code "emptydoc"} stands for a topic of a single
 * document without text, which the driver handles once the partitions are summed).
 */
final class CountPartition implements PairFlatMapFunction<Iterator<Row>, Integer, TermCounts> {
    private static final long serialVersionUID = 1L;

    private final Broadcast<ModelSpec> model;
    private final ColumnNames columns;
    private final int textIndex;
    private final int topicIndex;
    private final int idIndex;
    private final int batchSize;

    CountPartition(Broadcast<ModelSpec> model, ColumnNames columns, int textIndex, int topicIndex, int idIndex,
                   int batchSize) {
        this.model = model;
        this.columns = columns;
        this.textIndex = textIndex;
        this.topicIndex = topicIndex;
        this.idIndex = idIndex;
        this.batchSize = batchSize;
    }

    @Override
    public Iterator<Tuple2<Integer, TermCounts>> call(Iterator<Row> rows) {
        Map<Integer, TermCounts> perTopic = new TreeMap<>();
        if (!rows.hasNext()) {
            return List.<Tuple2<Integer, TermCounts>>of().iterator();
        }
        TopicModel fitted = ExecutorResources.model(model.value());
        FittedVectorizer vectorizer = fitted.vectorizer();
        boolean englishCleaning = fitted.config().englishCleaning();
        List<Integer> topics = new ArrayList<>(batchSize);
        List<String> texts = new ArrayList<>(batchSize);
        while (rows.hasNext()) {
            topics.clear();
            texts.clear();
            while (topics.size() < batchSize && rows.hasNext()) {
                Row row = rows.next();
                Object id = Columns.id(row, idIndex);
                if (row.isNullAt(topicIndex)) {
                    throw new IllegalArgumentException("topic column \"" + columns.topic() + "\" is null in row " + id
                            + ": transform the dataset first");
                }
                topics.add(row.getInt(topicIndex));
                texts.add(cleanOrNull(Columns.text(row, textIndex, columns.text(), id), englishCleaning));
            }
            countBatch(vectorizer, topics, texts, perTopic);
        }
        List<Tuple2<Integer, TermCounts>> out = new ArrayList<>(perTopic.size());
        perTopic.forEach((t, c) -> out.add(new Tuple2<>(t, c)));
        return out.iterator();
    }

    private static void countBatch(FittedVectorizer vectorizer, List<Integer> topics, List<String> texts,
                                   Map<Integer, TermCounts> perTopic) {
        List<String> nonBlank = new ArrayList<>(texts.size());
        int[] rowOf = new int[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            rowOf[i] = texts.get(i) == null ? -1 : nonBlank.size();
            if (texts.get(i) != null) {
                nonBlank.add(texts.get(i));
            }
        }
        CsrMatrix counts = nonBlank.isEmpty() ? emptyCounts(vectorizer) : vectorizer.transform(nonBlank);
        Map<Integer, List<Integer>> rowsByTopic = new TreeMap<>();
        for (int i = 0; i < topics.size(); i++) {
            rowsByTopic.computeIfAbsent(topics.get(i), k -> new ArrayList<>()).add(rowOf[i]);
        }
        rowsByTopic.forEach((topic, rows) -> {
            int[] withText = rows.stream().filter(r -> r >= 0).mapToInt(Integer::intValue).toArray();
            perTopic.merge(topic, TermCounts.ofRows(counts, withText, rows.size()), TermCounts::plus);
        });
    }

    private static CsrMatrix emptyCounts(FittedVectorizer vectorizer) {
        return CsrMatrix.wrap(0, vectorizer.vocabulary().size(), new int[] {0}, new int[0], new double[0]);
    }

    /**
     * The document as BERTopic's cleaning leaves it, or null when nothing is left. Cleaning works character by
     * character, so a document cleans to nothing exactly when the document followed by {@code "x"} cleans to
     * {@code "x"} ({@link TopicDocuments#clean} turns an empty result into {@code "emptydoc"}).
     */
    static String cleanOrNull(String text, boolean englishCleaning) {
        if (TopicDocuments.clean(text + "x", englishCleaning).equals("x")) {
            return null;
        }
        return TopicDocuments.clean(text, englishCleaning);
    }
}
