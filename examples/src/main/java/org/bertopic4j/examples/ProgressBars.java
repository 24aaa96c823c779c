package org.bertopic4j.examples;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.bertopic4j.ProgressListener;

/**
 * Renders the library's {@link ProgressListener} as console progress bars ({@code me.tongfei:progressbar}),
 * one bar per step (embed, reduce, cluster, ...) on standard error, so standard output keeps only the
 * results. A step's bar opens on its first report and closes, showing the elapsed time, when
 * {@code done == total}. On a terminal the bars tick every quarter second (so a one-unit step such as
 * UMAP shows its elapsed time); in a log (no console) they are redrawn only when work is done.
 * Steps report from one thread at a time, as a fit does.
 */
public final class ProgressBars implements ProgressListener {
    private static final int UPDATE_MILLIS = 250;
    private final PrintStream out;
    private final boolean interactive;
    private ProgressBar bar;
    private String barStep;

    /** Bars on standard error. */
    public ProgressBars() {
        this(System.err);
    }

    /** Bars on the given stream. */
    public ProgressBars(PrintStream out) {
        if (out == null) {
            throw new IllegalArgumentException("out is null: give a stream such as System.err");
        }
        this.out = out;
        this.interactive = System.console() != null;
    }

    @Override
    public synchronized void progress(String step, long done, long total) {
        if (bar == null || !step.equals(barStep)) {
            close();
            ProgressBarBuilder builder = new ProgressBarBuilder()
                    .setTaskName(String.format("%-14s", step))
                    .setInitialMax(Math.max(total, 1))
                    .setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(new ConsoleProgressBarConsumer(out))
                    .setUpdateIntervalMillis(UPDATE_MILLIS);
            if (interactive) {
                builder.continuousUpdate();
            }
            bar = builder.build();
            barStep = step;
        }
        bar.maxHint(Math.max(total, 1));
        bar.stepTo(done);
        if (done >= total) {
            close();
        }
    }

    private void close() {
        if (bar != null) {
            bar.close();
            bar = null;
            barStep = null;
        }
    }
}
