package org.bertopic4j.linkage;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Walks and cuts a linkage matrix: leaf order and scikit-learn's flat labels. */
final class Trees {
    private Trees() {
    }

    /** The leaves below {@code node}, left to right (pre-order, left child first). */
    static int[] leaves(double[][] z, int node) {
        int n = z.length + 1;
        List<Integer> out = new ArrayList<>();
        Deque<Integer> stack = new ArrayDeque<>();
        stack.push(node);
        while (!stack.isEmpty()) {
            int v = stack.pop();
            if (v < n) {
                out.add(v);
            } else {
                stack.push((int) z[v - n][1]);
                stack.push((int) z[v - n][0]);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * scikit-learn's {@code _hc_cut}: starting from the root, repeatedly replaces the most recent merge in a
     * heap by its two children; the position of a node in the heap's array is its cluster label.
     */
    static int[] cut(double[][] z, int clusters) {
        int n = z.length + 1;
        List<Integer> heap = new ArrayList<>();
        heap.add(-(int) (Math.max(z[n - 2][0], z[n - 2][1]) + 1));
        for (int c = 1; c < clusters; c++) {
            double[] children = z[-heap.get(0) - n];
            PyHeap.push(heap, -(int) children[0]);
            PyHeap.pushPop(heap, -(int) children[1]);
        }
        int[] labels = new int[n];
        for (int i = 0; i < heap.size(); i++) {
            for (int leaf : leaves(z, -heap.get(i))) {
                labels[leaf] = i;
            }
        }
        return labels;
    }
}
