/**
 * Analyses of a fitted {@link org.bertopic4j.TopicModel} that leave it unchanged (SPEC §2.16–§2.21):
 * outlier reduction ({@link org.bertopic4j.operations.OutlierReduction}, which returns new assignments for
 * {@link org.bertopic4j.TopicModel#updateTopics(int[])}), approximate topic distributions over sliding token
 * windows ({@link org.bertopic4j.operations.ApproximateDistribution}), dynamic topics
 * ({@link org.bertopic4j.operations.TopicsOverTime}), topics per class
 * ({@link org.bertopic4j.operations.TopicsPerClass}), the Ward topic hierarchy with its text tree
 * ({@link org.bertopic4j.operations.HierarchicalTopics}), topic search by text or image
 * ({@link org.bertopic4j.operations.TopicSearch}) and topic labels
 * ({@link org.bertopic4j.operations.TopicLabels}). Each entry class is usually reached through the thin
 * methods of {@code TopicModel}; configurable ones are immutable settings objects built with builders that
 * check every value.
 */
package org.bertopic4j.operations;
