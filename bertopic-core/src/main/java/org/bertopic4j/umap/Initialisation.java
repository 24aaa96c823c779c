package org.bertopic4j.umap;

import java.util.SplittableRandom;
import org.bertopic4j.reduce.PcaReducer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The initial layout of umap-learn's {@code simplicial_set_embedding}: spectral (falling back to
 * random with a warning when the graph is disconnected or too small), random uniform in [-10, 10],
 * or PCA; spectral and PCA coordinates are scaled to a maximum absolute value of 10 with Gaussian
 * noise of scale 1e-4 added ({@code noisy_scale_coords}); finally each column is rescaled to [0, 10].
 */
final class Initialisation {
    private static final Logger LOG = LoggerFactory.getLogger(Umap.class);

    private Initialisation() {
    }

    /** The starting layout, n x dim flat. */
    static float[] initial(Umap.Init init, SparseGraph graph, float[][] data, int dim, long seed, Workers workers) {
        int n = graph.rows;
        SplittableRandom rng = Seeds.stream(seed, 0x696e6974L);
        double[][] coords = null;
        if (init == Umap.Init.SPECTRAL) {
            coords = SpectralInit.layout(graph, dim, workers);
            if (coords == null) {
                LOG.warn("spectral initialisation is not possible (disconnected graph or too few points); "
                        + "falling back to random initialisation");
            }
        } else if (init == Umap.Init.PCA) {
            coords = PcaReducer.builder().nComponents(dim).seed(seed).build().fit(data).embedding();
        }
        float[] out = new float[n * dim];
        if (coords == null) {
            for (int e = 0; e < out.length; e++) {
                out[e] = (float) (rng.nextDouble() * 20.0 - 10.0);
            }
        } else {
            double max = 0;
            for (double[] row : coords) {
                for (double v : row) {
                    max = Math.max(max, Math.abs(v));
                }
            }
            double expansion = max == 0 ? 1.0 : 10.0 / max;
            for (int i = 0; i < n; i++) {
                for (int d = 0; d < dim; d++) {
                    out[i * dim + d] = (float) (coords[i][d] * expansion) + (float) (rng.nextGaussian() * 1e-4);
                }
            }
        }
        rescaleColumns(out, n, dim);
        return out;
    }

    /** Each column to [0, 10] (a constant column becomes 0). */
    static void rescaleColumns(float[] layout, int n, int dim) {
        for (int d = 0; d < dim; d++) {
            float min = Float.POSITIVE_INFINITY;
            float max = Float.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                min = Math.min(min, layout[i * dim + d]);
                max = Math.max(max, layout[i * dim + d]);
            }
            float range = max - min;
            for (int i = 0; i < n; i++) {
                layout[i * dim + d] = range > 0 ? 10f * (layout[i * dim + d] - min) / range : 0f;
            }
        }
    }
}
