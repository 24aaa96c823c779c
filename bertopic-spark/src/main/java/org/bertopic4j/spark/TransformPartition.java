package org.bertopic4j.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.bertopic4j.Assignments;
import org.bertopic4j.Corpus;

/**
 * Assigns topics to one partition with the executor's copy of the model ({@link org.bertopic4j.TopicModel#transform})
 * and appends the topic and its probability to every row. The partition arrives sorted by transform group and
 * id; each group is one call of the model, so the batches do not depend on how the data was partitioned.
 */
final class TransformPartition implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    private final Broadcast<ModelSpec> model;
    private final String embeddingColumn;
    private final int embeddingIndex;
    private final int idIndex;
    private final int groupIndex;

    TransformPartition(Broadcast<ModelSpec> model, String embeddingColumn, int embeddingIndex, int idIndex,
                       int groupIndex) {
        this.model = model;
        this.embeddingColumn = embeddingColumn;
        this.embeddingIndex = embeddingIndex;
        this.idIndex = idIndex;
        this.groupIndex = groupIndex;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        return new Batches<>(rows, Integer.MAX_VALUE, row -> row.get(groupIndex), this::assign);
    }

    private List<Row> assign(List<Row> batch) {
        float[][] embeddings = new float[batch.size()][];
        for (int i = 0; i < embeddings.length; i++) {
            Row row = batch.get(i);
            embeddings[i] = Columns.embedding(row, embeddingIndex, embeddingColumn, Columns.id(row, idIndex));
        }
        Assignments a = ExecutorResources.model(model.value()).transform(Corpus.ofEmbeddings(embeddings));
        List<Row> out = new ArrayList<>(batch.size());
        for (int i = 0; i < embeddings.length; i++) {
            Row row = batch.get(i);
            Object[] values = new Object[row.length() + 2];
            for (int j = 0; j < row.length(); j++) {
                values[j] = row.get(j);
            }
            values[row.length()] = a.topics()[i];
            values[row.length() + 1] = a.probabilities()[i];
            out.add(RowFactory.create(values));
        }
        return out;
    }
}
