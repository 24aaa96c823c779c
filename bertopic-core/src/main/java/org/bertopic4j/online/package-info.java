/**
 * The building blocks of online topic modelling ({@link org.bertopic4j.OnlineTopicModel}, BERTopic's
 * {@code partial_fit}): the interfaces of reducers and clusterers that learn batch by batch
 * ({@link org.bertopic4j.online.IncrementalReducer}, {@link org.bertopic4j.online.IncrementalClusterer} and their
 * fitted states), and {@link org.bertopic4j.online.OnlineCountVectorizer}, whose vocabulary grows with every batch
 * while old counts decay. Every fitted state is immutable: learning from a batch returns a new state.
 */
package org.bertopic4j.online;
