package org.bertopic4j.hdbscan;

/**
 * A KD-tree over the rows of a flat n x d coordinate array, for exact k-nearest-neighbour queries
 * and the lower bounds Boruvka's search prunes with. Distances inside the tree are "reduced":
 * squared Euclidean (L2) or plain Manhattan (L1); {@link MetricSpace} turns them into reported
 * distances. Nodes are stored in preorder (a child's id is larger than its parent's); every node
 * holds the slice {@code [start, end)} of the permutation {@link #index} and its bounding box.
 * Immutable after construction and safe for concurrent queries.
 */
final class KdTree {
    static final int LEAF_SIZE = 16;

    final int n;
    final int d;
    final double[] coords;
    final boolean manhattan;
    final int[] index;
    final int[] start;
    final int[] end;
    final int[] left;
    final int[] right;
    final double[] lo;
    final double[] hi;
    final int nodeCount;

    /** Builds the tree over {@code coords} (row-major n x d, not copied, not modified). */
    KdTree(double[] coords, int n, int d, boolean manhattan) {
        this.coords = coords;
        this.n = n;
        this.d = d;
        this.manhattan = manhattan;
        this.index = new int[n];
        for (int i = 0; i < n; i++) {
            index[i] = i;
        }
        int maxNodes = 4 * (n / LEAF_SIZE + 1) + 1;
        start = new int[maxNodes];
        end = new int[maxNodes];
        left = new int[maxNodes];
        right = new int[maxNodes];
        lo = new double[maxNodes * d];
        hi = new double[maxNodes * d];
        int[] counter = {0};
        build(0, n, counter);
        nodeCount = counter[0];
    }

    private int build(int from, int to, int[] counter) {
        int node = counter[0]++;
        start[node] = from;
        end[node] = to;
        int best = 0;
        double bestSpread = -1;
        for (int j = 0; j < d; j++) {
            double mn = Double.POSITIVE_INFINITY;
            double mx = Double.NEGATIVE_INFINITY;
            for (int p = from; p < to; p++) {
                double v = coords[index[p] * d + j];
                mn = Math.min(mn, v);
                mx = Math.max(mx, v);
            }
            lo[node * d + j] = mn;
            hi[node * d + j] = mx;
            if (mx - mn > bestSpread) {
                bestSpread = mx - mn;
                best = j;
            }
        }
        if (to - from <= LEAF_SIZE || bestSpread <= 0) {
            left[node] = -1;
            right[node] = -1;
            return node;
        }
        int mid = (from + to) >>> 1;
        select(from, to - 1, mid, best);
        left[node] = build(from, mid, counter);
        right[node] = build(mid, to, counter);
        return node;
    }

