package org.bertopic4j;

/** A fitted {@link DimensionReducer}: the reduced training points and a way to place new ones. Thread-safe. */
public interface Reduction {

    /** Width of the embeddings this reduction was fitted on. */
    int inputDimension();

    /** Width of the reduced points. */
    int outputDimension();

    /** The reduced training points, n x {@link #outputDimension()}; a fresh copy on every call. */
    double[][] embedding();

    /**
     * Places new points in the reduced space.
     *
     * @throws IllegalArgumentException when a row's width differs from {@link #inputDimension()}
     */
    double[][] transform(float[][] embeddings);
}
