/**
 * HDBSCAN, BERTopic's default clusterer, ported from hdbscan 0.8.40. {@link org.bertopic4j.hdbscan.Hdbscan}
 * is the configuration and {@link org.bertopic4j.hdbscan.HdbscanModel} the fitted result. The fit runs
 * in steps, one package-private class each: {@code KdTree} and {@code CoreDistances} (k-nearest-neighbour
 * core distances), {@code BoruvkaMst} (the exact minimum spanning tree of the mutual-reachability graph,
 * in O(n) memory), {@code SingleLinkage}, {@code CondensedTree}, {@code ClusterSelection} (stability,
 * excess of mass or leaf, epsilon), {@code Glosh} (outlier scores), {@code PredictionData},
 * {@code ApproximatePredict} and {@code SoftClustering} (membership vectors). Parallel steps write
 * only their own output slots, so results are identical on any number of threads.
 */
package org.bertopic4j.hdbscan;
