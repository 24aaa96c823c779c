package org.bertopic4j.operations;

import java.util.ArrayList;
import java.util.List;

/**
 * The token sets of one document as BERTopic's {@code approximate_distribution} builds them: a document
 * shorter than the window is one set; otherwise a set of {@code window} tokens starts every {@code stride}
 * tokens (shorter tail sets only with padding), and padding adds {@code ceil(window / stride) - 1} growing
 * prefixes in front.
 */
record TokenSets(List<String> tokens, List<int[]> sets) {

    static TokenSets of(List<String> tokens, int window, int stride, boolean padding) {
        List<int[]> sets = new ArrayList<>();
        int n = tokens.size();
        if (n < window) {
            sets.add(range(0, n));
            return new TokenSets(tokens, sets);
        }
        if (padding) {
            int t = (window + stride - 1) / stride - 1;
            for (int i = 0; i < t; i++) {
                sets.add(range(0, window - (t - i) * stride));
            }
        }
        for (int start = 0; start < n; start += stride) {
            int end = Math.min(n, start + window);
            if (padding || end - start == window) {
                sets.add(range(start, end));
            }
        }
        return new TokenSets(tokens, sets);
    }

    String join(int[] ids, String separator) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < ids.length; i++) {
            if (i > 0) {
                sb.append(separator);
            }
            sb.append(tokens.get(ids[i]));
        }
        return sb.toString();
    }

    private static int[] range(int from, int to) {
        int[] r = new int[Math.max(0, to - from)];
        for (int i = 0; i < r.length; i++) {
            r[i] = from + i;
        }
        return r;
    }
}
