package org.bertopic4j.umap;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.SplittableRandom;

/**
 * A forest of random-projection trees (as pynndescent builds to seed NN-descent): each tree splits
 * the points recursively by a random hyperplane through two random points (angular hyperplanes for
 * cosine, perpendicular bisectors for Euclidean) until a leaf holds at most {@code leafSize} points.
 * Points sharing a leaf are candidate neighbours. Trees are built in parallel, each from its own
 * random stream, so the forest depends only on the seed.
 */
final class RpForest {
    private final int[][] leafOf;
    private final int[][] leafStart;
    private final int[][] members;

    private RpForest(int[][] leafOf, int[][] leafStart, int[][] members) {
        this.leafOf = leafOf;
        this.leafStart = leafStart;
        this.members = members;
    }

    static RpForest build(PointDistance points, boolean angular, int trees, int leafSize, long seed, Workers workers) {
        int[][] leafOf = new int[trees][];
        int[][] leafStart = new int[trees][];
        int[][] members = new int[trees][];
        workers.forEach(trees, t -> {
            Tree tree = buildTree(points, angular, leafSize, Seeds.stream(seed, 0x7265L, t));
            leafOf[t] = tree.leafOf;
            leafStart[t] = tree.leafStart;
            members[t] = tree.order;
        });
        return new RpForest(leafOf, leafStart, members);
    }

    int trees() {
        return leafOf.length;
    }

    /** Start (inclusive) in {@link #members(int)} of the leaf of tree {@code t} holding point {@code v}. */
    int leafFrom(int t, int v) {
        return leafStart[t][leafOf[t][v]];
    }

    /** End (exclusive) in {@link #members(int)} of the leaf of tree {@code t} holding point {@code v}. */
    int leafTo(int t, int v) {
        return leafStart[t][leafOf[t][v] + 1];
    }

    /** The points of tree {@code t}, grouped leaf by leaf. */
    int[] members(int t) {
        return members[t];
    }

    private record Tree(int[] order, int[] leafOf, int[] leafStart) {
    }

    private static Tree buildTree(PointDistance points, boolean angular, int leafSize, SplittableRandom rng) {
        int n = points.size();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        int[] leafOf = new int[n];
        int[] starts = new int[n + 1];
        int leaves = 0;
        Deque<int[]> stack = new ArrayDeque<>();
        stack.push(new int[] {0, n});
        while (!stack.isEmpty()) {
            int[] range = stack.pop();
            int from = range[0];
            int to = range[1];
            if (to - from <= leafSize) {
                for (int p = from; p < to; p++) {
                    leafOf[order[p]] = leaves;
                }
                starts[leaves++] = from;
                continue;
            }
            int mid = split(points, angular, order, from, to, rng);
            stack.push(new int[] {mid, to});
            stack.push(new int[] {from, mid});
        }
        int[] leafStart = new int[leaves + 1];
        System.arraycopy(starts, 0, leafStart, 0, leaves);
        leafStart[leaves] = n;
        return new Tree(order, leafOf, leafStart);
    }

    /** Partitions {@code order[from, to)} by a random hyperplane; returns the start of the right side. */
    private static int split(PointDistance points, boolean angular, int[] order, int from, int to,
            SplittableRandom rng) {
        int size = to - from;
        int a = order[from + rng.nextInt(size)];
        int b = order[from + rng.nextInt(size - 1)];
        if (b == a) {
            b = order[to - 1];
        }
        float[] pa = points.row(a);
        float[] pb = points.row(b);
        float[] normal = new float[pa.length];
        double offset = 0;
        double sa = angular ? norm(pa) : 1;
        double sb = angular ? norm(pb) : 1;
        for (int j = 0; j < normal.length; j++) {
            normal[j] = (float) (pa[j] / sa - pb[j] / sb);
            if (!angular) {
                offset -= normal[j] * (pa[j] + pb[j]) / 2;
            }
        }
        int left = from;
        int right = to;
        while (left < right) {
            double margin = offset + PointDistance.dot(normal, points.row(order[left]));
            boolean goesRight = margin > 0 || (margin == 0 && rng.nextBoolean());
            if (goesRight) {
                right--;
                int tmp = order[left];
                order[left] = order[right];
                order[right] = tmp;
            } else {
                left++;
            }
        }
        if (left == from || left == to) {
            return from + size / 2;
        }
        return left;
    }

    private static double norm(float[] v) {
        double s = Math.sqrt(PointDistance.dot(v, v));
        return s == 0 ? 1 : s;
    }
}
