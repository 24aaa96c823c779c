package org.bertopic4j.hdbscan;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The exact minimum spanning tree of the mutual-reachability graph
 * {@code mr(i, j) = max(core_i, core_j, dist(i, j) / alpha)} by Boruvka's algorithm over the KD-tree,
 * in O(n) memory. Each round finds, for every component, its lightest outgoing edge under the total
 * order (weight, smaller end, larger end), which keeps the rounds free of cycles when weights tie.
 * Every point searches in parallel for its own lightest edge leaving its component; subtrees lying
 * wholly inside the component, or whose lower bound exceeds the best edge known for the point or its
 * component, are skipped. The component minimum is exact whatever the thread timing, so the tree is
 * identical on any number of threads.
 */
final class BoruvkaMst {
    private final MetricSpace space;
    private final KdTree tree;
    private final double[] core;
    private final double alpha;
    private final int threads;
    private final double[] nodeMinCore;
    private final int[] nodeMinRow;
    private final int[] nodeComponent;
    private final int[] component;
    private final CoreDistances neighbours;

    private BoruvkaMst(MetricSpace space, CoreDistances neighbours, double[] core, double alpha, int threads) {
        this.space = space;
        this.tree = space.tree;
        this.core = core;
        this.neighbours = neighbours;
        this.alpha = alpha;
        this.threads = threads;
        int nodes = tree.nodeCount;
        nodeMinCore = new double[nodes];
        nodeMinRow = new int[nodes];
        nodeComponent = new int[nodes];
        component = new int[space.n];
        for (int node = nodes - 1; node >= 0; node--) {
            double mc = Double.POSITIVE_INFINITY;
            int mr = Integer.MAX_VALUE;
            for (int p = tree.start[node]; p < tree.end[node]; p++) {
                mc = Math.min(mc, core[tree.index[p]]);
                mr = Math.min(mr, tree.index[p]);
            }
            nodeMinCore[node] = mc;
            nodeMinRow[node] = mr;
        }
    }

    /**
     * The n-1 edges of the exact minimum spanning tree, as arrays {from, to} and weights.
     *
     * @return {@code edges[0]} = from rows, {@code edges[1]} = to rows; weights in {@code weightsOut}
     */
    static int[][] compute(MetricSpace space, CoreDistances neighbours, double[] core, double alpha, int threads,
            double[] weightsOut) {
        return new BoruvkaMst(space, neighbours, core, alpha, threads).run(weightsOut);
    }

    private int[][] run(double[] weightsOut) {
        int n = space.n;
        int[] from = new int[n - 1];
        int[] to = new int[n - 1];
        int edges = 0;
        UnionFind uf = new UnionFind(n);
        double[] bestW = new double[n];
        int[] bestJ = new int[n];
        while (edges < n - 1) {
            for (int i = 0; i < n; i++) {
                component[i] = uf.find(i);
            }
            labelNodes();
            AtomicLongArray componentBound = new AtomicLongArray(n);
            for (int i = 0; i < n; i++) {
                componentBound.set(i, Double.doubleToLongBits(Double.POSITIVE_INFINITY));
            }
            Parallel.forEach(threads, n, p -> {
                int q = tree.index[p];
                nearestOutside(q, componentBound, bestW, bestJ);
            });
            int[] chosen = new int[n];
            Arrays.fill(chosen, -1);
            for (int q = 0; q < n; q++) {
                if (bestJ[q] < 0) {
                    continue;
                }
                int c = component[q];
                if (chosen[c] < 0 || lighter(q, bestJ[q], bestW[q], chosen[c], bestJ[chosen[c]], bestW[chosen[c]])) {
                    chosen[c] = q;
                }
            }
            for (int c = 0; c < n; c++) {
                int q = chosen[c];
                if (q < 0) {
                    continue;
                }
                int j = bestJ[q];
                if (uf.find(q) != uf.find(j)) {
                    uf.union(q, j);
                    from[edges] = q;
                    to[edges] = j;
                    weightsOut[edges] = bestW[q];
                    edges++;
                }
            }
        }
        return new int[][] {from, to};
    }

