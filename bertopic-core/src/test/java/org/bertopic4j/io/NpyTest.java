package org.bertopic4j.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bertopic4j.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpyTest {

    @Test
    void roundTripsFloatDoubleAndIntArrays(@TempDir Path dir) throws IOException {
        float[][] f = {{1.5f, -2f, 3f}, {0f, Float.MIN_VALUE, 7f}};
        Npy.write(dir.resolve("f.npy"), f);
        float[][] back = Npy.read(dir.resolve("f.npy")).toFloatMatrix();
        for (int i = 0; i < f.length; i++) {
            assertArrayEquals(f[i], back[i]);
        }
        double[][] d = {{Math.PI}, {-1e300}};
        Npy.write(dir.resolve("d.npy"), d);
        assertArrayEquals(new int[] {2, 1}, Npy.read(dir.resolve("d.npy")).shape());
        assertArrayEquals(new double[] {Math.PI, -1e300}, Npy.read(dir.resolve("d.npy")).flat());
        int[] labels = {-1, 0, 5};
        Npy.write(dir.resolve("l.npy"), labels);
        assertArrayEquals(labels, Npy.read(dir.resolve("l.npy")).toIntArray());
    }

    @Test
    void readsArraysWrittenByNumpy() {
        // hdbscan labels saved by numpy (int64) and reduced embeddings (float64)
        assertArrayEquals(new int[] {3000}, Fixtures.npy("bertopic/ngram_1_1/hdbscan_labels.npy").shape());
        assertArrayEquals(new int[] {3000, 5}, Fixtures.npy("bertopic/reduced_embeddings_5d.npy").shape());
    }

    @Test
    void rejectsTruncatedAndForeignFiles(@TempDir Path dir) throws IOException {
        assertThrows(IOException.class, () -> Npy.read(new ByteArrayInputStream("hello world".getBytes()), "x"));
        Npy.write(dir.resolve("f.npy"), new float[][] {{1f, 2f}});
        byte[] all = Files.readAllBytes(dir.resolve("f.npy"));
        byte[] cut = java.util.Arrays.copyOf(all, all.length - 3);
        assertThrows(IOException.class, () -> Npy.read(new ByteArrayInputStream(cut), "cut"));
    }

    @Test
    void readsFloatRowsStraightFromFloat32AndFloat64Files(@TempDir Path dir) throws IOException {
        float[][] f = {{1.5f, -2f, 3f}, {0f, Float.MIN_VALUE, 7f}};
        Npy.write(dir.resolve("f.npy"), f);
        float[][] back = Npy.readFloatMatrix(dir.resolve("f.npy"));
        for (int i = 0; i < f.length; i++) {
            assertArrayEquals(f[i], back[i]);
        }
        Files.copy(Fixtures.open("bertopic/reduced_embeddings_5d.npy"), dir.resolve("numpy.npy"));
        float[][] fromNumpy = Npy.readFloatMatrix(dir.resolve("numpy.npy"));
        float[][] widened = Fixtures.npy("bertopic/reduced_embeddings_5d.npy").toFloatMatrix();
        for (int i = 0; i < widened.length; i++) {
            assertArrayEquals(widened[i], fromNumpy[i]);
        }
        assertArrayEquals(new float[][] {f[0]}, Npy.readFloatMatrix(dir.resolve("f.npy"), 1));
        assertThrows(IllegalArgumentException.class, () -> Npy.readFloatMatrix(dir.resolve("f.npy"), -1));
        assertEquals("file", assertThrows(NullPointerException.class, () -> Npy.readFloatMatrix(null)).getMessage());
        Npy.write(dir.resolve("l.npy"), new int[] {1, 2});
        assertThrows(IOException.class, () -> Npy.readFloatMatrix(dir.resolve("l.npy")), "1-D array");
        byte[] all = Files.readAllBytes(dir.resolve("f.npy"));
        Files.write(dir.resolve("cut.npy"), java.util.Arrays.copyOf(all, all.length - 3));
        assertThrows(IOException.class, () -> Npy.readFloatMatrix(dir.resolve("cut.npy")));
    }
}
