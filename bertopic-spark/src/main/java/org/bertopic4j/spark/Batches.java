package org.bertopic4j.spark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * A partition's rows processed in batches, lazily: the next batch is read and converted only when the
 * previous one has been consumed, so a partition never has more than one batch in memory. An empty
 * partition gives an empty iterator and never calls the conversion.
 */
final class Batches<I, O> implements Iterator<O> {
    private final Iterator<I> input;
    private final int size;
    private final Function<List<I>, List<O>> convert;
    private Iterator<O> current = Collections.emptyIterator();

    Batches(Iterator<I> input, int size, Function<List<I>, List<O>> convert) {
        this.input = input;
        this.size = size;
        this.convert = convert;
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext() && input.hasNext()) {
            List<I> batch = new ArrayList<>(size);
            while (batch.size() < size && input.hasNext()) {
                batch.add(input.next());
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
