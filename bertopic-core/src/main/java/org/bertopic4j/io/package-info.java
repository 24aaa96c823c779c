/**
 * File formats that connect BERTopic4j with the Python ecosystem: NumPy {@code .npy} arrays
 * ({@link org.bertopic4j.io.Npy}) for embeddings, labels and benchmark data.
 */
package org.bertopic4j.io;
