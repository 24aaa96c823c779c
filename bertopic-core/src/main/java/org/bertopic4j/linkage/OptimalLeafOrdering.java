package org.bertopic4j.linkage;

/**
 * The optimal leaf ordering of Bar-Joseph, Gifford and Jaakkola (Bioinformatics 2001) as scipy computes it
 * ({@code scipy.cluster._optimal_leaf_ordering}): leaves are first renumbered by their current order so
 * that every cluster is a contiguous range; for each merge, bottom-up, {@code M[u][w]} is the smallest sum
 * of neighbouring-leaf distances of an ordering of the cluster that starts at leaf {@code u} and ends at
 * leaf {@code w}; the best outer pair of the root then decides, node by node, which children to swap.
 * Sums are kept in single precision with scipy's rounding and search order, so equal-cost orderings are
 * resolved as scipy resolves them.
 */
final class OptimalLeafOrdering {
    private static final float LARGE = 1073741824f;

    private OptimalLeafOrdering() {
    }

    static double[][] apply(double[][] z, double[][] distances) {
        int n = z.length + 1;
        int[] leaves = Trees.leaves(z, 2 * n - 2);
        int[] position = new int[n];
        for (int i = 0; i < n; i++) {
            position[leaves[i]] = i;
        }
        int[][] sz = new int[n - 1][2];
        int[][] range = new int[2 * n - 1][2];
        for (int i = 0; i < n; i++) {
            range[i][0] = i;
            range[i][1] = i + 1;
        }
        for (int i = 0; i < n - 1; i++) {
            for (int c = 0; c < 2; c++) {
                int v = (int) z[i][c];
                sz[i][c] = v < n ? position[v] : v;
            }
            range[n + i][0] = range[sz[i][0]][0];
            range[n + i][1] = range[sz[i][1]][1];
        }
        double[][] d = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                d[i][j] = distances[leaves[i]][leaves[j]];
            }
        }
        boolean[] mustSwap = identifySwaps(sz, d, range, n);
        boolean[] swap = finalSwaps(sz, mustSwap, n);
        double[][] out = new double[n - 1][];
        for (int i = 0; i < n - 1; i++) {
            out[i] = z[i].clone();
            if (swap[i]) {
                out[i][0] = z[i][1];
                out[i][1] = z[i][0];
            }
        }
        return out;
    }

    private static boolean[] identifySwaps(int[][] sz, double[][] d, int[][] range, int n) {
        float[][] m = new float[n][n];
        int[][][] status = new int[n][n][2];
        boolean[] mustSwap = new boolean[n - 1];
        for (int[] node : sz) {
            int vl = node[0];
            int vr = node[1];
            int[] uClusters = vl < n ? new int[] {vl} : new int[] {sz[vl - n][0], sz[vl - n][1]};
            int[] mClusters = vl < n ? new int[] {vl} : new int[] {sz[vl - n][1], sz[vl - n][0]};
            int[] wClusters = vr < n ? new int[] {vr} : new int[] {sz[vr - n][1], sz[vr - n][0]};
            int[] kClusters = vr < n ? new int[] {vr} : new int[] {sz[vr - n][0], sz[vr - n][1]};
            for (int swapL = 0; swapL < uClusters.length; swapL++) {
                for (int swapR = 0; swapR < wClusters.length; swapR++) {
                    int[] u = range[uClusters[swapL]];
                    int[] mr = range[mClusters[swapL]];
                    int[] w = range[wClusters[swapR]];
                    int[] k = range[kClusters[swapR]];
                    float minKm = LARGE;
                    for (int a = mr[0]; a < mr[1]; a++) {
                        for (int b = k[0]; b < k[1]; b++) {
                            if (d[a][b] < minKm) {
                                minKm = (float) d[a][b];
                            }
                        }
                    }
                    for (int uu = u[0]; uu < u[1]; uu++) {
                        int[] mIdx = sortedSlice(m, mr[0], mr[1], uu);
                        for (int ww = w[0]; ww < w[1]; ww++) {
                            int[] kIdx = sortedSlice(m, k[0], k[1], ww);
                            float best = LARGE;
                            for (int mm : mIdx) {
                                if (m[uu][mm] + m[ww][kIdx[0]] + minKm >= best) {
                                    break;
                                }
                                for (int kk : kIdx) {
                                    if (m[uu][mm] + m[ww][kk] + minKm >= best) {
                                        break;
                                    }
                                    float current = (float) ((double) (m[uu][mm] + m[ww][kk]) + d[mm][kk]);
                                    if (current < best) {
                                        best = current;
                                    }
                                }
                            }
                            m[uu][ww] = best;
                            m[ww][uu] = best;
                            status[uu][ww][0] = swapL;
                            status[ww][uu][0] = swapL;
                            status[uu][ww][1] = swapR;
                            status[ww][uu][1] = swapR;
                        }
                    }
                }
            }
            float best = LARGE;
            int bestU = 0;
            int bestW = 0;
            for (int uu = range[vl][0]; uu < range[vl][1]; uu++) {
                for (int ww = range[vr][0]; ww < range[vr][1]; ww++) {
                    if (m[uu][ww] < best) {
                        best = m[uu][ww];
                        bestU = uu;
                        bestW = ww;
                    }
                }
            }
            if (vl >= n) {
                mustSwap[vl - n] = status[bestU][bestW][0] == 1;
            }
            if (vr >= n) {
                mustSwap[vr - n] = status[bestU][bestW][1] == 1;
            }
        }
        return mustSwap;
    }

    /** A node is swapped when an odd number of itself and its ancestors must swap (as scipy applies them). */
    private static boolean[] finalSwaps(int[][] sz, boolean[] mustSwap, int n) {
        boolean[][] descendant = new boolean[n - 1][n - 1];
        for (int i = 0; i < n - 1; i++) {
            descendant[i][i] = true;
            for (int c = 0; c < 2; c++) {
                int v = sz[i][c];
                if (v >= n) {
                    for (int j = 0; j < n - 1; j++) {
                        descendant[i][j] |= descendant[v - n][j];
                    }
                }
            }
        }
        boolean[] swap = new boolean[n - 1];
        for (int i = 0; i < n - 1; i++) {
            if (mustSwap[i]) {
                for (int j = 0; j < n - 1; j++) {
                    swap[j] ^= descendant[i][j];
                }
            }
        }
        return swap;
    }

    /** The indices {@code from..to-1} sorted by {@code m[index][column]} with scipy's quicksort. */
    private static int[] sortedSlice(float[][] m, int from, int to, int column) {
        int size = to - from;
        float[] vals = new float[size];
        int[] idx = new int[size];
        for (int i = 0; i < size; i++) {
            vals[i] = m[from + i][column];
            idx[i] = from + i;
        }
        quicksort(vals, idx, 0, size);
        return idx;
    }

    private static void quicksort(float[] v, int[] idx, int off, int size) {
        if (size <= 1) {
            return;
        }
        if (size == 2) {
            if (v[off] > v[off + 1]) {
                swap(v, idx, off, off + 1);
            }
            return;
        }
        if (size == 3) {
            if (v[off] > v[off + 1]) {
                swap(v, idx, off, off + 1);
            }
            if (v[off + 1] > v[off + 2]) {
                swap(v, idx, off + 1, off + 2);
                if (v[off] > v[off + 1]) {
                    swap(v, idx, off, off + 1);
                }
            }
            return;
        }
        int pivot = size / 2;
        int last = off + size - 1;
        if (v[off] > v[last]) {
            swap(v, idx, off, last);
        }
        if (v[last] > v[off + pivot]) {
            swap(v, idx, last, off + pivot);
            if (v[off] > v[last]) {
                swap(v, idx, off, last);
            }
        }
        float pivotValue = v[last];
        int store = 0;
        for (int i = 0; i < size - 1; i++) {
            if (v[off + i] < pivotValue) {
                swap(v, idx, off + i, off + store);
                store++;
            }
        }
        swap(v, idx, off + store, last);
        if (store > 1) {
            quicksort(v, idx, off, store);
        }
        if (store + 2 < size) {
            quicksort(v, idx, off + store + 1, size - store - 1);
        }
    }

    private static void swap(float[] v, int[] idx, int a, int b) {
        float t = v[a];
        v[a] = v[b];
        v[b] = t;
        int i = idx[a];
        idx[a] = idx[b];
        idx[b] = i;
    }
}
