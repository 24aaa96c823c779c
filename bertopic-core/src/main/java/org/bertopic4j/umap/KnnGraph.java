package org.bertopic4j.umap;

/**
 * The k nearest neighbours of each of {@code n} points, row-major: row {@code i} holds indices
 * {@code indices[i*k .. i*k+k)} and their distances (float32, as umap-learn casts them) in ascending
 * order. When built over the training points, column 0 is the point itself at distance 0.
 */
record KnnGraph(int n, int k, int[] indices, float[] distances) {

    int index(int row, int col) {
        return indices[row * k + col];
    }

    float distance(int row, int col) {
        return distances[row * k + col];
    }
}
