/**
 * BERTopic4j on Apache Spark, for corpora that outgrow one machine. {@link org.bertopic4j.spark.SparkEmbedder}
 * appends an embedding column to a dataset of texts and/or image paths, with one backend per executor JVM made
 * by a serialisable {@link org.bertopic4j.spark.BackendFactory}. {@link org.bertopic4j.spark.SparkBERTopic}
 * fits the core topic model on a seeded sample collected to the driver; the resulting
 * {@link org.bertopic4j.spark.SparkTopicModel} assigns a topic and a probability to every row in parallel and
 * describes the topics from the whole corpus ({@link org.bertopic4j.spark.CorpusTopicWords}): term counts are
 * made per partition with the fitted vocabulary, summed per topic, and c-TF-IDF is fitted again on the sums,
 * which gives exactly the single-machine c-TF-IDF for the same assignments. Spark itself is a provided
 * dependency: applications bring their cluster's Spark 4.2.
 */
package org.bertopic4j.spark;
