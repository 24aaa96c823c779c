package org.bertopic4j.matrix;

/**
 * Validation and small dense-matrix helpers shared by every stage. Validation messages name the
 * argument, the offending row and column, and the fix, as the library's error policy asks.
 */
public final class Matrices {
    private Matrices() {
    }

    /**
     * Checks that {@code m} is a non-empty rectangular matrix of finite values and returns its width.
     *
     * @param name the argument name used in messages
     * @throws IllegalArgumentException when null, without rows or columns, ragged, or holding NaN / infinity
     */
    public static int requireFinite(String name, float[][] m) {
        int d = requireRectangular(name, m == null ? null : m.length, m == null ? -1 : widthOf(m));
        for (int i = 0; i < m.length; i++) {
            float[] row = m[i];
            if (row == null || row.length != d) {
                throw ragged(name, i, row == null ? -1 : row.length, d);
            }
            for (int j = 0; j < d; j++) {
                if (!Float.isFinite(row[j])) {
                    throw nonFinite(name, i, j, row[j]);
                }
            }
        }
        return d;
    }

    /** {@link #requireFinite(String, float[][])} for double matrices. */
    public static int requireFinite(String name, double[][] m) {
        int d = requireRectangular(name, m == null ? null : m.length, m == null ? -1 : widthOf(m));
        for (int i = 0; i < m.length; i++) {
            double[] row = m[i];
            if (row == null || row.length != d) {
                throw ragged(name, i, row == null ? -1 : row.length, d);
            }
            for (int j = 0; j < d; j++) {
                if (!Double.isFinite(row[j])) {
                    throw nonFinite(name, i, j, row[j]);
                }
            }
        }
        return d;
    }

    /**
     * {@link #requireFinite(String, float[][])} plus a width check, for transform/predict on a fitted stage.
     *
     * @throws IllegalArgumentException when the width is not {@code expectedWidth}
     */
    public static void requireFinite(String name, float[][] m, int expectedWidth) {
        requireWidth(name, requireFinite(name, m), expectedWidth);
    }

    /** {@link #requireFinite(String, float[][], int)} for double matrices. */
    public static void requireFinite(String name, double[][] m, int expectedWidth) {
        requireWidth(name, requireFinite(name, m), expectedWidth);
    }

    private static void requireWidth(String name, int width, int expectedWidth) {
        if (width != expectedWidth) {
            throw new IllegalArgumentException(name + " has the wrong width: expected " + expectedWidth
                    + " columns (the width fitted on), got " + width);
        }
    }

    private static int widthOf(float[][] m) {
        return m.length == 0 || m[0] == null ? -1 : m[0].length;
    }

    private static int widthOf(double[][] m) {
        return m.length == 0 || m[0] == null ? -1 : m[0].length;
    }

    private static int requireRectangular(String name, Integer rows, int width) {
        if (rows == null) {
            throw new IllegalArgumentException(name + " is null: give an n x d matrix");
        }
        if (rows == 0) {
            throw new IllegalArgumentException(name + " has no rows: give at least one row");
        }
        if (width == 0) {
            throw new IllegalArgumentException(name + " has rows of zero columns: give at least one column");
        }
        return width;
    }

    private static IllegalArgumentException ragged(String name, int row, int got, int expected) {
        return new IllegalArgumentException(name + " is ragged: row " + row + " has "
                + (got < 0 ? "no array (null)" : got + " columns") + " but row 0 has " + expected
                + "; every row must have the same width");
    }

    private static IllegalArgumentException nonFinite(String name, int row, int col, double value) {
        return new IllegalArgumentException(name + " holds a non-finite value " + value + " at row " + row
                + ", column " + col + "; replace NaN and infinite values before fitting");
    }

    /**
     * Checks an optional label vector against the number of rows.
     *
     * @throws IllegalArgumentException when non-null and of another length
     */
    public static void requireLabels(String name, int[] labels, int rows) {
        if (labels != null && labels.length != rows) {
            throw new IllegalArgumentException(name + " has " + labels.length + " entries but the data has " + rows
                    + " rows; give one label per row (-1 for unlabelled)");
        }
    }

