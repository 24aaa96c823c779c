package org.bertopic4j;

import java.util.List;

/**
 * One row of {@link TopicModel#documentInfo()} (BERTopic's {@code get_document_info()}).
 *
 * @param row the document's position in the corpus
 * @param document the text
 * @param topic its topic
 * @param name the topic's name
 * @param representation the topic's words
 * @param topNWords the words joined with {@code " - "}
 * @param probability the document's probability for its topic (for a probability matrix: the row's maximum,
 *     or {@code 1 - sum} for outliers, as BERTopic)
 * @param representativeDocument whether this row is one of its topic's representative documents
 */
public record DocumentInfo(int row, String document, int topic, String name, List<String> representation,
                           String topNWords, double probability, boolean representativeDocument) {
    /** Copies the word list. */
    public DocumentInfo {
        representation = List.copyOf(representation);
    }
}
