package org.bertopic4j.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.bertopic4j.hdbscan.HdbscanModel;
import org.bertopic4j.io.Npy;

/**
 * HDBSCAN fit benchmark: {@code Hdbscan --points <.npy> [--min-cluster-size 10] [--min-samples N]
 * [--method eom|leaf] [--epsilon 0.0] [--allow-single-cluster] [--membership] [--out <labels .npy>]},
 * or {@code --blobs N [--dims 5] [--centers 20] [--seed 42]} for synthetic Gaussian blobs (the
 * issue's scaling scenario), plus {@code --runs 3}, {@code --threads}, {@code --algorithm
 * boruvka_kdtree|generic}. Prints one JSON object with the median phase times (core distances, tree,
 * condensed tree, selection, prediction data, membership) over the runs after one untimed warm-up,
 * and the process CPU seconds (a measure less disturbed by other work on a shared machine).
 */
public final class Hdbscan {
    private Hdbscan() {
    }

    /** Runs the benchmark. */
    public static void main(String[] argv) throws Exception {
        BenchmarkArgs args = new BenchmarkArgs(argv);
        int[] truth = null;
        double[][] points;
        if (args.has("blobs")) {
            SplittableRandom random = new SplittableRandom(args.getInt("seed", 42));
            int n = args.getInt("blobs", 8000);
            int dims = args.getInt("dims", 5);
            int centers = args.getInt("centers", 20);
            double[][] c = new double[centers][dims];
            for (double[] row : c) {
                for (int j = 0; j < dims; j++) {
                    row[j] = random.nextDouble(-10, 10);
                }
            }
            points = new double[n][dims];
            truth = new int[n];
            for (int i = 0; i < n; i++) {
                truth[i] = random.nextInt(centers);
                for (int j = 0; j < dims; j++) {
                    points[i][j] = c[truth[i]][j] + gaussian(random);
                }
            }
        } else {
            points = Npy.read(Path.of(args.require("points"))).toDoubleMatrix();
        }
        org.bertopic4j.hdbscan.Hdbscan.Builder builder = org.bertopic4j.hdbscan.Hdbscan.builder()
                .minClusterSize(args.getInt("min-cluster-size", 10))
                .clusterSelectionMethod(org.bertopic4j.hdbscan.Hdbscan.SelectionMethod.valueOf(
                        args.get("method", "eom").toUpperCase(Locale.ROOT)))
                .clusterSelectionEpsilon(args.getDouble("epsilon", 0.0))
                .allowSingleCluster(args.has("allow-single-cluster"))
                .algorithm(org.bertopic4j.hdbscan.Hdbscan.Algorithm.valueOf(
                        args.get("algorithm", "boruvka_kdtree").toUpperCase(Locale.ROOT)))
                .threads(args.getInt("threads", Runtime.getRuntime().availableProcessors()));
        if (args.has("min-samples")) {
            builder.minSamples(args.getInt("min-samples", 0));
        }
        org.bertopic4j.hdbscan.Hdbscan hdbscan = builder.build();
        boolean membership = args.has("membership");
        int runs = args.getInt("runs", 3);

        run(hdbscan, points, membership);
        List<double[]> phases = new ArrayList<>();
        HdbscanModel model = null;
        BenchmarkReport.resetPeakHeap();
        double[] cpu = new double[runs];
        for (int r = 0; r < runs; r++) {
            long c0 = processCpuNanos();
            long t0 = System.nanoTime();
            model = hdbscan.fit(points);
            double fit = BenchmarkReport.since(t0);
            long t1 = System.nanoTime();
            if (membership) {
                model.membershipVectors();
            }
            double member = BenchmarkReport.since(t1);
            cpu[r] = (processCpuNanos() - c0) / 1e9;
            HdbscanModel.Timings t = model.timings();
            phases.add(new double[] {fit + member, fit, t.coreDistances(), t.spanningTree(), t.condensedTree(),
                t.selection(), t.predictionData(), member});
        }
        double peak = BenchmarkReport.peakHeapMb();
        String[] names = {"total", "fit", "core_distances", "tree", "condensed_tree", "selection",
            "prediction_data", "membership"};
        BenchmarkReport report = new BenchmarkReport("Hdbscan", args.asMap());
        report.put("n", points.length).put("dims", points[0].length).put("runs", runs)
                .put("config", hdbscan.toString());
        for (int p = 0; p < names.length; p++) {
            double[] v = new double[runs];
            for (int r = 0; r < runs; r++) {
                v[r] = phases.get(r)[p];
            }
            report.seconds(names[p], BenchmarkReport.median(v));
        }
        report.put("peak_heap_mb", peak);
        report.put("process_cpu_seconds", BenchmarkReport.median(cpu));
        int[] labels = model.labels();
        int noise = 0;
        for (int l : labels) {
            noise += l < 0 ? 1 : 0;
        }
        report.quality("clusters", model.clusterCount()).quality("noise_fraction", noise / (double) labels.length);
        if (truth != null) {
            report.quality("ari_vs_blobs_noise_as_cluster", adjustedRand(labels, truth));
        }
        if (args.has("out")) {
            Npy.write(Path.of(args.get("out", "labels.npy")), labels);
        }
        report.print();
    }

    private static void run(org.bertopic4j.hdbscan.Hdbscan hdbscan, double[][] points, boolean membership) {
        HdbscanModel model = hdbscan.fit(points);
        if (membership) {
            model.membershipVectors();
        }
    }

    /** CPU time of the whole process (all threads), which shared-machine contention does not inflate. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    private static double adjustedRand(int[] a, int[] b) {
        java.util.Map<Long, Integer> pairs = new java.util.HashMap<>();
        java.util.Map<Integer, Integer> ca = new java.util.HashMap<>();
        java.util.Map<Integer, Integer> cb = new java.util.HashMap<>();
        for (int i = 0; i < a.length; i++) {
            pairs.merge(((long) a[i] << 32) ^ (b[i] & 0xffffffffL), 1, Integer::sum);
            ca.merge(a[i], 1, Integer::sum);
            cb.merge(b[i], 1, Integer::sum);
        }
        double index = pairs.values().stream().mapToDouble(Hdbscan::comb2).sum();
        double sa = ca.values().stream().mapToDouble(Hdbscan::comb2).sum();
        double sb = cb.values().stream().mapToDouble(Hdbscan::comb2).sum();
        double expected = sa * sb / comb2(a.length);
        double max = (sa + sb) / 2;
        return max == expected ? 1.0 : (index - expected) / (max - expected);
    }

    private static double comb2(int v) {
        return v * (v - 1) / 2.0;
    }
}
