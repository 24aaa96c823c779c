package org.bertopic4j.online;

import org.bertopic4j.DimensionReducer;

/**
 * A {@link DimensionReducer} that can also learn batch by batch (scikit-learn's {@code partial_fit}), as
 * online topic modelling needs; for example {@link org.bertopic4j.reduce.IncrementalPCA}.
 */
public interface IncrementalReducer extends DimensionReducer {

    /** {@inheritDoc} The fitted reduction can go on learning batch by batch. */
    @Override
    IncrementalReduction fit(float[][] embeddings, int[] labels);

    /**
     * Starts learning from a first batch.
     *
     * @param batch n x d, finite, not modified
     * @return the reduction fitted on this batch; its {@link IncrementalReduction#embedding()} is the batch, reduced
     */
    IncrementalReduction partialFit(float[][] batch);
}
