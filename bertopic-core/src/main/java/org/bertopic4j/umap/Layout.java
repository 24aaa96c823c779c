package org.bertopic4j.umap;

/**
 * umap-learn's {@code optimize_layout_euclidean}: stochastic gradient descent on the fuzzy
 * cross-entropy, sampling each edge once every {@code epochs_per_sample} epochs (attraction
 * {@code -2ab d^(2(b-1)) / (1 + a d^(2b))}) with {@code negativeSampleRate} random repulsions per
 * sample ({@code 2 gamma b / ((0.001 + d^2)(1 + a d^(2b)))}), gradients clipped to [-4, 4] and a
 * learning rate decaying linearly to 0.
 *
 * <p>Deterministic in parallel: the head points are split into fixed chunks, each chunk draws its
 * negative samples from a random stream derived from (seed, epoch, chunk), and a point's update
 * reads the other points' positions from a snapshot taken at the start of the epoch. So each point is
 * written by exactly one task and read only from the snapshot: no result depends on thread timing
 * ({@link EdgeSampler} moves one chunk).
 * umap-learn moves both ends of an edge when embedding the training points, so each point gets two
 * attractive steps per sampling period of an edge (one from each direction of the symmetric graph)
 * against five repulsive ones; here each end moves only itself, when its own copy of the edge is
 * sampled, with the attractive step doubled to keep that 2 : 5 balance.
 */
final class Layout {
    private static final int CHUNK = 256;

    /** The fixed inputs of one optimisation. */
    record Problem(SparseGraph graph, int dim, double a, double b, double gamma, double initialAlpha,
            double negativeSampleRate, int epochs, long seed, boolean fitting, PowTable powB) {
        Problem(SparseGraph graph, int dim, double a, double b, double gamma, double initialAlpha,
                double negativeSampleRate, int epochs, long seed, boolean fitting) {
            this(graph, dim, a, b, gamma, initialAlpha, negativeSampleRate, epochs, seed, fitting, new PowTable(b));
        }
    }

    private Layout() {
    }

    /** umap-learn's {@code make_epochs_per_sample}: {@code max(w) / w}, or -1 for a zero weight. */
    static double[] epochsPerSample(float[] weights) {
        float max = 0f;
        for (float w : weights) {
            max = Math.max(max, w);
        }
        double[] out = new double[weights.length];
        for (int e = 0; e < weights.length; e++) {
            double samples = weights[e] / (double) max;
            out[e] = samples > 0 ? 1.0 / samples : -1.0;
        }
        return out;
    }

    /**
     * Optimises {@code head} (rows x dim, flat) in place. When fitting, the tail is the head itself
     * (read through the per-epoch snapshot); when placing new points, {@code tail} is the fixed
     * training embedding.
     */
    static void optimize(Problem p, float[] head, float[] tail, Workers workers) {
        SparseGraph g = p.graph();
        Schedule schedule = new Schedule(epochsPerSample(g.values), p.negativeSampleRate());
        int dim = p.dim();
        int stride = EdgeSampler.stride(dim);
        float[] others = p.fitting() ? new float[head.length / dim * stride] : padded(tail, dim, stride);
        for (int epoch = 0; epoch < p.epochs(); epoch++) {
            if (p.fitting()) {
                copyPadded(head, dim, others, stride);
            }
            double alpha = p.initialAlpha() * (1.0 - (double) epoch / p.epochs());
            int ep = epoch;
            workers.forEach(Workers.blocks(g.rows, CHUNK), c -> {
                EdgeSampler sampler = new EdgeSampler(p, schedule, head, others, Seeds.stream(p.seed(), ep, c), alpha);
                for (int v = c * CHUNK; v < Math.min(g.rows, (c + 1) * CHUNK); v++) {
                    sampler.moveVertex(v, ep);
                }
            });
        }
    }

    private static float[] padded(float[] rows, int dim, int stride) {
        if (stride == dim) {
            return rows;
        }
        float[] out = new float[rows.length / dim * stride];
        copyPadded(rows, dim, out, stride);
        return out;
    }

    /** Copies rows of {@code dim} values into rows of {@code stride} values (the extra lanes stay zero). */
    private static void copyPadded(float[] from, int dim, float[] to, int stride) {
        if (stride == dim) {
            System.arraycopy(from, 0, to, 0, from.length);
            return;
        }
        for (int row = 0, rows = from.length / dim; row < rows; row++) {
            System.arraycopy(from, row * dim, to, row * stride, dim);
        }
    }

    /** When each edge is next sampled, and how many negative samples it owes: umap-learn's epoch counters. */
    record Schedule(double[] eps, double[] nextSample, double[] nextNegative, double negativeRate) {
        Schedule(double[] eps, double negativeRate) {
            this(eps, eps.clone(), negativeCounters(eps, negativeRate), negativeRate);
        }

        private static double[] negativeCounters(double[] eps, double negativeRate) {
            double[] next = new double[eps.length];
            for (int e = 0; e < eps.length; e++) {
                next[e] = eps[e] / negativeRate;
            }
            return next;
        }

        boolean due(int e, int epoch) {
            return eps[e] > 0 && nextSample[e] <= epoch;
        }
    }
}
