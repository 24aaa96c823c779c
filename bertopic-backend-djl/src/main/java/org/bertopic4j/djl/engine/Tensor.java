package org.bertopic4j.djl.engine;

import java.util.Arrays;

/**
 * A dense row-major float32 or int64 array with its shape: what a {@link ModelRunner} takes and gives back,
 * whatever the engine. The data array is shared, not copied.
 */
public final class Tensor {
    private final float[] floats;
    private final long[] longs;
    private final long[] shape;

    private Tensor(float[] floats, long[] longs, long[] shape) {
        long size = 1;
        for (long d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("tensor shape " + Arrays.toString(shape) + " has a negative axis");
            }
            size *= d;
        }
        int length = floats != null ? floats.length : longs.length;
        if (size != length) {
            throw new IllegalArgumentException("tensor shape " + Arrays.toString(shape) + " holds " + size
                    + " values, but " + length + " were given");
        }
        this.floats = floats;
        this.longs = longs;
        this.shape = shape.clone();
    }

    /**
     * A float32 tensor.
     *
     * @throws IllegalArgumentException when the shape does not hold exactly {@code data.length} values
     */
    public static Tensor ofFloats(float[] data, long... shape) {
        return new Tensor(data, null, shape);
    }

    /**
     * An int64 tensor.
     *
     * @throws IllegalArgumentException when the shape does not hold exactly {@code data.length} values
     */
    public static Tensor ofLongs(long[] data, long... shape) {
        return new Tensor(null, data, shape);
    }

    /** Whether this holds float32 values (else int64). */
    public boolean isFloat() {
        return floats != null;
    }

    /**
     * The float32 values.
     *
     * @throws IllegalStateException when this is an int64 tensor
     */
    public float[] floats() {
        if (floats == null) {
            throw new IllegalStateException("an int64 tensor has no float values");
        }
        return floats;
    }

    /**
     * The int64 values.
     *
     * @throws IllegalStateException when this is a float32 tensor
     */
    public long[] longs() {
        if (longs == null) {
            throw new IllegalStateException("a float32 tensor has no int64 values");
        }
        return longs;
    }

    /** The shape (a copy). */
    public long[] shape() {
        return shape.clone();
    }

    /**
     * The rows of a rank-2 float tensor {@code [n, d]} as {@code n} arrays.
     *
     * @throws IllegalStateException when this is not a rank-2 float tensor
     */
    public float[][] rows() {
        if (shape.length != 2) {
            throw new IllegalStateException("expected a [rows, width] output, got shape " + Arrays.toString(shape));
        }
        int n = (int) shape[0];
        int d = (int) shape[1];
        float[][] out = new float[n][d];
        for (int r = 0; r < n; r++) {
            System.arraycopy(floats(), r * d, out[r], 0, d);
        }
        return out;
    }

    @Override
    public String toString() {
        return (isFloat() ? "float32" : "int64") + Arrays.toString(shape);
    }
}
