package org.bertopic4j;

/**
 * Receives progress of long steps (embedding, reduction, clustering). The library prints nothing
 * itself; applications render this, for example as a progress bar.
 */
@FunctionalInterface
public interface ProgressListener {
    /** A listener that ignores everything. */
    ProgressListener NONE = (step, done, total) -> { };

    /**
     * Called as a step advances; {@code done == total} when the step finishes.
     *
     * @param step the step: {@code "embed"}, {@code "reduce"}, {@code "cluster"}, {@code "vectorize"}, {@code "ctfidf"} or {@code "representation"} during a fit
     * @param done units of work done so far
     * @param total units of work in the step
     */
    void progress(String step, long done, long total);
}
