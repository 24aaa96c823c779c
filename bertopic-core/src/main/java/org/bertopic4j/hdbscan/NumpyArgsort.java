package org.bertopic4j.hdbscan;

/**
 * NumPy 1.24's default {@code np.argsort} for float64 (introsort: median-of-three quicksort,
 * insertion sort for partitions of at most 16 elements, heapsort past the depth limit). It is not stable; hdbscan's
 * generic algorithm orders tied spanning-tree edges with it, so reproducing that order is what
 * reproduces hdbscan's trees when mutual-reachability weights tie.
 */
final class NumpyArgsort {
    private static final int SMALL_QUICKSORT = 15;

    private NumpyArgsort() {
    }

    /** The permutation that sorts {@code v} ascending, as NumPy computes it. */
    static int[] argsort(double[] v) {
        int num = v.length;
        int[] t = new int[num];
        for (int i = 0; i < num; i++) {
            t[i] = i;
        }
        if (num < 2) {
            return t;
        }
        int[] stack = new int[256];
        int[] depthStack = new int[128];
        int sp = 0;
        int dp = 0;
        int pl = 0;
        int pr = num - 1;
        int cdepth = (31 - Integer.numberOfLeadingZeros(num)) * 2;
        while (true) {
            if (cdepth < 0) {
                heapsort(v, t, pl, pr - pl + 1);
            } else {
                while (pr - pl > SMALL_QUICKSORT) {
                    int pm = pl + ((pr - pl) >> 1);
                    if (v[t[pm]] < v[t[pl]]) {
                        swap(t, pm, pl);
                    }
                    if (v[t[pr]] < v[t[pm]]) {
                        swap(t, pr, pm);
                    }
                    if (v[t[pm]] < v[t[pl]]) {
                        swap(t, pm, pl);
                    }
                    double vp = v[t[pm]];
                    int pi = pl;
                    int pj = pr - 1;
                    swap(t, pm, pj);
                    while (true) {
                        do {
                            ++pi;
                        } while (v[t[pi]] < vp);
                        do {
                            --pj;
                        } while (vp < v[t[pj]]);
                        if (pi >= pj) {
                            break;
                        }
                        swap(t, pi, pj);
                    }
                    swap(t, pi, pr - 1);
                    if (pi - pl < pr - pi) {
                        stack[sp++] = pi + 1;
                        stack[sp++] = pr;
                        pr = pi - 1;
                    } else {
                        stack[sp++] = pl;
                        stack[sp++] = pi - 1;
                        pl = pi + 1;
                    }
                    depthStack[dp++] = --cdepth;
                }
                for (int pi = pl + 1; pi <= pr; ++pi) {
                    int vi = t[pi];
                    double vp = v[vi];
                    int pj = pi;
                    while (pj > pl && vp < v[t[pj - 1]]) {
                        t[pj] = t[pj - 1];
                        pj--;
                    }
                    t[pj] = vi;
                }
            }
            if (sp == 0) {
                return t;
            }
            pr = stack[--sp];
            pl = stack[--sp];
            cdepth = depthStack[--dp];
        }
    }

    /** NumPy's {@code aheapsort} on {@code t[from .. from+n)} (1-based heap). */
    private static void heapsort(double[] v, int[] t, int from, int n) {
        int base = from - 1;
        for (int l = n >> 1; l > 0; --l) {
            sift(v, t, base, l, n, t[base + l]);
        }
        for (int nn = n; nn > 1;) {
            int tmp = t[base + nn];
            t[base + nn] = t[base + 1];
            nn -= 1;
            sift(v, t, base, 1, nn, tmp);
        }
    }

    private static void sift(double[] v, int[] t, int base, int start, int n, int tmp) {
        int i = start;
        int j = start * 2;
        while (j <= n) {
            if (j < n && v[t[base + j]] < v[t[base + j + 1]]) {
                j += 1;
            }
            if (v[tmp] < v[t[base + j]]) {
                t[base + i] = t[base + j];
                i = j;
                j += j;
            } else {
                break;
            }
        }
        t[base + i] = tmp;
    }

    private static void swap(int[] t, int a, int b) {
        int x = t[a];
        t[a] = t[b];
        t[b] = x;
    }
}
