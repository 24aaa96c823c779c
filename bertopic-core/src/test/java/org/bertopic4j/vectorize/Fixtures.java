package org.bertopic4j.vectorize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bertopic4j.io.Npy;

/** Reads the parity fixtures copied under {@code src/test/resources/fixtures}. */
final class Fixtures {
    private Fixtures() {
    }

    static InputStream open(String path) {
        InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + path);
        if (in == null) {
            throw new IllegalStateException("missing test resource fixtures/" + path);
        }
        return in;
    }

    static String text(String path) {
        try (InputStream in = open(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of a text file, without the final empty line. */
    static List<String> lines(String path) {
        String t = text(path);
        List<String> out = new ArrayList<>(Arrays.asList(t.split("\n", -1)));
        if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** Column {@code column} of a header-first tab-separated file (no quoting). */
    static List<String> tsvColumn(String path, String column) {
        List<String> rows = lines(path);
        int c = Arrays.asList(rows.get(0).split("\t", -1)).indexOf(column);
        if (c < 0) {
            throw new IllegalStateException(path + " has no column " + column);
        }
        List<String> out = new ArrayList<>();
        for (String row : rows.subList(1, rows.size())) {
            out.add(row.split("\t", -1)[c]);
        }
        return out;
    }

    static Npy.NpyArray npy(String path) {
        try (InputStream in = open(path)) {
            return Npy.read(in, path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String path) {
        try {
            return new ObjectMapper().readTree(text(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
