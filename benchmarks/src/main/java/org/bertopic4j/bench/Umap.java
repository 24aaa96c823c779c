package org.bertopic4j.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.bertopic4j.io.Npy;
import org.bertopic4j.umap.Trustworthiness;
import org.bertopic4j.umap.UmapModel;

/**
 * UMAP fit benchmark: {@code Umap --embeddings <.npy> [--n-components 5] [--n-neighbors 15]
 * [--min-dist 0.0] [--metric cosine] [--seed 42] [--out <.npy>]}, plus {@code --rows N} (first N rows),
 * {@code --runs 3}, {@code --warmup 1}, {@code --threads T} and {@code --trust-sample 5000}
 * (trustworthiness is computed on a random sample of that many points when n is larger). Prints one
 * JSON object: median fit seconds with the knn / graph / init / layout phases of that run, the
 * process CPU seconds of each run (a measure that other processes on the machine do not inflate),
 * peak heap, and trustworthiness (k = 15).
 */
public final class Umap {
    private Umap() {
    }

    /** Runs the benchmark. */
    public static void main(String[] argv) throws IOException {
        BenchmarkArgs args = new BenchmarkArgs(argv);
        float[][] x = Npy.readFloatMatrix(Path.of(args.require("embeddings")), args.getInt("rows", Integer.MAX_VALUE));
        org.bertopic4j.umap.Umap.Builder builder = org.bertopic4j.umap.Umap.builder()
                .nComponents(args.getInt("n-components", 5))
                .nNeighbors(args.getInt("n-neighbors", 15))
                .minDist(args.getDouble("min-dist", 0.0))
                .metric(org.bertopic4j.umap.Umap.Metric.valueOf(args.get("metric", "cosine").toUpperCase()))
                .seed((long) args.getInt("seed", 42));
        if (args.has("threads")) {
            builder.threads(args.getInt("threads", 1));
        }
        org.bertopic4j.umap.Umap umap = builder.build();
        for (int w = 0; w < args.getInt("warmup", 1); w++) {
            umap.fit(x);
        }
        int runs = args.getInt("runs", 3);
        double[] totals = new double[runs];
        double[] cpu = new double[runs];
        UmapModel[] models = new UmapModel[runs];
        double peak = 0;
        double inputMb = x.length * (double) x[0].length * 4 / (1024 * 1024);
        double before = Double.POSITIVE_INFINITY;
        for (int r = 0; r < runs; r++) {
            BenchmarkReport.resetPeakHeap();
            before = Math.min(before, usedHeapMb());
            long c0 = processCpuNanos();
            long t0 = System.nanoTime();
            models[r] = umap.fit(x);
            totals[r] = BenchmarkReport.since(t0);
            cpu[r] = (processCpuNanos() - c0) / 1e9;
            peak = Math.max(peak, BenchmarkReport.peakHeapMb());
        }
        double median = BenchmarkReport.median(totals);
        int medianRun = 0;
        for (int r = 0; r < runs; r++) {
            if (Math.abs(totals[r] - median) < Math.abs(totals[medianRun] - median)) {
                medianRun = r;
            }
        }
        UmapModel model = models[medianRun];
        Map<String, Object> params = new LinkedHashMap<>(args.asMap());
        params.put("umap", umap.toString());
        BenchmarkReport report = new BenchmarkReport("Umap", params)
                .put("n", x.length)
                .put("d", x[0].length)
                .put("runs_seconds", totals)
                .put("runs_process_cpu_seconds", cpu)
                .put("peak_heap_mb", peak)
                .put("heap_before_fit_mb", before)
                .put("input_mb", inputMb)
                .put("peak_heap_over_input", peak / inputMb)
                .put("peak_heap_above_start_over_input", (peak - before) / inputMb);
        report.seconds("total", median);
        model.phaseSeconds().forEach(report::seconds);
        int sample = args.getInt("trust-sample", 5000);
        report.quality("trustworthiness_k15", trustworthiness(x, model.embedding(), sample));
        report.quality("trustworthiness_sample", Math.min(sample, x.length));
        if (args.has("out")) {
            Npy.write(Path.of(args.get("out", "")), model.embedding());
        }
        report.print();
    }

    private static double trustworthiness(float[][] x, double[][] y, int sample) {
        if (x.length <= sample) {
            return Trustworthiness.of(x, y, 15);
        }
        int[] picked = new Random(0).ints(0, x.length).distinct().limit(sample).sorted().toArray();
        float[][] xs = new float[sample][];
        double[][] ys = new double[sample][];
        for (int i = 0; i < sample; i++) {
            xs[i] = x[picked[i]];
            ys[i] = y[picked[i]];
        }
        return Trustworthiness.of(xs, ys, 15);
    }

    /** CPU time of the whole process (all threads): robust to other processes competing for the cores. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double usedHeapMb() {
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) / (1024.0 * 1024.0);
    }
}
