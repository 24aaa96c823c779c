package org.bertopic4j.umap;

import java.util.Arrays;

/**
 * One NN-descent iteration's sampled candidate lists: for every point up to {@code max} "new" and
 * {@code max} "old" neighbours (forward and reverse), chosen by the smallest seeded hash priority
 * (32 bits, ties by position) so the choice does not depend on processing order, plus the
 * transposed lists ("which lists is point v in, and is it new there") that the pull-style local
 * join reads.
 */
final class Candidates {
    /** The hash bits of a sort key; the low 32 bits hold the entry's position (the tie-break). */
    private static final long PRIORITY_MASK = 0xffffffff00000000L;
    final int max;
    final int[] fresh;
    final int[] freshCount;
    final int[] old;
    final int[] oldCount;
    int[] incomingStart;
    int[] incoming;
    boolean[] incomingNew;

    private Candidates(int n, int max) {
        this.max = max;
        this.fresh = new int[n * max];
        this.freshCount = new int[n];
        this.old = new int[n * max];
        this.oldCount = new int[n];
    }

    static Candidates sample(NeighborHeaps heaps, int max, long seed, Workers workers) {
        int n = heaps.n;
        int k = heaps.k;
        int[] reverseStart = new int[n + 1];
        for (int e = 0; e < n * k; e++) {
            if (heaps.indices[e] >= 0) {
                reverseStart[heaps.indices[e] + 1]++;
            }
        }
        for (int i = 0; i < n; i++) {
            reverseStart[i + 1] += reverseStart[i];
        }
        int[] reverse = new int[reverseStart[n]];
        boolean[] reverseNew = new boolean[reverseStart[n]];
        int[] fill = Arrays.copyOf(reverseStart, n);
        for (int e = 0; e < n * k; e++) {
            int j = heaps.indices[e];
            if (j >= 0) {
                reverse[fill[j]] = e / k;
                reverseNew[fill[j]++] = heaps.fresh[e];
            }
        }
        Candidates c = new Candidates(n, max);
        workers.forEach(Workers.blocks(n, 256), b -> {
            for (int u = b * 256; u < Math.min(n, (b + 1) * 256); u++) {
                c.select(heaps, u, reverse, reverseNew, reverseStart[u], reverseStart[u + 1], seed);
            }
        });
        c.transpose(n);
        return c;
    }

    private void select(NeighborHeaps heaps, int u, int[] reverse, boolean[] reverseNew, int from, int to, long seed) {
        int k = heaps.k;
        int total = k + (to - from);
        long[] keys = new long[total];
        int[] nodes = new int[total];
        boolean[] isNew = new boolean[total];
        int m = 0;
        for (int e = u * k; e < u * k + k; e++) {
            if (heaps.indices[e] >= 0) {
                nodes[m] = heaps.indices[e];
                isNew[m++] = heaps.fresh[e];
            }
        }
        for (int e = from; e < to; e++) {
            nodes[m] = reverse[e];
            isNew[m++] = reverseNew[e];
        }
        for (int i = 0; i < m; i++) {
            keys[i] = (Seeds.derive(seed, u, nodes[i]) & PRIORITY_MASK) | i;
        }
        Arrays.sort(keys, 0, m);
        int nf = 0;
        int no = 0;
        for (int r = 0; r < m; r++) {
            int i = (int) keys[r];
            int node = nodes[i];
            if (r > 0 && nodes[(int) keys[r - 1]] == node) {
                continue; // the same point reached forward and in reverse: same priority, adjacent
            }
            int next = r + 1 < m ? (int) keys[r + 1] : -1;
            boolean anyNew = isNew[i] || (next >= 0 && nodes[next] == node && isNew[next]);
            if (anyNew && nf < max) {
                fresh[u * max + nf++] = node;
            } else if (!anyNew && no < max) {
                old[u * max + no++] = node;
            }
        }
        freshCount[u] = nf;
        oldCount[u] = no;
        for (int e = u * k; e < u * k + k; e++) {
            if (heaps.fresh[e] && contains(fresh, u * max, nf, heaps.indices[e])) {
                heaps.fresh[e] = false;
            }
        }
    }

    private static boolean contains(int[] list, int from, int count, int value) {
        for (int p = from; p < from + count; p++) {
            if (list[p] == value) {
                return true;
            }
        }
        return false;
    }

    private void transpose(int n) {
        incomingStart = new int[n + 1];
        for (int u = 0; u < n; u++) {
            for (int p = 0; p < freshCount[u]; p++) {
                incomingStart[fresh[u * max + p] + 1]++;
            }
            for (int p = 0; p < oldCount[u]; p++) {
                incomingStart[old[u * max + p] + 1]++;
            }
        }
        for (int i = 0; i < n; i++) {
            incomingStart[i + 1] += incomingStart[i];
        }
        incoming = new int[incomingStart[n]];
        incomingNew = new boolean[incomingStart[n]];
        int[] fill = Arrays.copyOf(incomingStart, n);
        for (int u = 0; u < n; u++) {
            for (int p = 0; p < freshCount[u]; p++) {
                int v = fresh[u * max + p];
                incoming[fill[v]] = u;
                incomingNew[fill[v]++] = true;
            }
            for (int p = 0; p < oldCount[u]; p++) {
                int v = old[u * max + p];
                incoming[fill[v]++] = u;
            }
        }
    }
}
