package org.bertopic4j;

/**
 * Reduces document embeddings to a few dimensions before clustering (UMAP by default, PCA, or the
 * identity for pre-reduced input). A reducer is an immutable configuration; {@link #fit} returns the
 * fitted {@link Reduction}, which can also place new points.
 */
public interface DimensionReducer {

    /**
     * Fits on {@code embeddings}, optionally guided by {@code labels} (supervised or semi-supervised
     * reduction; {@code -1} marks an unlabelled row). Reducers that cannot use labels ignore them.
     *
     * @param embeddings n x d, finite, not modified
     * @param labels n labels, or {@code null} for unsupervised fitting
     */
    Reduction fit(float[][] embeddings, int[] labels);

    /** Unsupervised {@link #fit(float[][], int[])}. */
    default Reduction fit(float[][] embeddings) {
        return fit(embeddings, null);
    }
}
