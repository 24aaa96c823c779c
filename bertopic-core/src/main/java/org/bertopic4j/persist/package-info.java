/**
 * Saving and loading topic models in BERTopic's safetensors directory format, so that models move between
 * Python BERTopic 0.17.4 and this library in both directions: {@code config.json}, {@code topics.json},
 * {@code topic_embeddings.safetensors}, optionally {@code ctfidf.safetensors} with {@code ctfidf_config.json},
 * and {@code images/} for a picture aspect. A Java extension ({@code bertopic4j.json} and
 * {@code bertopic4j_state.safetensors}, ignored by Python) keeps what BERTopic drops: the fitted reducer and
 * clusterer (any stage implementing {@link org.bertopic4j.persist.PersistableStage}, rebuilt through
 * {@link org.bertopic4j.persist.StageLoaders}), document strengths and probabilities, representative documents
 * and, optionally, the documents. Parsing never deserializes Java objects: files are JSON trees and
 * safetensors arrays whose headers are validated (sizes, dtypes, offsets) before use, and no file name is
 * taken from file content except validated topic ids. Writes are atomic.
 */
package org.bertopic4j.persist;
