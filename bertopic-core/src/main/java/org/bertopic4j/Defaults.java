package org.bertopic4j;

import org.bertopic4j.hdbscan.Hdbscan;
import org.bertopic4j.umap.Umap;
import org.bertopic4j.vectorize.CountVectorizer;

/** BERTopic 0.17.4's default stages (SPEC §2.1), in one place. */
final class Defaults {
    private Defaults() {
    }

    /**
     * {@code UMAP(n_neighbors=15, n_components=5, min_dist=0.0, metric="cosine")}, seeded with the model's
     * seed when it has one (then deterministic on any number of threads).
     */
    static DimensionReducer reducer(BERTopic config) {
        Umap.Builder b = Umap.builder().nNeighbors(15).nComponents(5).minDist(0.0).metric(Umap.Metric.COSINE);
        config.seed().ifPresent(b::seed);
        return b.build();
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
