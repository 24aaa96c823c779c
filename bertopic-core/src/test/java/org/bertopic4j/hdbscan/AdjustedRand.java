package org.bertopic4j.hdbscan;

import java.util.HashMap;
import java.util.Map;

/** Adjusted Rand index (sklearn's {@code adjusted_rand_score}), for comparing labelings in tests. */
final class AdjustedRand {
    private AdjustedRand() {
    }

    static double score(int[] a, int[] b) {
        Map<Long, Integer> pairs = new HashMap<>();
        Map<Integer, Integer> ca = new HashMap<>();
        Map<Integer, Integer> cb = new HashMap<>();
        for (int i = 0; i < a.length; i++) {
            pairs.merge(((long) a[i] << 32) ^ (b[i] & 0xffffffffL), 1, Integer::sum);
            ca.merge(a[i], 1, Integer::sum);
            cb.merge(b[i], 1, Integer::sum);
        }
        double index = 0;
        for (int v : pairs.values()) {
            index += comb2(v);
        }
        double sa = 0;
        for (int v : ca.values()) {
            sa += comb2(v);
        }
        double sb = 0;
        for (int v : cb.values()) {
            sb += comb2(v);
        }
        double expected = sa * sb / comb2(a.length);
        double max = (sa + sb) / 2;
        return max == expected ? 1.0 : (index - expected) / (max - expected);
    }

    private static double comb2(int v) {
        return v * (v - 1) / 2.0;
    }

    /** For each label of {@code ours}, the label of {@code theirs} it overlaps most (-1 stays -1). */
    static int[] matchLabels(int[] ours, int[] theirs) {
        int k = 0;
        int m = 0;
        for (int i = 0; i < ours.length; i++) {
            k = Math.max(k, ours[i] + 1);
            m = Math.max(m, theirs[i] + 1);
        }
        int[][] overlap = new int[k][m];
        for (int i = 0; i < ours.length; i++) {
            if (ours[i] >= 0 && theirs[i] >= 0) {
                overlap[ours[i]][theirs[i]]++;
            }
        }
        int[] map = new int[k];
        for (int c = 0; c < k; c++) {
            map[c] = -1;
            int best = 0;
            for (int d = 0; d < m; d++) {
                if (overlap[c][d] > best) {
                    best = overlap[c][d];
                    map[c] = d;
                }
            }
        }
        return map;
    }
}
