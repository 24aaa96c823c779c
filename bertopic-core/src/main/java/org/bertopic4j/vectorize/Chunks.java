package org.bertopic4j.vectorize;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Splits {@code n} documents into fixed-size ranges processed in parallel (common fork-join pool) and
 * returns the per-range results in range order. Because ranges and their order do not depend on the
 * number of threads, results assembled from them are identical on any number of threads.
 */
final class Chunks {
    /** Documents per range: large enough to amortise scheduling, small enough to balance 100k documents. */
    static final int SIZE = 512;

    /** Work on one range {@code [from, to)} of documents. */
    @FunctionalInterface
    interface RangeWork<T> {
        T apply(int from, int to);
    }

    private Chunks() {
    }

    /** Applies {@code work} to consecutive ranges covering {@code [0, n)} and returns the results in order. */
    static <T> List<T> map(int n, RangeWork<T> work) {
        int count = (n + SIZE - 1) / SIZE;
        IntStream ranges = IntStream.range(0, count);
        if (count > 1) {
            ranges = ranges.parallel();
        }
        return ranges.mapToObj(c -> work.apply(c * SIZE, Math.min(n, (c + 1) * SIZE))).toList();
    }
}
