package org.bertopic4j.vectorize;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Splits documents into consecutive ranges processed in parallel (common fork-join pool) and returns the
 * per-range results in range order. A range closes after {@value #MAX_DOCS} documents or
 * {@value #MAX_CHARS} characters, so a few huge documents (BERTopic's one document per topic) still spread
 * over the cores. The ranges depend only on the documents, never on the number of threads, so results
 * assembled from them are identical on any number of threads.
 */
final class Chunks {
    static final int MAX_DOCS = 512;
    static final int MAX_CHARS = 1 << 15;

    /** Work on one range {@code [from, to)} of documents. */
    @FunctionalInterface
    interface RangeWork<T> {
        T apply(int from, int to);
    }

    private Chunks() {
    }

    /** Applies {@code work} to consecutive ranges covering all of {@code documents}; results in order. */
    static <T> List<T> map(List<String> documents, RangeWork<T> work) {
        List<int[]> ranges = new ArrayList<>();
        int from = 0;
        long chars = 0;
        for (int d = 0; d < documents.size(); d++) {
            chars += documents.get(d).length();
            if (d + 1 - from == MAX_DOCS || chars >= MAX_CHARS || d + 1 == documents.size()) {
                ranges.add(new int[] {from, d + 1});
                from = d + 1;
                chars = 0;
            }
        }
        return inParallel(ranges, r -> work.apply(r[0], r[1]));
    }

    /** {@code items} mapped by {@code f} in parallel, results in the order of the items. */
    static <T, R> List<R> inParallel(List<T> items, Function<T, R> f) {
        IntStream indices = IntStream.range(0, items.size());
        if (items.size() > 1) {
            indices = indices.parallel();
        }
        return indices.mapToObj(i -> f.apply(items.get(i))).toList();
    }
}
