package org.bertopic4j.spark;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.bertopic4j.EmbeddingBackend;
import org.bertopic4j.ImageSource;

/**
 * Embeds one partition in batches with the executor's backend and appends the embedding to every row.
 * Texts and image files are checked per batch before the backend is called.
 */
final class EmbedPartition implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    private final String key;
    private final BackendFactory factory;
    private final String textColumn;
    private final int textIndex;
    private final String imageColumn;
    private final int imageIndex;
    private final int idIndex;
    private final int batchSize;
    private final boolean concurrentCalls;

    EmbedPartition(String key, BackendFactory factory, String textColumn, int textIndex, String imageColumn,
                   int imageIndex, int idIndex, int batchSize, boolean concurrentCalls) {
        this.key = key;
        this.factory = factory;
        this.textColumn = textColumn;
        this.textIndex = textIndex;
        this.imageColumn = imageColumn;
        this.imageIndex = imageIndex;
        this.idIndex = idIndex;
        this.batchSize = batchSize;
        this.concurrentCalls = concurrentCalls;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        return new Batches<>(rows, batchSize, this::embed);
    }

    private List<Row> embed(List<Row> batch) {
        List<String> texts = textIndex < 0 ? null : new ArrayList<>(batch.size());
        List<ImageSource> images = imageIndex < 0 ? null : new ArrayList<>(batch.size());
        for (Row row : batch) {
            Object id = Columns.id(row, idIndex);
            if (texts != null) {
                texts.add(Columns.text(row, textIndex, textColumn, id));
            }
            if (images != null) {
                images.add(ImageSource.of(imagePath(row, id)));
            }
        }
        EmbeddingBackend backend = ExecutorResources.backend(key, factory);
        float[][] vectors;
        if (concurrentCalls) {
            vectors = backend.embed(texts, images);
        } else {
            synchronized (backend) {
                vectors = backend.embed(texts, images);
            }
        }
        if (vectors.length != batch.size()) {
            throw new IllegalStateException(backend + " returned " + vectors.length + " embeddings for " + batch.size()
                    + " rows: a backend must return one embedding per row");
        }
        List<Row> out = new ArrayList<>(batch.size());
        for (int i = 0; i < vectors.length; i++) {
            Row row = batch.get(i);
            Object[] values = new Object[row.length() + 1];
            for (int j = 0; j < row.length(); j++) {
                values[j] = row.get(j);
            }
            values[row.length()] = vectors[i];
            out.add(RowFactory.create(values));
        }
        return out;
    }

    private Path imagePath(Row row, Object id) {
        String value = row.getString(imageIndex);
        if (value == null) {
            throw new IllegalArgumentException("image column \"" + imageColumn + "\" is null in row " + id + " on "
                    + ExecutorInfo.describe() + ": give an image path for every row, or filter the nulls out");
        }
        Path path = value.startsWith("file:") ? Path.of(URI.create(value)) : Path.of(value);
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("image file " + path.toAbsolutePath() + " (column \"" + imageColumn
                    + "\", row " + id + ") does not exist on " + ExecutorInfo.describe()
                    + ": put the images on storage every executor can read (a shared or distributed file system) "
                    + "and give absolute paths");
        }
        return path;
    }
}
