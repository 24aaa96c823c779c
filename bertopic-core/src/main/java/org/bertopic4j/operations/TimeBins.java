package org.bertopic4j.operations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * pandas' {@code cut(timestamps, bins=n)} as BERTopic uses it: {@code n} equal-width bins between the first
 * and last timestamp on the nanosecond axis, closed on the right, the first edge moved left by 0.1% of the
 * range (or 0.1% of the value when all timestamps are equal); each timestamp is replaced by its bin's left edge.
 */
final class TimeBins {
    private TimeBins() {
    }

    static List<Instant> leftEdges(List<Instant> timestamps, int bins) {
        double[] x = new double[timestamps.size()];
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            Instant t = timestamps.get(i);
            x[i] = t.getEpochSecond() * 1e9 + t.getNano();
            min = Math.min(min, x[i]);
            max = Math.max(max, x[i]);
        }
        double[] edges = new double[bins + 1];
        if (min == max) {
            double adj = min != 0 ? 0.001 * Math.abs(min) : 0.001;
            min -= adj;
            max += adj;
            for (int b = 0; b <= bins; b++) {
                edges[b] = min + (max - min) * b / bins;
            }
        } else {
            for (int b = 0; b <= bins; b++) {
                edges[b] = min + (max - min) * b / bins;
            }
            edges[0] -= (max - min) * 0.001;
        }
        List<Instant> out = new ArrayList<>(x.length);
        for (double v : x) {
            int b = 0;
            while (b < bins - 1 && v > edges[b + 1]) {
                b++;
            }
            out.add(toInstant(edges[b]));
        }
        return out;
    }

    private static Instant toInstant(double nanos) {
        long n = Math.round(nanos);
        return Instant.ofEpochSecond(Math.floorDiv(n, 1_000_000_000L), Math.floorMod(n, 1_000_000_000L));
    }
}
