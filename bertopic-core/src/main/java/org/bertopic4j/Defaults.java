package org.bertopic4j;

import org.bertopic4j.hdbscan.Hdbscan;
import org.bertopic4j.vectorize.CountVectorizer;

/** BERTopic 0.17.4's default stages (SPEC §2.1), in one place. */
final class Defaults {
    private Defaults() {
    }

    /** The default reducer; UMAP is being merged — until then a reducer must be set explicitly. */
    static DimensionReducer reducer(BERTopic config) {
        throw new UnsupportedOperationException("no default reducer in this build yet: set one with BERTopic.builder().reducer(...)");
    }

    /**
     * {@code HDBSCAN(min_cluster_size=min_topic_size, metric="euclidean", cluster_selection_method="eom",
     * prediction_data=True)}.
     */
    static Clusterer clusterer(BERTopic config) {
        return Hdbscan.builder().minClusterSize(config.minTopicSize()).metric(Hdbscan.Metric.EUCLIDEAN)
                .clusterSelectionMethod(Hdbscan.SelectionMethod.EOM).predictionData(true).build();
    }

    /** {@code CountVectorizer(ngram_range=n_gram_range)}. */
    static Vectorizer vectorizer(BERTopic config) {
        return CountVectorizer.builder().ngramRange(config.ngramMin(), config.ngramMax()).build();
    }
}
