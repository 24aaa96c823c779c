package org.bertopic4j.umap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.bertopic4j.io.Npy;

/** Loads the umap-learn fixtures copied under {@code src/test/resources/fixtures/umap}. */
final class UmapFixtures {
    private static float[][] embeddings;

    private UmapFixtures() {
    }

    static Npy.NpyArray npy(String name) {
        String path = "/fixtures/umap/" + name;
        try (InputStream in = UmapFixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return Npy.read(in, path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 3000 x 384 MiniLM embeddings (cached; callers must not modify them). */
    static synchronized float[][] embeddings() {
        if (embeddings == null) {
            embeddings = npy("embeddings.npy").toFloatMatrix();
        }
        return embeddings;
    }

    /** The fixture's exact kNN restricted to the first {@code k} columns. */
    static KnnGraph knn(int k) {
        double[][] idx = npy("knn15_indices.npy").toDoubleMatrix();
        double[][] dist = npy("knn15_distances.npy").toDoubleMatrix();
        int n = idx.length;
        int[] indices = new int[n * k];
        float[] distances = new float[n * k];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                indices[i * k + j] = (int) idx[i][j];
                distances[i * k + j] = (float) dist[i][j];
            }
        }
        return new KnnGraph(n, k, indices, distances);
    }
}
