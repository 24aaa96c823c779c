/**
 * Agglomerative clustering as BERTopic uses it through scipy and scikit-learn:
 * {@link org.bertopic4j.linkage.Linkage} builds scipy's linkage matrix with the nearest-neighbour chain
 * algorithm (average and Ward linkage on a precomputed distance matrix, the same merge order, heights and
 * child labels as {@code scipy.cluster.hierarchy.linkage}), re-orders it with the optimal leaf ordering of
 * Bar-Joseph et al. as {@code optimal_ordering=True} does, and cuts it into a fixed number of clusters the
 * way scikit-learn's {@code AgglomerativeClustering} labels them. Topic reduction and the topic hierarchy
 * are built on it.
 */
package org.bertopic4j.linkage;
