package org.bertopic4j.umap;

import java.util.SplittableRandom;

/**
 * One task's share of a layout epoch: moves the vertices of its chunk along their due edges
 * ({@link Layout}). The moving point is held in a local buffer while its edges are sampled and
 * written back once.
 *
 * <p>The negative samples of one edge sample are all measured from the point's position before
 * them and applied together. Their draws and distances then do not wait on each other, so the
 * processor overlaps them (umap-learn applies each repulsion before measuring the next; the
 * difference is the order of summation inside one step). For up to {@value #LANES} components (BERTopic's
 * default is 5) the other points are stored padded to {@value #LANES} values per row and the
 * repulsions are computed in local variables, which the JIT keeps in registers: on 10,000 MiniLM
 * embeddings in 5 components the layout took 0.67-0.85x the CPU time of the same arithmetic on arrays.
 * Wider embeddings take the array path.
 */
final class EdgeSampler {
    /** The widest embedding the register kernel handles; rows of narrower ones are padded to it. */
    static final int LANES = 5;

    private final Layout.Problem p;
    private final Layout.Schedule s;
    private final float[] head;
    private final float[] others;
    private final SplittableRandom rng;
    private final double alpha;
    private final double pull;
    private final double repulsion;
    private final int dim;
    private final int stride;
    private final int tailRows;
    private final double[] current;
    private int[] targets = new int[0];
    private double[] scale = new double[0];

    /**
     * @param head the points being moved, {@code dim} values per row
     * @param others the points they are measured against, {@link #stride(int)} values per row
     */
    EdgeSampler(Layout.Problem p, Layout.Schedule s, float[] head, float[] others, SplittableRandom rng,
            double alpha) {
        this.p = p;
        this.s = s;
        this.head = head;
        this.others = others;
        this.rng = rng;
        this.alpha = alpha;
        this.pull = p.fitting() ? 2.0 * alpha : alpha;
        this.repulsion = 2.0 * p.gamma() * p.b();
        this.dim = p.dim();
        this.stride = stride(dim);
        this.tailRows = others.length / stride;
        this.current = new double[stride];
    }

    /** The row length of the other points for an embedding of {@code dim} components. */
    static int stride(int dim) {
        return dim <= LANES ? LANES : dim;
    }

    /** Samples every edge of {@code v} that is due in this epoch. */
    void moveVertex(int v, int epoch) {
        SparseGraph g = p.graph();
        int base = v * dim;
        boolean loaded = false;
        for (int e = g.rowStart[v]; e < g.rowStart[v + 1]; e++) {
            if (s.due(e, epoch)) {
                if (!loaded) {
                    for (int d = 0; d < dim; d++) {
                        current[d] = head[base + d];
                    }
                    loaded = true;
                }
                sampleEdge(v, e, epoch);
            }
        }
        if (loaded) {
            for (int d = 0; d < dim; d++) {
                head[base + d] = (float) current[d];
            }
        }
    }

    private void sampleEdge(int v, int e, int epoch) {
        double a = p.a();
        double b = p.b();
        int other = p.graph().columns[e] * stride;
        double d2 = distanceTo(other);
        if (d2 > 0) {
            double powered = p.powB().pow(d2);
            move(other, -2.0 * a * b * (powered / d2) / (a * powered + 1.0), d2, pull);
        }
        double[] eps = s.eps();
        s.nextSample()[e] += eps[e];
        double epsNegative = eps[e] / s.negativeRate();
        int negatives = (int) ((epoch - s.nextNegative()[e]) / epsNegative);
        s.nextNegative()[e] += negatives * epsNegative;
        if (stride != LANES) {
            repel(drawTargets(v, negatives));
            return;
        }
        // the register kernel (see the class comment), kept in this method: split out, it ran slower
        double rep = repulsion;
        double p0 = 0, p1 = 0, p2 = 0, p3 = 0, p4 = 0;
        double c0 = current[0], c1 = current[1], c2 = current[2], c3 = current[3], c4 = current[4];
        int coincident = 0;
        for (int n = 0; n < negatives; n++) {
            int k = Seeds.below(rng, tailRows);
            if (p.fitting() && k == v) {
                continue;
            }
            int t = k * LANES;
            double x0 = c0 - others[t], x1 = c1 - others[t + 1], x2 = c2 - others[t + 2];
            double x3 = c3 - others[t + 3], x4 = c4 - others[t + 4];
            double dn = (x0 * x0 + x1 * x1) + (x2 * x2 + x3 * x3) + x4 * x4;
            if (dn > 0) {
                double r = rep / ((0.001 + dn) * (a * p.powB().pow(dn) + 1.0));
                p0 += clip(r * x0);
                p1 += clip(r * x1);
                p2 += clip(r * x2);
                p3 += clip(r * x3);
                p4 += clip(r * x4);
            } else {
                coincident++;
            }
        }
        current[0] = c0 + p0 * alpha;
        current[1] = c1 + p1 * alpha;
        current[2] = c2 + p2 * alpha;
        current[3] = c3 + p3 * alpha;
        current[4] = c4 + p4 * alpha;
        pushCoincident(coincident);
    }

