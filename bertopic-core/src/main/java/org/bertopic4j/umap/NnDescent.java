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
        workers.forEach(Workers.blocks(n, BLOCK), b -> {
            for (int v = b * BLOCK; v < Math.min(n, (b + 1) * BLOCK); v++) {
                seedFromForest(points, forest, heaps, v, seed);
            }
        });
        int maxCandidates = lowMemory ? Math.max(2 * others, 1) : 60;
        for (int iter = 0; iter < defaultIterations(n); iter++) {
            Candidates candidates = Candidates.sample(heaps, maxCandidates, Seeds.derive(seed, 0x6e6eL, iter), workers);
            long updates = localJoin(points, heaps, candidates, workers);
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

    /** Each point joins the candidate lists it appears in (new with new and old, old with new). */
    private static long localJoin(PointDistance points, NeighborHeaps heaps, Candidates c, Workers workers) {
        int n = heaps.n;
        long[] updates = new long[Workers.blocks(n, BLOCK)];
        workers.forEach(updates.length, b -> {
            long count = 0;
            for (int v = b * BLOCK; v < Math.min(n, (b + 1) * BLOCK); v++) {
                for (int e = c.incomingStart[v]; e < c.incomingStart[v + 1]; e++) {
                    int u = c.incoming[e];
                    boolean vIsNew = c.incomingNew[e];
                    count += joinList(points, heaps, v, c.fresh, u * c.max, c.freshCount[u]);
                    if (vIsNew) {
                        count += joinList(points, heaps, v, c.old, u * c.max, c.oldCount[u]);
                    }
                }
            }
            updates[b] = count;
        });
        return Arrays.stream(updates).sum();
    }

    private static int joinList(PointDistance points, NeighborHeaps heaps, int v, int[] list, int from, int count) {
        int kept = 0;
        for (int p = from; p < from + count; p++) {
            if (offer(points, heaps, v, list[p])) {
                kept++;
            }
        }
        return kept;
    }
}
