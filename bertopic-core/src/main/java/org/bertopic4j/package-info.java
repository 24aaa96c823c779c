/**
 * BERTopic4j's public API: {@link org.bertopic4j.BERTopic} (configuration and {@code fit}),
 * {@link org.bertopic4j.Corpus} (the input), {@link org.bertopic4j.TopicModel} (the fitted, immutable
 * result), and the five stage interfaces a pipeline is composed of:
 * {@link org.bertopic4j.EmbeddingBackend}, {@link org.bertopic4j.DimensionReducer},
 * {@link org.bertopic4j.Clusterer}, {@link org.bertopic4j.Vectorizer} and
 * {@link org.bertopic4j.RepresentationModel}, with their fitted counterparts
 * {@link org.bertopic4j.Reduction}, {@link org.bertopic4j.Clustering} and
 * {@link org.bertopic4j.FittedVectorizer}. Topic edits (reduce, merge, delete, update, labels) are
 * methods of {@code TopicModel} that return a new model; they run in package-private classes here
 * ({@code TopicReducer}, {@code TopicMerger}, {@code TopicDeleter}, {@code TopicUpdater}) that re-describe
 * topics through the fitter's own c-TF-IDF and representation step.
 */
package org.bertopic4j;
