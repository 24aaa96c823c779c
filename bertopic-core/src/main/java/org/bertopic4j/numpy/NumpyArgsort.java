package org.bertopic4j.numpy;

/**
 * {@code numpy.argsort(v, kind="quicksort")} as numpy 1.24 computes it: an introsort (median-of-three
 * quicksort, insertion sort below 16 elements, heapsort past a depth of {@code 2 * floor(log2 n)}). It is
 * not stable, so equal keys come out in an order that depends on the algorithm's exact steps; reproducing
 * those steps reproduces upstream's choice among ties (sklearn's {@code max_features} cut-off, BERTopic's
 * top-word order).
 */
public final class NumpyArgsort {
    private static final int SMALL_QUICKSORT = 15;

    private NumpyArgsort() {
    }

    /** The permutation that sorts {@code v} ascending, with numpy's tie order. */
    public static int[] argsort(long[] v) {
        return argsort(v.length, (a, b) -> v[a] < v[b]);
    }

    /** The permutation that sorts {@code v} ascending (NaN last), with numpy's tie order. */
    public static int[] argsort(double[] v) {
        return argsort(v.length, NumpyOrder.of(v));
    }

    /** The permutation that sorts {@code 0..n-1} by {@code less}, with numpy's tie order. */
    public static int[] argsort(int n, NumpyOrder less) {
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        if (n < 2) {
            return idx;
        }
        int[] stack = new int[128];
        int[] depthStack = new int[64];
        int sp = 0;
        int dp = 0;
        int pl = 0;
        int pr = n - 1;
        int depth = 2 * NumpyOrder.msb(n);
        while (true) {
            if (depth < 0) {
                heapsort(less, idx, pl, pr - pl + 1);
            } else {
                while (pr - pl > SMALL_QUICKSORT) {
                    int pm = pl + ((pr - pl) >> 1);
                    if (less.test(idx[pm], idx[pl])) {
                        swap(idx, pm, pl);
                    }
                    if (less.test(idx[pr], idx[pm])) {
                        swap(idx, pr, pm);
                    }
                    if (less.test(idx[pm], idx[pl])) {
                        swap(idx, pm, pl);
                    }
                    int pivot = idx[pm];
                    int pi = pl;
                    int pj = pr - 1;
                    swap(idx, pm, pj);
                    while (true) {
                        do {
                            pi++;
                        } while (less.test(idx[pi], pivot));
                        do {
                            pj--;
                        } while (less.test(pivot, idx[pj]));
                        if (pi >= pj) {
                            break;
                        }
                        swap(idx, pi, pj);
                    }
                    swap(idx, pi, pr - 1);
                    if (pi - pl < pr - pi) {
                        stack[sp++] = pi + 1;
                        stack[sp++] = pr;
                        pr = pi - 1;
                    } else {
                        stack[sp++] = pl;
                        stack[sp++] = pi - 1;
                        pl = pi + 1;
                    }
                    depthStack[dp++] = --depth;
                }
                insertionSort(less, idx, pl, pr);
            }
            if (sp == 0) {
                return idx;
            }
            pr = stack[--sp];
            pl = stack[--sp];
            depth = depthStack[--dp];
        }
    }

    private static void insertionSort(NumpyOrder less, int[] idx, int pl, int pr) {
        for (int pi = pl + 1; pi <= pr; pi++) {
            int vi = idx[pi];
            int pj = pi;
            while (pj > pl && less.test(vi, idx[pj - 1])) {
                idx[pj] = idx[pj - 1];
                pj--;
            }
            idx[pj] = vi;
        }
    }

    /** numpy's {@code aheapsort_} on {@code idx[start .. start + n)} (1-based heap arithmetic). */
    private static void heapsort(NumpyOrder less, int[] idx, int start, int n) {
        int base = start - 1;
        for (int l = n >> 1; l > 0; l--) {
            siftDown(less, idx, base, l, n, idx[base + l]);
        }
        for (int m = n; m > 1; ) {
            int tmp = idx[base + m];
            idx[base + m] = idx[base + 1];
            m--;
            siftDown(less, idx, base, 1, m, tmp);
        }
    }

    private static void siftDown(NumpyOrder less, int[] idx, int base, int i, int n, int tmp) {
        int j = i << 1;
        while (j <= n) {
            if (j < n && less.test(idx[base + j], idx[base + j + 1])) {
                j++;
            }
            if (less.test(tmp, idx[base + j])) {
                idx[base + i] = idx[base + j];
                i = j;
                j += j;
            } else {
                break;
            }
        }
        idx[base + i] = tmp;
    }

    public static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
