/**
 * Bag-of-words and class-based TF-IDF, the word side of BERTopic. {@link org.bertopic4j.vectorize.CountVectorizer}
 * reproduces scikit-learn 1.2.1's {@code CountVectorizer} exactly (Python's Unicode token pattern and
 * lower-casing, code-point vocabulary order, document-frequency and {@code max_features} pruning with
 * numpy's tie order); {@link org.bertopic4j.vectorize.ClassTfidfTransformer} is BERTopic's c-TF-IDF
 * (BERTopic spec section 2.7); {@link org.bertopic4j.vectorize.TopWords} extracts each topic's best words
 * with BERTopic's placeholders and BERTopic's order among equal scores (section 2.8); {@link org.bertopic4j.vectorize.TopicDocuments} builds the
 * one-document-per-topic input with BERTopic's text cleaning. Configurations are immutable builders,
 * fitted objects are immutable and thread-safe, and every result is independent of the number of threads.
 */
package org.bertopic4j.vectorize;
