package org.bertopic4j.umap;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Approximate k-nearest neighbours by NN-descent (Dong et al. 2011, as pynndescent runs it for
 * umap-learn on large inputs), seeded from a random-projection forest. Written "pull" style so it
 * is deterministic in parallel: each iteration first samples every point's new and old candidate
 * lists (by seeded hash priorities), then each point updates only its own heap from the local
 * joins it takes part in. No heap is ever written by two threads.
 */
final class NnDescent {
    private static final int BLOCK = 256;
    private static final int JOIN_BLOCK = 1024;
    private static final int ROUND = 16 * JOIN_BLOCK;
    private static final int APPLY_PARTS = 16;
    private static final double DELTA = 0.001;

    private NnDescent() {
    }

    /** Number of trees umap-learn asks pynndescent for. */
    static int defaultTrees(int n) {
        return Math.min(64, 5 + (int) Math.round(Math.sqrt(n) / 20.0));
    }

    /** Number of NN-descent iterations umap-learn asks pynndescent for. */
    static int defaultIterations(int n) {
        return Math.max(5, (int) Math.round(Math.log(n) / Math.log(2)));
    }

    /** The approximate k nearest neighbours of every point, itself included at column 0. */
    static KnnGraph run(PointDistance points, boolean angular, int k, boolean lowMemory, long seed,
            Workers workers) {
        int n = points.size();
        int others = k - 1;
        NeighborHeaps heaps = new NeighborHeaps(n, others);
        RpForest forest = RpForest.build(points, angular, defaultTrees(n), Math.max(10, k), seed, workers);
        int[] order = forest.members(0);
        int[] rank = new int[n];
        for (int p = 0; p < n; p++) {
            rank[order[p]] = p;
        }
        workers.forEach(Workers.blocks(n, BLOCK), b -> {
            for (int p = b * BLOCK; p < Math.min(n, (b + 1) * BLOCK); p++) {
                seedFromForest(points, forest, heaps, order[p], seed);
            }
        });
        int maxCandidates = lowMemory ? Math.max(2 * others, 1) : 60;
        for (int iter = 0; iter < defaultIterations(n); iter++) {
            Candidates candidates = Candidates.sample(heaps, maxCandidates, Seeds.derive(seed, 0x6e6eL, iter), workers);
            long updates = localJoin(points, heaps, candidates, order, rank, workers);
            if (updates <= DELTA * n * others) {
                break;
            }
        }
        int[] indices = new int[n * k];
        float[] distances = new float[n * k];
        for (int v = 0; v < n; v++) {
            indices[v * k] = v;
            heaps.sortedRow(v, indices, distances, v * k + 1);
        }
        return new KnnGraph(n, k, indices, distances);
    }

    private static void seedFromForest(PointDistance points, RpForest forest, NeighborHeaps heaps, int v, long seed) {
        for (int t = 0; t < forest.trees(); t++) {
            int[] members = forest.members(t);
            for (int p = forest.leafFrom(t, v); p < forest.leafTo(t, v); p++) {
                offer(points, heaps, v, members[p]);
            }
        }
        int n = points.size();
        SplittableRandom rng = Seeds.stream(seed, 0x66696c6cL, v);
        for (int tries = 0; heaps.filled(v) < heaps.k && tries < 8 * heaps.k; tries++) {
            offer(points, heaps, v, rng.nextInt(n));
        }
    }

    private static boolean offer(PointDistance points, NeighborHeaps heaps, int v, int u) {
        if (u == v || heaps.contains(v, u)) {
            return false;
        }
        return heaps.push(v, points.between(v, u), u, true);
    }

