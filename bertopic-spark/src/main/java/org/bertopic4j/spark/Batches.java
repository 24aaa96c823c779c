package org.bertopic4j.spark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * A partition's rows processed in batches, lazily: the next batch is read and converted only when the
 * previous one has been consumed, so a partition never has more than one batch in memory. A batch ends after
 * {@code size} rows or, with a key function, where the key changes (rows sorted by key then form one batch
 * per key). An empty partition gives an empty iterator and never calls the conversion.
 */
final class Batches<I, O> implements Iterator<O> {
    private final Iterator<I> input;
    private final int size;
    private final Function<I, Object> key;
    private final Function<List<I>, List<O>> convert;
    private Iterator<O> current = Collections.emptyIterator();
    private I pending;

    Batches(Iterator<I> input, int size, Function<List<I>, List<O>> convert) {
        this(input, size, null, convert);
    }

    /** Batches of consecutive rows with equal keys (at most {@code size} rows each). */
    Batches(Iterator<I> input, int size, Function<I, Object> key, Function<List<I>, List<O>> convert) {
        this.input = input;
        this.size = size;
        this.key = key;
        this.convert = convert;
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext() && (pending != null || input.hasNext())) {
            List<I> batch = new ArrayList<>();
            if (pending != null) {
                batch.add(pending);
                pending = null;
            }
            while (batch.size() < size && input.hasNext()) {
                I next = input.next();
                if (key != null && !batch.isEmpty() && !key.apply(next).equals(key.apply(batch.get(0)))) {
                    pending = next;
                    break;
                }
                batch.add(next);
            }
            current = convert.apply(batch).iterator();
        }
        return current.hasNext();
    }

    @Override
    public O next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }
}
