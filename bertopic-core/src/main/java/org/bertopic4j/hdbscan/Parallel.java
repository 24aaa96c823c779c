package org.bertopic4j.hdbscan;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs an index loop on a fixed number of threads. Each index writes only its own output slots, so
 * the result does not depend on the number of threads or their timing.
 */
final class Parallel {
    private static final int BLOCK = 64;

    private Parallel() {
    }

    /** Calls {@code body} for every index in {@code [0, n)} on up to {@code threads} threads. */
    static void forEach(int threads, int n, IntConsumer body) {
        int workers = Math.min(threads, (n + BLOCK - 1) / BLOCK);
        if (workers <= 1) {
            for (int i = 0; i < n; i++) {
                body.accept(i);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        Runnable task = () -> {
            for (int b = next.getAndAdd(BLOCK); b < n; b = next.getAndAdd(BLOCK)) {
                int to = Math.min(n, b + BLOCK);
                for (int i = b; i < to; i++) {
                    body.accept(i);
                }
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "bertopic4j-hdbscan");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                futures.add(pool.submit(task));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while clustering", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }
}
