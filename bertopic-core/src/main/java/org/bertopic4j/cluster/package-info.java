/**
 * Clusterers other than HDBSCAN: {@link org.bertopic4j.cluster.GivenLabelsClusterer} (BERTopic's
 * {@code BaseCluster}, for manual topic modelling, where documents arrive with their topics) and
 * {@link org.bertopic4j.cluster.KMeansClusterer} (scikit-learn's {@code KMeans}, which BERTopic users
 * swap in for a fixed number of topics without outliers). HDBSCAN, the default, lives in
 * {@code org.bertopic4j.hdbscan}.
 */
package org.bertopic4j.cluster;
