package org.bertopic4j.persist;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * One named array of a safetensors file: a dtype, a shape and its little-endian bytes. Immutable; the
 * factories copy their input and the accessors return fresh arrays, converting F32 to double and I32 to
 * long (or long to int when every value fits) where asked.
 */
public final class Tensor {
    private final Dtype dtype;
    private final long[] shape;
    private final byte[] data;

    Tensor(Dtype dtype, long[] shape, byte[] data) {
        this.dtype = dtype;
        this.shape = shape.clone();
        this.data = data;
    }

    /** A 2-D F32 tensor of a rectangular matrix (rows x width; an empty matrix is 0 x 0). */
    public static Tensor f32(float[][] m) {
        int cols = width("matrix", m);
        ByteBuffer b = buffer((long) m.length * cols * 4);
        for (float[] row : m) {
            for (float v : row) {
                b.putFloat(v);
            }
        }
        return new Tensor(Dtype.F32, new long[] {m.length, cols}, b.array());
    }

    /** A 2-D F64 tensor of a rectangular matrix. */
    public static Tensor f64(double[][] m) {
        int cols = width("matrix", m);
        ByteBuffer b = buffer((long) m.length * cols * 8);
        for (double[] row : m) {
            for (double v : row) {
                b.putDouble(v);
            }
        }
        return new Tensor(Dtype.F64, new long[] {m.length, cols}, b.array());
    }

    /** A 1-D F64 tensor. */
    public static Tensor f64(double[] v) {
        ByteBuffer b = buffer((long) v.length * 8);
        for (double x : v) {
            b.putDouble(x);
        }
        return new Tensor(Dtype.F64, new long[] {v.length}, b.array());
    }

    /** A 1-D I32 tensor. */
    public static Tensor i32(int[] v) {
        ByteBuffer b = buffer((long) v.length * 4);
        for (int x : v) {
            b.putInt(x);
        }
        return new Tensor(Dtype.I32, new long[] {v.length}, b.array());
    }

    /** A 1-D I64 tensor. */
    public static Tensor i64(long[] v) {
        ByteBuffer b = buffer((long) v.length * 8);
        for (long x : v) {
            b.putLong(x);
        }
        return new Tensor(Dtype.I64, new long[] {v.length}, b.array());
    }

    /** The element type. */
    public Dtype dtype() {
        return dtype;
    }

    /** The shape (a copy). */
    public long[] shape() {
        return shape.clone();
    }

    /** Number of elements (the product of the shape). */
    public long size() {
        return data.length / dtype.bytes();
    }

    /** The raw little-endian bytes (a copy). */
    public byte[] bytes() {
        return data.clone();
    }

    int byteLength() {
        return data.length;
    }

    void copyTo(ByteBuffer out) {
        out.put(data);
    }

    /** All elements as doubles, row-major (F32/F64 only). */
    public double[] toDoubleArray() {
        requireFloat();
        ByteBuffer b = view();
        double[] out = new double[(int) size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = dtype == Dtype.F32 ? b.getFloat() : b.getDouble();
        }
        return out;
    }

    /** A 2-D tensor as a double matrix (F32/F64 only). */
    public double[][] toDoubleMatrix() {
        int[] rc = matrixShape();
        double[] flat = toDoubleArray();
        double[][] out = new double[rc[0]][];
        for (int r = 0; r < rc[0]; r++) {
            out[r] = Arrays.copyOfRange(flat, r * rc[1], (r + 1) * rc[1]);
        }
        return out;
    }

    /** A 2-D tensor as a float matrix (F32/F64 only; F64 values are rounded to float). */
    public float[][] toFloatMatrix() {
        double[][] d = toDoubleMatrix();
        float[][] out = new float[d.length][];
        for (int r = 0; r < d.length; r++) {
            out[r] = new float[d[r].length];
            for (int c = 0; c < d[r].length; c++) {
                out[r][c] = (float) d[r][c];
            }
        }
        return out;
    }

    /** All elements as longs (I32/I64 only). */
    public long[] toLongArray() {
        if (dtype != Dtype.I32 && dtype != Dtype.I64) {
            throw new IllegalStateException("tensor has dtype " + dtype + ", not an integer type");
        }
        ByteBuffer b = view();
        long[] out = new long[(int) size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = dtype == Dtype.I32 ? b.getInt() : b.getLong();
        }
        return out;
    }

    /**
     * All elements as ints (I32/I64 only).
     *
     * @throws IllegalStateException when an I64 value does not fit an int
     */
    public int[] toIntArray() {
        long[] l = toLongArray();
        int[] out = new int[l.length];
        for (int i = 0; i < l.length; i++) {
            if (l[i] != (int) l[i]) {
                throw new IllegalStateException("tensor value " + l[i] + " at " + i + " does not fit an int");
            }
            out[i] = (int) l[i];
        }
        return out;
    }

    private int[] matrixShape() {
        if (shape.length != 2) {
            throw new IllegalStateException("tensor has shape " + Arrays.toString(shape) + ", not 2-D");
        }
        return new int[] {(int) shape[0], (int) shape[1]};
    }

    private void requireFloat() {
        if (dtype != Dtype.F32 && dtype != Dtype.F64) {
            throw new IllegalStateException("tensor has dtype " + dtype + ", not a float type");
        }
    }

    private ByteBuffer view() {
        return ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static ByteBuffer buffer(long bytes) {
        if (bytes > Integer.MAX_VALUE - 64) {
            throw new IllegalArgumentException("tensor of " + bytes + " bytes is too large (limit 2 GiB)");
        }
        return ByteBuffer.allocate((int) bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static int width(String name, Object[] m) {
        if (m == null) {
            throw new IllegalArgumentException(name + " is null");
        }
        int cols = m.length == 0 ? 0 : java.lang.reflect.Array.getLength(m[0]);
        for (int r = 0; r < m.length; r++) {
            if (m[r] == null || java.lang.reflect.Array.getLength(m[r]) != cols) {
                throw new IllegalArgumentException(name + " row " + r + " is null or not " + cols + " wide");
            }
        }
        return cols;
    }

    @Override
    public String toString() {
        return "Tensor[" + dtype + " " + Arrays.toString(shape) + "]";
    }
}
