package org.bertopic4j.examples;

import org.bertopic4j.ProgressListener;

/** Prints each pipeline step with its duration on standard error. */
final class ConsoleProgress implements ProgressListener {
    private long start;

    @Override
    public void progress(String step, long done, long total) {
        if (done == 0) {
            start = System.nanoTime();
        } else if (done == total) {
            System.err.printf("  %-15s %6.2f s%n", step, (System.nanoTime() - start) / 1e9);
        }
    }
}