    /**
     * Moves the current point by {@code rate * clip(coefficient * (current - other))}. No component
     * of {@code coefficient * (current - other)} exceeds {@code |coefficient| * distance}, so when
     * that bound is at most 4 the clip cannot bite and is skipped.
     */
    private void move(int otherBase, double coefficient, double squaredDistance, double rate) {
        if (coefficient * coefficient * squaredDistance <= 16.0) {
            for (int d = 0; d < dim; d++) {
                current[d] += coefficient * (current[d] - others[otherBase + d]) * rate;
            }
        } else {
            for (int d = 0; d < dim; d++) {
                current[d] += clip(coefficient * (current[d] - others[otherBase + d])) * rate;
            }
        }
    }

    private double distanceTo(int otherBase) {
        double sum = 0;
        for (int d = 0; d < dim; d++) {
            double diff = current[d] - others[otherBase + d];
            sum += diff * diff;
        }
        return sum;
    }

    /** Draws the negative samples' rows (times the stride), skipping the point itself when fitting. */
    private int drawTargets(int v, int negatives) {
        if (negatives > targets.length) {
            targets = new int[negatives];
            scale = new double[negatives];
        }
        int count = 0;
        for (int n = 0; n < negatives; n++) {
            int k = Seeds.below(rng, tailRows);
            if (!p.fitting() || k != v) {
                targets[count++] = k * stride;
            }
        }
        return count;
    }

    /** The repulsive coefficient at squared distance {@code d2 > 0}. */
    private double repulsive(double d2) {
        return repulsion / ((0.001 + d2) * (p.a() * p.powB().pow(d2) + 1.0));
    }

    /** Repulsions for wider embeddings, one component at a time. */
    private void repel(int count) {
        int coincident = 0;
        for (int j = 0; j < count; j++) {
            double d2 = 0;
            for (int d = 0; d < dim; d++) {
                double diff = current[d] - others[targets[j] + d];
                d2 += diff * diff;
            }
            scale[j] = d2 > 0 ? repulsive(d2) : 0.0;
            coincident += d2 > 0 ? 0 : 1;
        }
        for (int d = 0; d < dim; d++) {
            double c = current[d];
            double push = 0;
            for (int j = 0; j < count; j++) {
                push += clip(scale[j] * (c - others[targets[j] + d]));
            }
            current[d] = c + push * alpha;
        }
        pushCoincident(coincident);
    }

    /** umap-learn's gradient for a sample at distance 0: 4 in every component (the padding lanes stay 0). */
    private void pushCoincident(int coincident) {
        if (coincident > 0) {
            for (int d = 0; d < dim; d++) {
                current[d] += 4.0 * coincident * alpha;
            }
        }
    }

    /** Clamps to [-4, 4] (plain comparisons: {@code Math.min/max} cost a third of the layout's time). */
    private static double clip(double value) {
        return value > 4.0 ? 4.0 : value < -4.0 ? -4.0 : value;
    }
}