    /**
     * The local join, in fixed rounds of points taken in the first tree's leaf order, so that points
     * handled one after another are near each other and share much of their candidates (the rows they
     * read stay in cache). Generation (parallel, read-only): each point v measures, once per iteration,
     * every w later than v in that order that shares a candidate list with it (at least one of them new
     * there) and keeps the pair if it could enter either heap. Application (parallel over fixed ranges of
     * target points): every kept pair is offered to both heaps in generation order. Each unordered pair
     * is measured once and no heap is written by two threads.
     */
    private static long localJoin(PointDistance points, NeighborHeaps heaps, Candidates c, int[] order, int[] rank,
            Workers workers) {
        int n = heaps.n;
        long updates = 0;
        for (int round = 0; round < n; round += ROUND) {
            int roundEnd = Math.min(n, round + ROUND);
            int firstBlock = round / JOIN_BLOCK;
            PairBuffer[] buffers = new PairBuffer[Workers.blocks(roundEnd - round, JOIN_BLOCK)];
            workers.forEach(buffers.length, b -> {
                int from = (firstBlock + b) * JOIN_BLOCK;
                buffers[b] = generate(points, heaps, c, order, rank, from, Math.min(roundEnd, from + JOIN_BLOCK));
            });
            long[] kept = new long[APPLY_PARTS];
            workers.forEach(APPLY_PARTS, part -> {
                int lo = (int) ((long) n * part / APPLY_PARTS);
                int hi = (int) ((long) n * (part + 1) / APPLY_PARTS);
                long count = 0;
                for (PairBuffer buffer : buffers) {
                    count += buffer.applyTo(heaps, lo, hi);
                }
                kept[part] = count;
            });
            updates += Arrays.stream(kept).sum();
        }
        return updates;
    }

    private static PairBuffer generate(PointDistance points, NeighborHeaps heaps, Candidates c, int[] order,
            int[] rank, int from, int to) {
        PairBuffer out = new PairBuffer();
        int[] seenBy = new int[heaps.n];
        for (int p = from; p < to; p++) {
            int v = order[p];
            seenBy[v] = v + 1;
            for (int e = c.incomingStart[v]; e < c.incomingStart[v + 1]; e++) {
                int u = c.incoming[e];
                generate(points, heaps, v, c.fresh, u * c.max, c.freshCount[u], rank, seenBy, out);
                if (c.incomingNew[e]) {
                    generate(points, heaps, v, c.old, u * c.max, c.oldCount[u], rank, seenBy, out);
                }
            }
        }
        return out;
    }

    private static void generate(PointDistance points, NeighborHeaps heaps, int v, int[] list, int from, int count,
            int[] rank, int[] seenBy, PairBuffer out) {
        for (int p = from; p < from + count; p++) {
            int w = list[p];
            if (rank[w] < rank[v] || seenBy[w] == v + 1) {
                continue;
            }
            seenBy[w] = v + 1;
            if (heaps.contains(v, w)) {
                continue;
            }
            double d = points.between(v, w);
            if (d < heaps.threshold(v) || d < heaps.threshold(w)) {
                out.add(v, w, d);
            }
        }
    }

    /** Candidate pairs (a, b, distance) kept by one generation block, in generation order. */
    private static final class PairBuffer {
        private int[] a = new int[1024];
        private int[] b = new int[1024];
        private double[] d = new double[1024];
        private int size;

        void add(int x, int y, double distance) {
            if (size == a.length) {
                a = Arrays.copyOf(a, size * 2);
                b = Arrays.copyOf(b, size * 2);
                d = Arrays.copyOf(d, size * 2);
            }
            a[size] = x;
            b[size] = y;
            d[size++] = distance;
        }

        /** Offers each pair to the heaps of its ends that lie in [lo, hi); returns the pushes kept. */
        long applyTo(NeighborHeaps heaps, int lo, int hi) {
            long kept = 0;
            for (int i = 0; i < size; i++) {
                kept += offer(heaps, a[i], b[i], d[i], lo, hi) + offer(heaps, b[i], a[i], d[i], lo, hi);
            }
            return kept;
        }

        private static int offer(NeighborHeaps heaps, int row, int other, double distance, int lo, int hi) {
            return row >= lo && row < hi && heaps.accepts(row, distance, other) && !heaps.contains(row, other)
                    && heaps.push(row, distance, other, true) ? 1 : 0;
        }
    }
}
