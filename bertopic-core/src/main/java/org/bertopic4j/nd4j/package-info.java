/**
 * Optional ND4J interop: {@link org.bertopic4j.nd4j.Nd4jEmbeddings} turns an ND4J {@code INDArray} into
 * the embeddings a {@link org.bertopic4j.Corpus} takes. Only this package uses ND4J, and only when the
 * application adds {@code org.nd4j:nd4j-api} and a backend itself.
 */
package org.bertopic4j.nd4j;