    /** Element-wise mean of two equally shaped matrices (BERTopic's multimodal text + image fusion). */
    public static float[][] elementwiseMean(float[][] a, float[][] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("cannot average " + a.length + " rows with " + b.length + " rows");
        }
        float[][] out = new float[a.length][];
        for (int i = 0; i < a.length; i++) {
            if (a[i].length != b[i].length) {
                throw new IllegalArgumentException("cannot average embeddings of width " + a[i].length + " and "
                        + b[i].length + " (row " + i + "): the text and image models must share one space");
            }
            out[i] = new float[a[i].length];
            for (int j = 0; j < a[i].length; j++) {
                out[i][j] = (a[i][j] + b[i][j]) / 2f;
            }
        }
        return out;
    }

    /** Deep copy of a float matrix. */
    public static float[][] copy(float[][] m) {
        float[][] out = new float[m.length][];
        for (int i = 0; i < m.length; i++) {
            out[i] = m[i].clone();
        }
        return out;
    }

    /** Deep copy of a double matrix. */
    public static double[][] copy(double[][] m) {
        double[][] out = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            out[i] = m[i].clone();
        }
        return out;
    }

    /** The float matrix widened to doubles (exact). */
    public static double[][] toDouble(float[][] m) {
        double[][] out = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            out[i] = new double[m[i].length];
            for (int j = 0; j < m[i].length; j++) {
                out[i][j] = m[i][j];
            }
        }
        return out;
    }

    /** Euclidean norm of a vector. */
    public static double norm(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }

    /**
     * Cosine similarity of every row of {@code a} with every row of {@code b}, as sklearn's
     * {@code cosine_similarity}: zero rows give similarity 0.
     */
    public static double[][] cosineSimilarity(double[][] a, double[][] b) {
        double[] na = new double[a.length];
        double[] nb = new double[b.length];
        for (int i = 0; i < a.length; i++) {
            na[i] = norm(a[i]);
        }
        for (int j = 0; j < b.length; j++) {
            nb[j] = norm(b[j]);
        }
        double[][] out = new double[a.length][b.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b.length; j++) {
                if (na[i] == 0 || nb[j] == 0) {
                    continue;
                }
                double dot = 0;
                for (int k = 0; k < a[i].length; k++) {
                    dot += a[i][k] * b[j][k];
                }
                out[i][j] = dot / (na[i] * nb[j]);
            }
        }
        return out;
    }

    /**
     * Cosine similarity of every row of sparse {@code a} with every row of sparse {@code b}
     * (zero rows give 0), as sklearn's {@code cosine_similarity} on CSR input.
     */
    public static double[][] cosineSimilarity(CsrMatrix a, CsrMatrix b) {
        if (a.cols() != b.cols()) {
            throw new IllegalArgumentException("column counts differ: " + a.cols() + " vs " + b.cols());
        }
        double[] nb = new double[b.rows()];
        for (int j = 0; j < b.rows(); j++) {
            double s = 0;
            for (int k = b.rowStart(j); k < b.rowEnd(j); k++) {
                s += b.valueAt(k) * b.valueAt(k);
            }
            nb[j] = Math.sqrt(s);
        }
        double[][] out = new double[a.rows()][b.rows()];
        double[] scratch = new double[a.cols()];
        for (int i = 0; i < a.rows(); i++) {
            // scatter row i into a reusable dense buffer (no per-row allocation), then clear what was set
            double sq = 0;
            for (int k = a.rowStart(i); k < a.rowEnd(i); k++) {
                scratch[a.indexAt(k)] = a.valueAt(k);
                sq += a.valueAt(k) * a.valueAt(k);
            }
            double na = Math.sqrt(sq);
            if (na != 0) {
                for (int j = 0; j < b.rows(); j++) {
                    if (nb[j] == 0) {
                        continue;
                    }
                    double dot = 0;
                    for (int k = b.rowStart(j); k < b.rowEnd(j); k++) {
                        dot += scratch[b.indexAt(k)] * b.valueAt(k);
                    }
                    out[i][j] = dot / (na * nb[j]);
                }
            }
            for (int k = a.rowStart(i); k < a.rowEnd(i); k++) {
                scratch[a.indexAt(k)] = 0;
            }
        }
        return out;
    }
}
