package org.bertopic4j.hdbscan;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The single-linkage tree from the minimum spanning tree, in scipy's linkage format as hdbscan's
 * {@code label()} builds it: merge {@code i} creates node {@code n + i} from the current roots of
 * the edge's two ends, at the edge's weight, with the summed size. Edges are merged in ascending
 * weight, ties in the order the spanning tree emitted them (a stable sort).
 */
final class SingleLinkage {
    final int n;
    final int[] left;
    final int[] right;
    final double[] distance;
    final int[] size;

    private SingleLinkage(int n) {
        this.n = n;
        left = new int[n - 1];
        right = new int[n - 1];
        distance = new double[n - 1];
        size = new int[n - 1];
    }

    /** Builds the tree over {@code n} points from the n-1 spanning-tree edges. */
    static SingleLinkage fromMst(int n, int[] from, int[] to, double[] weights) {
        SingleLinkage t = new SingleLinkage(n);
        Integer[] order = IntStream.range(0, n - 1).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(e -> weights[e]));
        int[] parent = new int[2 * n - 1];
        int[] sizes = new int[2 * n - 1];
        Arrays.fill(parent, -1);
        Arrays.fill(sizes, 0, n, 1);
        for (int k = 0; k < n - 1; k++) {
            int e = order[k];
            int a = root(parent, from[e]);
            int b = root(parent, to[e]);
            int node = n + k;
            parent[a] = node;
            parent[b] = node;
            sizes[node] = sizes[a] + sizes[b];
            t.left[k] = a;
            t.right[k] = b;
            t.distance[k] = weights[e];
            t.size[k] = sizes[node];
        }
        return t;
    }

    private static int root(int[] parent, int x) {
        int r = x;
        while (parent[r] >= 0) {
            r = parent[r];
        }
        while (parent[x] >= 0) {
            int next = parent[x];
            parent[x] = r;
            x = next;
        }
        return r;
    }

    /** Size of node {@code node} (a point has size 1). */
    int sizeOf(int node) {
        return node < n ? 1 : size[node - n];
    }
}
