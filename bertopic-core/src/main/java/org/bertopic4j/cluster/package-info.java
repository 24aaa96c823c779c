/**
 * Clusterers other than HDBSCAN: {@link org.bertopic4j.cluster.GivenLabelsClusterer} (BERTopic's
 * {@code BaseCluster}, for manual topic modelling), {@link org.bertopic4j.cluster.NearestCentroidClassifier} (a
 * classifier trained on the labels, for supervised topic modelling) and
 * {@link org.bertopic4j.cluster.MiniBatchKMeans} (scikit-learn's mini-batch k-means, which also learns batch by
 * batch for online topic modelling).
 */
package org.bertopic4j.cluster;
