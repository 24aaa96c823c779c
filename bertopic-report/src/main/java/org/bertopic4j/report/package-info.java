/**
 * Self-contained HTML reports of fitted topic models. {@link org.bertopic4j.report.HtmlReport} renders
 * one page that needs no network: the topic-info table (with word, label and picture aspects), per
 * topic a 3x3 tile of its top images and its representative documents, and BERTopic's charts redrawn
 * as inline SVG (word-score bars, intertopic distance map, similarity heatmap, documents map, and the
 * hierarchy dendrogram from a {@link org.bertopic4j.report.TopicHierarchy}), plus the evaluation
 * measures of core's {@code org.bertopic4j.evaluation} package. Images are inlined as downscaled
 * base64 JPEGs; all text is escaped with the OWASP Java Encoder.
 */
package org.bertopic4j.report;
