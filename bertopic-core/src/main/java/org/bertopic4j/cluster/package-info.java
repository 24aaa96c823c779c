/**
 * Clusterers other than HDBSCAN: {@link org.bertopic4j.cluster.GivenLabelsClusterer} (BERTopic's
 * {@code BaseCluster}, for manual topic modelling, where documents arrive with their topics),
 * {@link org.bertopic4j.cluster.KMeansClusterer} (scikit-learn's {@code KMeans}, which BERTopic users
 * swap in for a fixed number of topics without outliers), {@link org.bertopic4j.cluster.NearestCentroidClassifier}
 * (a classifier trained on the labels, for supervised topic modelling) and
 * {@link org.bertopic4j.cluster.MiniBatchKMeans} (scikit-learn's mini-batch k-means, which also learns batch by
 * batch for online topic modelling). HDBSCAN, the default, lives in {@code org.bertopic4j.hdbscan}.
 */
package org.bertopic4j.cluster;
