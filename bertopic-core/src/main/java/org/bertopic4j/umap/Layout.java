package org.bertopic4j.umap;

import java.util.SplittableRandom;

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
 * written by exactly one task and read only from the snapshot: no result depends on thread timing.
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
        double[] eps = epochsPerSample(g.values);
        double[] nextSample = eps.clone();
        double[] nextNegative = new double[eps.length];
        for (int e = 0; e < eps.length; e++) {
            nextNegative[e] = eps[e] / p.negativeSampleRate();
        }
        float[] others = p.fitting() ? new float[head.length] : tail;
        int tailRows = others.length / p.dim();
        for (int epoch = 0; epoch < p.epochs(); epoch++) {
            if (p.fitting()) {
                System.arraycopy(head, 0, others, 0, head.length);
            }
            double alpha = p.initialAlpha() * (1.0 - (double) epoch / p.epochs());
            int ep = epoch;
            workers.forEach(Workers.blocks(g.rows, CHUNK), c -> {
                SplittableRandom rng = Seeds.stream(p.seed(), ep, c);
                for (int v = c * CHUNK; v < Math.min(g.rows, (c + 1) * CHUNK); v++) {
                    for (int e = g.rowStart[v]; e < g.rowStart[v + 1]; e++) {
                        if (eps[e] > 0 && nextSample[e] <= ep) {
                            step(p, head, others, tailRows, v, e, ep, alpha, eps, nextSample, nextNegative, rng);
                        }
                    }
                }
            });
        }
    }

    private static void step(Problem p, float[] head, float[] others, int tailRows, int v, int e, int epoch,
            double alpha, double[] eps, double[] nextSample, double[] nextNegative, SplittableRandom rng) {
        int dim = p.dim();
        double a = p.a();
        double b = p.b();
        int current = v * dim;
        int other = p.graph().columns[e] * dim;
        double d2 = squaredDistance(head, current, others, other, dim);
        double coefficient = 0;
        if (d2 > 0) {
            double powered = p.powB().pow(d2);
            coefficient = -2.0 * a * b * (powered / d2) / (a * powered + 1.0);
        }
        double pull = p.fitting() ? 2.0 * alpha : alpha;
        for (int d = 0; d < dim; d++) {
            head[current + d] += (float) (clip(coefficient * (head[current + d] - others[other + d])) * pull);
        }
        nextSample[e] += eps[e];
        double epsNegative = eps[e] / p.negativeSampleRate();
        int negatives = (int) ((epoch - nextNegative[e]) / epsNegative);
        for (int s = 0; s < negatives; s++) {
            int k = rng.nextInt(tailRows);
            if (p.fitting() && k == v) {
                continue;
            }
            int kBase = k * dim;
            double dn = squaredDistance(head, current, others, kBase, dim);
            double repulse = 0;
            if (dn > 0) {
                repulse = 2.0 * p.gamma() * b / ((0.001 + dn) * (a * p.powB().pow(dn) + 1.0));
            }
            for (int d = 0; d < dim; d++) {
                double grad = dn > 0 ? clip(repulse * (head[current + d] - others[kBase + d])) : 4.0;
                head[current + d] += (float) (grad * alpha);
            }
        }
        nextNegative[e] += negatives * epsNegative;
    }

    private static double squaredDistance(float[] x, int xi, float[] y, int yi, int dim) {
        double s = 0;
        for (int d = 0; d < dim; d++) {
            double diff = (double) x[xi + d] - y[yi + d];
            s += diff * diff;
        }
        return s;
    }

    /** Clamps to [-4, 4] (plain comparisons: {@code Math.min/max} cost a third of the layout's time). */
    private static double clip(double value) {
        return value > 4.0 ? 4.0 : value < -4.0 ? -4.0 : value;
    }
}
