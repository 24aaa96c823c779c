package org.bertopic4j.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads one column of a tab-separated file with a header row (no quoting; a trailing CR is dropped). */
final class Tsv {
    private Tsv() {
    }

    /**
     * The values of {@code column}, at most {@code limit} of them.
     *
     * @throws IllegalArgumentException when the header lacks the column or a row is too short
     */
    static List<String> column(Path file, String column, int limit) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = r.readLine();
            if (header == null) {
                throw new IllegalArgumentException(file + " is empty: give a TSV with a header row");
            }
            List<String> names = Arrays.asList(strip(header).split("\t", -1));
            int index = names.indexOf(column);
            if (index < 0) {
                throw new IllegalArgumentException(file + " has no column '" + column + "' (columns: " + names
                        + "); choose one with --text-column");
            }
            List<String> values = new ArrayList<>();
            for (String line = r.readLine(); line != null && values.size() < limit; line = r.readLine()) {
                if (line.isEmpty()) {
                    continue;
                }
                String[] f = strip(line).split("\t", -1);
                if (f.length <= index) {
                    throw new IllegalArgumentException(file + " row " + (values.size() + 1) + " has " + f.length
                            + " fields; column '" + column + "' is field " + (index + 1));
                }
                values.add(f[index]);
            }
            return values;
        }
    }

    private static String strip(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
