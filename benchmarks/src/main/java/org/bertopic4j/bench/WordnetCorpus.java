package org.bertopic4j.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Prepares the WordNet benchmark corpus: reads {@code wordnet-glosses.tsv} (columns offset, pos, lexname,
 * words, gloss; fields may be CSV-quoted), makes one document per synset, {@code words + ": " + gloss},
 * shuffles them with {@code Collections.shuffle(rows, new Random(seed))} and writes a TSV with the columns
 * {@code text} and {@code label} (= lexname), header first, no quoting (tabs and line breaks inside the text
 * become spaces). Prints one JSON object.
 *
 * <p>Usage: {@code WordnetCorpus --glosses <wordnet-glosses.tsv> --out <tsv> [--seed 42]}
 */
public final class WordnetCorpus {
    private WordnetCorpus() {
    }

    /** Runs the preparation. */
    public static void main(String[] args) throws IOException {
        BenchmarkArgs a = new BenchmarkArgs(args);
        Path glosses = Path.of(a.require("glosses"));
        Path out = Path.of(a.require("out"));
        long seed = a.getInt("seed", 42);
        long start = System.nanoTime();
        List<String> lines = Files.readAllLines(glosses, StandardCharsets.UTF_8);
        List<String> header = fields(lines.get(0));
        int words = header.indexOf("words");
        int gloss = header.indexOf("gloss");
        int lexname = header.indexOf("lexname");
        if (words < 0 || gloss < 0 || lexname < 0) {
            throw new IllegalArgumentException(glosses + " lacks a words, gloss or lexname column; header: " + header);
        }
        List<String[]> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            List<String> f = fields(line);
            rows.add(new String[] {clean(f.get(words) + ": " + f.get(gloss)), clean(f.get(lexname))});
        }
        Collections.shuffle(rows, new Random(seed));
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("text\tlabel\n");
            for (String[] row : rows) {
                w.write(row[0] + "\t" + row[1] + "\n");
            }
        }
        Map<String, Object> params = new LinkedHashMap<>(a.asMap());
        new BenchmarkReport("WordnetCorpus", params).put("n", rows.size()).seconds("total", BenchmarkReport.since(start))
                .print();
    }

    /** Splits a TSV line (a trailing CR dropped) and unquotes CSV-quoted fields ({@code "a ""b"""} -> {@code a "b"}). */
    static List<String> fields(String line) {
        String l = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        List<String> out = new ArrayList<>();
        for (String f : l.split("\t", -1)) {
            if (f.length() >= 2 && f.startsWith("\"") && f.endsWith("\"")) {
                f = f.substring(1, f.length() - 1).replace("\"\"", "\"");
            }
            out.add(f);
        }
        return out;
    }

    private static String clean(String s) {
        return s.replaceAll("[\\t\\r\\n]+", " ").strip();
    }
}
