/**
 * Matrix types and helpers shared by all stages: {@link org.bertopic4j.matrix.CsrMatrix} for sparse
 * term counts and c-TF-IDF weights, and {@link org.bertopic4j.matrix.Matrices} for input validation
 * (non-empty, rectangular, finite, right width) and cosine similarity.
 */
package org.bertopic4j.matrix;
