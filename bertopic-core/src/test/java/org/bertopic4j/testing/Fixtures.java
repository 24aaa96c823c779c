package org.bertopic4j.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.bertopic4j.io.Npy;

/** Reads the golden fixtures copied into test resources under {@code fixtures/}. */
public final class Fixtures {
    private Fixtures() {
    }

    /** A resource stream under {@code fixtures/}. */
    public static InputStream open(String path) {
        InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + path);
        if (in == null) {
            throw new IllegalStateException("missing test fixture fixtures/" + path);
        }
        return in;
    }

    /** A {@code .npy} fixture. */
    public static Npy.NpyArray npy(String path) {
        try (InputStream in = open(path)) {
            return Npy.read(in, path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text fixture, UTF-8. */
    public static String text(String path) {
        try (InputStream in = open(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text fixture's lines, without the final empty line. */
    public static List<String> lines(String path) {
        List<String> out = new ArrayList<>(List.of(text(path).split("\n", -1)));
        if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** A JSON fixture. */
    public static JsonNode json(String path) {
        try {
            return new ObjectMapper().readTree(text(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One column of a tab-separated fixture with a header row and no quoting. */
    public static List<String> tsvColumn(String path, String column) {
        List<String> lines = lines(path);
        int c = List.of(lines.get(0).split("\t", -1)).indexOf(column);
        if (c < 0) {
            throw new IllegalStateException(path + " has no column " + column);
        }
        List<String> out = new ArrayList<>(lines.size() - 1);
        for (String line : lines.subList(1, lines.size())) {
            out.add(line.split("\t", -1)[c]);
        }
        return out;
    }
}
