package org.bertopic4j.contract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bertopic4j.DimensionReducer;
import org.bertopic4j.Reduction;
import org.bertopic4j.matrix.Matrices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shared battery every {@link DimensionReducer} passes (CONTRACT-TESTS.md): input never
 * modified, empty / non-finite / ragged input rejected with messages naming the argument (and the
 * row and column of a bad value), wrong width at transform, determinism including one versus
 * several threads, idempotent fit, small inputs, output shape, concurrent transform, and row-wise
 * transform where it holds. An implementation's test extends this and supplies {@link #reducer(int)}.
 */
public abstract class DimensionReducerContract {
    /** Rows of the standard test data. */
    protected static final int ROWS = 150;
    /** Columns of the standard test data. */
    protected static final int COLS = 12;

    /** A seeded reducer that uses {@code threads} worker threads (ignored by single-threaded reducers). */
    protected abstract DimensionReducer reducer(int threads);

    /** The width of the reduced points for input of width {@code inputWidth}. */
    protected abstract int outputWidth(int inputWidth);

    /** Whether transform(subset) equals the same rows of transform(all); true unless overridden. */
    protected boolean transformIsRowwise() {
        return true;
    }

    /** Reproducible test data: {@code n} rows of {@code d} columns in four Gaussian clusters. */
    protected static float[][] data(int n, int d, long seed) {
        Random rng = new Random(seed);
        double[][] centres = new double[4][d];
        for (double[] c : centres) {
            for (int j = 0; j < d; j++) {
                c[j] = rng.nextGaussian() * 4;
            }
        }
        float[][] x = new float[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                x[i][j] = (float) (centres[i % 4][j] + rng.nextGaussian());
            }
        }
        return x;
    }

    private static float[][] train() {
        return data(ROWS, COLS, 1);
    }

    private static float[][] fresh() {
        return data(40, COLS, 2);
    }

    private DimensionReducer reducer() {
        return reducer(2);
    }

    @Test
    void fitAndTransformDoNotModifyTheirInput() {
        float[][] x = train();
        float[][] copy = Matrices.copy(x);
        Reduction r = reducer().fit(x);
        assertTrue(Arrays.deepEquals(copy, x), "fit modified its input");
        float[][] y = fresh();
        float[][] yCopy = Matrices.copy(y);
        r.transform(y);
        assertTrue(Arrays.deepEquals(yCopy, y), "transform modified its input");
    }

    @Test
    void emptyInputIsRejectedNamingTheArgument() {
        assertMessage(() -> reducer().fit(null), "embeddings");
        assertMessage(() -> reducer().fit(new float[0][]), "embeddings");
        assertMessage(() -> reducer().fit(new float[3][0]), "embeddings");
        Reduction r = reducer().fit(train());
        assertMessage(() -> r.transform(new float[0][]), "embeddings");
    }

    @ParameterizedTest
    @ValueSource(floats = {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY})
    void nonFiniteValuesAreRejectedNamingRowAndColumn(float bad) {
        float[][] x = train();
        x[7][3] = bad;
        IllegalArgumentException e = assertMessage(() -> reducer().fit(x), "embeddings");
        assertTrue(e.getMessage().contains("row 7") && e.getMessage().contains("column 3"), e.getMessage());
        Reduction r = reducer().fit(train());
        float[][] y = fresh();
        y[2][5] = bad;
        IllegalArgumentException t = assertMessage(() -> r.transform(y), "embeddings");
        assertTrue(t.getMessage().contains("row 2") && t.getMessage().contains("column 5"), t.getMessage());
    }

    @Test
    void raggedRowsAreRejected() {
        float[][] x = train();
        x[4] = new float[COLS - 1];
        IllegalArgumentException e = assertMessage(() -> reducer().fit(x), "embeddings");
        assertTrue(e.getMessage().contains("row 4"), e.getMessage());
    }

    @Test
    void wrongWidthAtTransformSaysExpectedAndGot() {
        Reduction r = reducer().fit(train());
        IllegalArgumentException e = assertMessage(() -> r.transform(data(5, COLS - 1, 3)), "embeddings");
        assertTrue(e.getMessage().contains("expected " + COLS) && e.getMessage().contains("got " + (COLS - 1)),
                e.getMessage());
    }

    @Test
    void labelsOfTheWrongLengthAreRejected() {
        assertMessage(() -> reducer().fit(train(), new int[ROWS - 1]), "labels");
    }

    @Test
    void sameSeedGivesIdenticalOutputOnOneOrSeveralThreads() {
        float[][] x = train();
        Reduction one = reducer(1).fit(x);
        Reduction four = reducer(4).fit(x);
        assertTrue(Arrays.deepEquals(one.embedding(), four.embedding()), "1 thread vs 4 threads differ");
        assertTrue(Arrays.deepEquals(one.transform(fresh()), four.transform(fresh())),
                "transform: 1 thread vs 4 threads differ");
    }

    @Test
    void fitIsIdempotentAndLeavesTheConfigurationAlone() {
        DimensionReducer reducer = reducer();
        String before = reducer.toString();
        Reduction a = reducer.fit(train());
        Reduction b = reducer.fit(train());
        assertTrue(Arrays.deepEquals(a.embedding(), b.embedding()), "two fits differ");
        assertEquals(before, reducer.toString(), "fit changed the configuration");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5, 10})
    void smallInputsGiveAResultOrAClearError(int n) {
        float[][] x = data(n, COLS, 5);
        Reduction r;
        try {
            r = reducer().fit(x);
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage() != null && e.getMessage().length() > 20, "unclear message: " + e.getMessage());
            return;
        }
        assertShape(r.embedding(), n, outputWidth(COLS));
        assertShape(r.transform(data(3, COLS, 6)), 3, outputWidth(COLS));
    }

    @Test
    void outputHasTheDeclaredWidthAndNoNaN() {
        Reduction r = reducer().fit(train());
        assertEquals(COLS, r.inputDimension());
        assertEquals(outputWidth(COLS), r.outputDimension());
        assertShape(r.embedding(), ROWS, outputWidth(COLS));
        assertShape(r.transform(fresh()), 40, outputWidth(COLS));
    }

    @Test
    void concurrentTransformsEqualSequentialOnes() throws Exception {
        Reduction r = reducer().fit(train());
        float[][] y = fresh();
        double[][] expected = r.transform(y);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<double[][]>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> r.transform(y)));
            }
            for (Future<double[][]> f : results) {
                assertTrue(Arrays.deepEquals(expected, f.get()), "a concurrent transform differs");
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void transformOfASubsetEqualsTheSameRowsOfTheWholeWhereThatHolds() {
        if (!transformIsRowwise()) {
            return;
        }
        Reduction r = reducer().fit(train());
        float[][] y = fresh();
        double[][] all = r.transform(y);
        double[][] part = r.transform(Arrays.copyOfRange(y, 10, 20));
        for (int i = 0; i < 10; i++) {
            assertArrayEquals(all[10 + i], part[i], 1e-9, "row " + (10 + i));
        }
    }

    private static void assertShape(double[][] m, int rows, int cols) {
        assertEquals(rows, m.length, "rows");
        for (double[] row : m) {
            assertEquals(cols, row.length, "columns");
            for (double v : row) {
                assertTrue(Double.isFinite(v), "non-finite output " + v);
            }
        }
    }

    private static IllegalArgumentException assertMessage(Runnable call, String mustContain) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call::run);
        assertTrue(e.getMessage() != null && e.getMessage().contains(mustContain),
                "message should name '" + mustContain + "': " + e.getMessage());
        return e;
    }
}
