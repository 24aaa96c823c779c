/**
 * Clusterers other than HDBSCAN: {@link org.bertopic4j.cluster.GivenLabelsClusterer} (BERTopic's
 * {@code BaseCluster}, for manual topic modelling) and k-means.
 */
package org.bertopic4j.cluster;
