/**
 * Dimension reducers other than UMAP: {@link org.bertopic4j.reduce.IdentityReducer} (BERTopic's
 * {@code BaseDimensionalityReduction}) and {@link org.bertopic4j.reduce.IncrementalPCA}, which also learns
 * batch by batch for online topic modelling.
 */
package org.bertopic4j.reduce;
