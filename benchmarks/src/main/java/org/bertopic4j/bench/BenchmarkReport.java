package org.bertopic4j.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one JSON object a benchmark prints (see docs/benchmarks.md): benchmark name, machine, params,
 * timings per phase, peak heap, quality, and a baseline ratio where one was measured in the same run.
 * Also measures peak heap between {@link #resetPeakHeap()} and {@link #peakHeapMb()}.
 */
public final class BenchmarkReport {
    private final Map<String, Object> root = new LinkedHashMap<>();
    private final Map<String, Object> seconds = new LinkedHashMap<>();
    private final Map<String, Object> quality = new LinkedHashMap<>();

    /** Starts a report for the named benchmark. */
    public BenchmarkReport(String benchmark, Map<String, ?> params) {
        root.put("benchmark", benchmark);
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("java", System.getProperty("java.version"));
        machine.put("max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        root.put("machine", machine);
        root.put("params", new LinkedHashMap<>(params));
    }

    /** Sets a top-level field (for example {@code n}, {@code topics}, {@code baseline}, {@code ratio}). */
    public BenchmarkReport put(String key, Object value) {
        root.put(key, value);
        return this;
    }

    /** Records a phase time in seconds. */
    public BenchmarkReport seconds(String phase, double value) {
        seconds.put(phase, value);
        return this;
    }

    /** Records a quality measure. */
    public BenchmarkReport quality(String name, Object value) {
        quality.put(name, value);
        return this;
    }

    /** The report as JSON. */
    public String toJson() {
        Map<String, Object> out = new LinkedHashMap<>(root);
        out.put("seconds", seconds);
        if (!quality.isEmpty()) {
            out.put("quality", quality);
        }
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Prints the JSON on stdout. */
    public void print() {
        System.out.println(toJson());
    }

    /** The median of some run times. */
    public static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    /** Seconds elapsed since {@code startNanos} (from {@link System#nanoTime()}). */
    public static double since(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** Runs a GC and resets the heap pools' peak-usage counters. */
    public static void resetPeakHeap() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peak usage since the last reset, in MiB (an upper bound on live data). */
    public static double peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024.0 * 1024.0);
    }
}
