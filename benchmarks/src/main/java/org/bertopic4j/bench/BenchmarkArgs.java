package org.bertopic4j.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Command-line arguments of a benchmark main: {@code --name value} pairs and bare {@code --flag}s.
 * Unknown or missing required options fail with a message naming the option.
 */
public final class BenchmarkArgs {
    private final Map<String, String> values = new LinkedHashMap<>();

    /** Parses {@code args}. */
    public BenchmarkArgs(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + args[i] + "': options start with --");
            }
            String key = args[i].substring(2);
            if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                values.put(key, args[++i]);
            } else {
                values.put(key, "true");
            }
        }
    }

    /** A required option. */
    public String require(String name) {
        String v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("missing required option --" + name);
        }
        return v;
    }

    /** An option with a default. */
    public String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    /** An integer option with a default. */
    public int getInt(String name, int fallback) {
        return values.containsKey(name) ? Integer.parseInt(values.get(name)) : fallback;
    }

    /** A floating-point option with a default. */
    public double getDouble(String name, double fallback) {
        return values.containsKey(name) ? Double.parseDouble(values.get(name)) : fallback;
    }

    /** Whether a bare flag (or an option) was given. */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** All options as given, for the JSON's {@code params}. */
    public Map<String, String> asMap() {
        return Map.copyOf(values);
    }
}
