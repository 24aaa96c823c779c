package org.bertopic4j.spark;

import java.io.Serializable;

/**
 * The column names a distributed model reads and writes.
 *
 * @param id the row id column (any type; ids should be unique, they seed the sample)
 * @param text the text column (string)
 * @param embedding the embedding column ({@code array<float>}, {@code array<double>} or an ML vector)
 * @param label the optional label column (integer) for supervised fits, or null
 * @param topic the topic column transform writes and topic words read
 * @param probability the probability column transform writes
 */
public record ColumnNames(String id, String text, String embedding, String label, String topic, String probability)
        implements Serializable {

    /** The defaults: id, text, embedding, no label, topic, probability. */
    public static ColumnNames defaults() {
        return new ColumnNames("id", "text", "embedding", null, "topic", "probability");
    }

    /** Checks that every name except the optional label is set. */
    public ColumnNames {
        Columns.requireName("id column", id);
        Columns.requireName("text column", text);
        Columns.requireName("embedding column", embedding);
        if (label != null) {
            Columns.requireName("label column", label);
        }
        Columns.requireName("topic column", topic);
        Columns.requireName("probability column", probability);
    }
}
