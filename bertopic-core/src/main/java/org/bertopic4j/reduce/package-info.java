/**
 * Dimension reducers other than UMAP: {@link org.bertopic4j.reduce.IdentityReducer} (BERTopic's
 * {@code BaseDimensionalityReduction}) and PCA.
 */
package org.bertopic4j.reduce;
