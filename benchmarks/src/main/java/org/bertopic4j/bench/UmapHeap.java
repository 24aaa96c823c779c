package org.bertopic4j.bench;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bertopic4j.io.Npy;

/**
 * The heap a UMAP fit needs: {@code UmapHeap --embeddings <.npy> [--rows N] [--seed 42] [--step-mb 8]}.
 * Peak pool usage counts garbage the collector has not yet reclaimed, so instead this benchmark fits in
 * child JVMs with ever smaller {@code -Xmx} (a binary search) and reports the smallest heap with which
 * the fit completes. From that it subtracts the live heap before the fit (the JVM's own objects plus
 * the input, read straight into float rows) to give the fit's working memory, and divides it by the
 * input's size: the goal is at most 1.5. Prints one JSON object.
 */
public final class UmapHeap {
    private static final String CHILD = "child";
    private static final int OUT_OF_MEMORY = 3;

    private UmapHeap() {
    }

    /** Runs the search, or (with {@code --child}) one fit. */
    public static void main(String[] argv) throws IOException, InterruptedException {
        BenchmarkArgs args = new BenchmarkArgs(argv);
        if (args.has(CHILD)) {
            System.exit(child(args));
        }
        Map<String, String> first = run(argv, 16_384);
        if (first == null) {
            throw new IllegalStateException("the fit failed even with a 16 GiB heap");
        }
        double baseline = Double.parseDouble(first.get("baseline_mb"));
        double input = Double.parseDouble(first.get("input_mb"));
        int step = args.getInt("step-mb", 8);
        int lo = (int) baseline;
        int hi = (int) (baseline + 4 * input + 64);
        Map<String, String> atHi = run(argv, hi);
        if (atHi == null) {
            throw new IllegalStateException("the fit needs more than " + hi + " MB; raise the search range");
        }
        Map<String, String> best = atHi;
        while (hi - lo > step) {
            int mid = (lo + hi) / 2;
            Map<String, String> result = run(argv, mid);
            if (result != null) {
                hi = mid;
                best = result;
            } else {
                lo = mid;
            }
        }
        Map<String, Object> params = new LinkedHashMap<>(args.asMap());
        params.put("gc", "JVM default");
        new BenchmarkReport("UmapHeap", params)
                .put("n", Integer.parseInt(first.get("n")))
                .put("input_mb", input)
                .put("live_heap_before_fit_mb", baseline)
                .put("min_xmx_mb", hi)
                .put("working_mb", hi - baseline)
                .put("working_over_input", (hi - baseline) / input)
                .seconds("fit_unconstrained", Double.parseDouble(first.get("seconds")))
                .seconds("fit_at_min_xmx", Double.parseDouble(best.get("seconds")))
                .print();
    }

    /** Fits once in a child JVM with {@code -Xmx<mb>m}; its key=value output, or null when it ran out of heap. */
    private static Map<String, String> run(String[] argv, int mb) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Xmx" + mb + "m");
        command.add("-cp");
        command.add(classPath());
        command.add(UmapHeap.class.getName());
        command.add("--" + CHILD);
        command.add("true");
        command.addAll(Arrays.asList(argv));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = process.waitFor();
        if (code == OUT_OF_MEMORY) {
            return null;
        }
        if (code != 0) {
            throw new IllegalStateException("child JVM with -Xmx" + mb + "m exited with " + code + ": " + out);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : out.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                values.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
            }
        }
        return values;
    }

    /**
     * This program's class path: the URLs of its class loader when it has them (as under Maven's exec:java,
     * which loads the project from its own loader), else {@code java.class.path}.
     */
    private static String classPath() {
        if (UmapHeap.class.getClassLoader() instanceof URLClassLoader loader) {
            List<String> entries = new ArrayList<>();
            for (URL url : loader.getURLs()) {
                try {
                    entries.add(Path.of(url.toURI()).toString());
                } catch (URISyntaxException e) {
                    throw new IllegalStateException("class path entry is not a file: " + url, e);
                }
            }
            return String.join(File.pathSeparator, entries);
        }
        return System.getProperty("java.class.path");
    }

    private static int child(BenchmarkArgs args) throws IOException {
        try {
            float[][] x = Npy.readFloatMatrix(Path.of(args.require("embeddings")), args.getInt("rows", Integer.MAX_VALUE));
            System.gc();
            Runtime rt = Runtime.getRuntime();
            double baseline = (rt.totalMemory() - rt.freeMemory()) / (1024.0 * 1024.0);
            long t0 = System.nanoTime();
            org.bertopic4j.umap.Umap.builder().seed((long) args.getInt("seed", 42)).build().fit(x);
            double seconds = BenchmarkReport.since(t0);
            System.out.println("n=" + x.length);
            System.out.println("input_mb=" + x.length * (double) x[0].length * 4 / (1024 * 1024));
            System.out.println("baseline_mb=" + baseline);
            System.out.println("seconds=" + seconds);
            return 0;
        } catch (RuntimeException | OutOfMemoryError e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof OutOfMemoryError) {
                    return OUT_OF_MEMORY;
                }
            }
            throw e;
        }
    }
}