    private static boolean lighter(int q1, int j1, double w1, int q2, int j2, double w2) {
        if (w1 != w2) {
            return w1 < w2;
        }
        int a1 = Math.min(q1, j1);
        int a2 = Math.min(q2, j2);
        if (a1 != a2) {
            return a1 < a2;
        }
        return Math.max(q1, j1) < Math.max(q2, j2);
    }

    private void labelNodes() {
        for (int node = tree.nodeCount - 1; node >= 0; node--) {
            if (tree.isLeaf(node)) {
                int c = component[tree.index[tree.start[node]]];
                for (int p = tree.start[node] + 1; p < tree.end[node] && c >= 0; p++) {
                    if (component[tree.index[p]] != c) {
                        c = -1;
                    }
                }
                nodeComponent[node] = c;
            } else {
                int a = nodeComponent[tree.left[node]];
                nodeComponent[node] = a == nodeComponent[tree.right[node]] ? a : -1;
            }
        }
    }

    /** Per-point search state. */
    private final class Search {
        final int q;
        final int qc;
        final double cq;
        final AtomicLongArray bound;
        double w = Double.POSITIVE_INFINITY;
        int j = -1;

        Search(int q, AtomicLongArray bound) {
            this.q = q;
            this.qc = component[q];
            this.cq = core[q];
            this.bound = bound;
        }

        double componentBound() {
            return Double.longBitsToDouble(bound.get(qc));
        }

        boolean prune(double lb, int minRow) {
            return lb > w || (lb == w && minRow > j) || lb > componentBound();
        }

        void offer(double weight, int row) {
            if (weight < w || (weight == w && row < j)) {
                w = weight;
                j = row;
                long bits = Double.doubleToLongBits(weight);
                long old;
                while (bits < (old = bound.get(qc)) && !bound.compareAndSet(qc, old, bits)) {
                    Thread.onSpinWait();
                }
            }
        }
    }

    private void nearestOutside(int q, AtomicLongArray bound, double[] bestW, int[] bestJ) {
        Search s = new Search(q, bound);
        if (s.cq <= s.componentBound() && !seedFromNeighbours(s)) {
            visit(0, tree.minRdist(0, space.coords, q * space.d), s);
        }
        bestW[q] = s.w;
        bestJ[q] = s.j;
    }

    /**
     * Offers the point's nearest neighbours outside its component, a tight first bound, and says
     * whether that already settles the search: when the list holds every point, or when the best
     * weight is the point's own core distance (no edge can weigh less) and every point beyond the
     * list is farther than that, so that nothing outside the list can weigh less or tie.
     */
    private boolean seedFromNeighbours(Search s) {
        int k = neighbours.k;
        for (int m = 0; m < k; m++) {
            int j = neighbours.rows[s.q * k + m];
            if (component[j] != s.qc) {
                double dist = neighbours.distances[s.q * k + m] / alpha;
                s.offer(Math.max(s.cq, Math.max(core[j], dist)), j);
            }
        }
        return k == space.n || s.w == s.cq && neighbours.distances[s.q * k + k - 1] / alpha > s.cq;
    }

    /** Visits {@code node}, whose reduced box distance to the query the caller has computed. */
    private void visit(int node, double boxRdist, Search s) {
        if (nodeComponent[node] == s.qc) {
            return;
        }
        double lowerBound = Math.max(s.cq, Math.max(nodeMinCore[node], space.distance(boxRdist) / alpha));
        if (s.prune(lowerBound, nodeMinRow[node])) {
            return;
        }
        int qo = s.q * space.d;
        if (tree.isLeaf(node)) {
            for (int p = tree.start[node]; p < tree.end[node]; p++) {
                int i = tree.index[p];
                if (component[i] == s.qc || core[i] > s.w) {
                    continue;
                }
                double dist = space.distance(tree.rdist(space.coords, qo, i)) / alpha;
                s.offer(Math.max(s.cq, Math.max(core[i], dist)), i);
            }
            return;
        }
        int a = tree.left[node];
        int b = tree.right[node];
        double ra = tree.minRdist(a, space.coords, qo);
        double rb = tree.minRdist(b, space.coords, qo);
        if (rb < ra) {
            visit(b, rb, s);
            visit(a, ra, s);
        } else {
            visit(a, ra, s);
            visit(b, rb, s);
        }
    }
}
