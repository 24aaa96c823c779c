package org.bertopic4j.online;

import org.bertopic4j.Reduction;

/** A {@link Reduction} that can learn from one more batch; immutable, each step returns a new reduction. */
public interface IncrementalReduction extends Reduction {

    /**
     * Learns from one more batch.
     *
     * @param batch m x {@link #inputDimension()}, finite, not modified
     * @return the updated reduction; its {@link #embedding()} is this batch, reduced by the updated model
     * @throws IllegalArgumentException when a row's width differs from {@link #inputDimension()}
     */
    IncrementalReduction partialFit(float[][] batch);
}