    /** Quickselect on {@link #index}: puts the k-th smallest by (coordinate, row) at position k. */
    private void select(int lowPos, int highPos, int k, int dim) {
        int l = lowPos;
        int h = highPos;
        while (h > l) {
            int pivot = index[(l + h) >>> 1];
            double pv = coords[pivot * d + dim];
            int i = l;
            int j = h;
            while (i <= j) {
                while (less(index[i], pivot, pv, dim)) {
                    i++;
                }
                while (less(pivot, pv, index[j], dim)) {
                    j--;
                }
                if (i <= j) {
                    int t = index[i];
                    index[i] = index[j];
                    index[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                h = j;
            } else if (k >= i) {
                l = i;
            } else {
                return;
            }
        }
    }

    private boolean less(int a, int pivot, double pv, int dim) {
        double va = coords[a * d + dim];
        return va < pv || (va == pv && a < pivot);
    }

    private boolean less(int pivot, double pv, int b, int dim) {
        double vb = coords[b * d + dim];
        return pv < vb || (pv == vb && pivot < b);
    }

    boolean isLeaf(int node) {
        return left[node] < 0;
    }

    /** Reduced distance between query {@code q} (offset {@code qo}) and row {@code i}. */
    double rdist(double[] q, int qo, int i) {
        int o = i * d;
        double s = 0;
        if (manhattan) {
            for (int j = 0; j < d; j++) {
                s += Math.abs(q[qo + j] - coords[o + j]);
            }
        } else {
            for (int j = 0; j < d; j++) {
                double t = q[qo + j] - coords[o + j];
                s += t * t;
            }
        }
        return s;
    }

    /** Reduced lower bound of the distance from {@code q} to any point in {@code node}'s box. */
    double minRdist(int node, double[] q, int qo) {
        int o = node * d;
        double s = 0;
        for (int j = 0; j < d; j++) {
            double v = q[qo + j];
            double gap = v < lo[o + j] ? lo[o + j] - v : (v > hi[o + j] ? v - hi[o + j] : 0);
            s += manhattan ? gap : gap * gap;
        }
        return s;
    }

    /**
     * The {@code k} nearest rows to {@code q}, sorted by (reduced distance, row), into
     * {@code outRow} and {@code outRdist}.
     */
    void knn(double[] q, int qo, int k, int[] outRow, double[] outRdist) {
        Heap heap = new Heap(k);
        search(0, minRdist(0, q, qo), q, qo, heap);
        heap.sortInto(outRow, outRdist);
    }

    /** Visits {@code node}, whose reduced lower bound {@code bound} the caller has computed. */
    private void search(int node, double bound, double[] q, int qo, Heap heap) {
        if (heap.full() && bound > heap.worstDist()) {
            return;
        }
        if (isLeaf(node)) {
            for (int p = start[node]; p < end[node]; p++) {
                int i = index[p];
                heap.offer(rdist(q, qo, i), i);
            }
            return;
        }
        int a = left[node];
        int b = right[node];
        double la = minRdist(a, q, qo);
        double lb = minRdist(b, q, qo);
        if (lb < la) {
            search(b, lb, q, qo, heap);
            search(a, la, q, qo, heap);
        } else {
            search(a, la, q, qo, heap);
            search(b, lb, q, qo, heap);
        }
    }

    /** A bounded max-heap of (distance, row) keeping the k smallest pairs. */
    private static final class Heap {
        private final double[] dist;
        private final int[] row;
        private int size;

        Heap(int k) {
            dist = new double[k];
            row = new int[k];
        }

        boolean full() {
            return size == dist.length;
        }

        double worstDist() {
            return dist[0];
        }

        private boolean greater(int a, int b) {
            return dist[a] > dist[b] || (dist[a] == dist[b] && row[a] > row[b]);
        }

        void offer(double dd, int r) {
            if (size < dist.length) {
                dist[size] = dd;
                row[size] = r;
                int c = size++;
                while (c > 0) {
                    int p = (c - 1) / 2;
                    if (!greater(c, p)) {
                        break;
                    }
                    swap(c, p);
                    c = p;
                }
                return;
            }
            if (dd > dist[0] || (dd == dist[0] && r > row[0])) {
                return;
            }
            dist[0] = dd;
            row[0] = r;
            siftDown();
        }

        private void siftDown() {
            int p = 0;
            while (true) {
                int l = 2 * p + 1;
                int rr = l + 1;
                int m = p;
                if (l < size && greater(l, m)) {
                    m = l;
                }
                if (rr < size && greater(rr, m)) {
                    m = rr;
                }
                if (m == p) {
                    return;
                }
                swap(p, m);
                p = m;
            }
        }

        private void swap(int a, int b) {
            double td = dist[a];
            dist[a] = dist[b];
            dist[b] = td;
            int tr = row[a];
            row[a] = row[b];
            row[b] = tr;
        }

        void sortInto(int[] outRow, double[] outDist) {
            for (int last = size - 1; last >= 0; last--) {
                outRow[last] = row[0];
                outDist[last] = dist[0];
                swap(0, last);
                size = last;
                siftDown();
            }
        }
    }
}
