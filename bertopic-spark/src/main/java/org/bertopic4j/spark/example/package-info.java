/**
 * A runnable example of BERTopic4j on Spark: {@link org.bertopic4j.spark.example.ScaleOutExample} reads a
 * tab-separated corpus, embeds it with all-MiniLM-L6-v2 on the executors, fits on a seeded sample, assigns a
 * topic to every row, describes the topics from the whole corpus and writes both tables as Parquet, printing
 * the time of each stage as one JSON object (the numbers in docs/scaling-out.md come from it).
 */
package org.bertopic4j.spark.example;
