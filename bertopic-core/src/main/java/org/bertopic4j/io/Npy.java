package org.bertopic4j.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes NumPy {@code .npy} files (format versions 1-3, C order, little- or big-endian
 * float32, float64, int32 and int64), so embeddings and labels move freely between Python and Java.
 * Writes are atomic: a temporary file in the same directory is moved into place.
 */
public final class Npy {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([<>|=])([fiu])(\\d)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    private Npy() {
    }

    /** An array read from a {@code .npy} file: its shape and its values widened to double. */
    public static final class NpyArray {
        private final int[] shape;
        private final double[] values;

        NpyArray(int[] shape, double[] values) {
            this.shape = shape;
            this.values = values;
        }

        /** The shape, as NumPy's {@code .shape}. */
        public int[] shape() {
            return shape.clone();
        }

        /** The values in C order. */
        public double[] flat() {
            return values.clone();
        }

        /** A 2-D array as float rows. */
        public float[][] toFloatMatrix() {
            double[][] d = toDoubleMatrix();
            float[][] out = new float[d.length][];
            for (int i = 0; i < d.length; i++) {
                out[i] = new float[d[i].length];
                for (int j = 0; j < d[i].length; j++) {
                    out[i][j] = (float) d[i][j];
                }
            }
            return out;
        }

        /** A 2-D array as double rows. */
        public double[][] toDoubleMatrix() {
            if (shape.length != 2) {
                throw new IllegalStateException("expected a 2-D array, got shape " + Arrays.toString(shape));
            }
            double[][] out = new double[shape[0]][];
            for (int i = 0; i < shape[0]; i++) {
                out[i] = Arrays.copyOfRange(values, i * shape[1], (i + 1) * shape[1]);
            }
            return out;
        }

        /** A 1-D (or flattened) array as ints. */
        public int[] toIntArray() {
            int[] out = new int[values.length];
            for (int i = 0; i < values.length; i++) {
                out[i] = (int) values[i];
            }
            return out;
        }
    }

    /**
     * Reads a {@code .npy} file.
     *
     * @throws IOException when the file cannot be read or is not a supported {@code .npy} array
     */
    public static NpyArray read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /** Reads a {@code .npy} array from a stream; {@code name} appears in error messages. */
    public static NpyArray read(InputStream in, String name) throws IOException {
        Header h = header(in, name);
        if (h.count() * h.size() > Integer.MAX_VALUE - 16) {
            throw new IOException(name + ": array of " + h.count() + " values is too large");
        }
        ByteBuffer buf = body(in, name, (int) (h.count() * h.size()), h.order());
        double[] values = new double[(int) h.count()];
        for (int i = 0; i < values.length; i++) {
            values[i] = h.next(buf);
        }
        return new NpyArray(h.shape(), values);
    }

    /**
     * Reads a 2-D {@code .npy} array straight into float rows, one row at a time: the peak memory is
     * the result plus one row, where {@link #read(Path)} first widens every value to double.
     *
     * @throws IOException when the file cannot be read, is not a supported {@code .npy} array or is not 2-D
     */
    public static float[][] readFloatMatrix(Path file) throws IOException {
        return readFloatMatrix(file, Integer.MAX_VALUE);
    }

    /**
     * {@link #readFloatMatrix(Path)} of at most the first {@code maxRows} rows (the rest of the file is not read).
     *
     * @throws IllegalArgumentException when {@code maxRows} is negative
     */
    public static float[][] readFloatMatrix(Path file, int maxRows) throws IOException {
        Objects.requireNonNull(file, "file");
        if (maxRows < 0) {
            throw new IllegalArgumentException("maxRows must be >= 0, got " + maxRows);
        }
        String name = file.toString();
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            Header h = header(in, name);
            if (h.shape().length != 2) {
                throw new IOException(name + ": expected a 2-D array, got shape " + Arrays.toString(h.shape()));
            }
            int rows = Math.min(maxRows, h.shape()[0]);
            int cols = h.shape()[1];
            float[][] out = new float[rows][cols];
            for (int r = 0; r < rows; r++) {
                ByteBuffer buf = body(in, name + " row " + r, cols * h.size(), h.order());
                for (int c = 0; c < cols; c++) {
                    out[r][c] = (float) h.next(buf);
                }
            }
            return out;
        }
    }

    /** The parsed header: shape, element kind ('f', 'i' or 'u'), element size and byte order. */
    private record Header(int[] shape, char kind, int size, ByteOrder order) {
        long count() {
            long count = 1;
            for (int s : shape) {
                count *= s;
            }
            return count;
        }

        /** The next element of {@code buf}, widened to double. */
        double next(ByteBuffer buf) {
            if (kind == 'f') {
                return size == 4 ? buf.getFloat() : buf.getDouble();
            } else if (kind == 'u') {
                return size == 4 ? Integer.toUnsignedLong(buf.getInt()) : buf.getLong();
            }
            return size == 4 ? buf.getInt() : buf.getLong();
        }
    }

    private static Header header(InputStream in, String name) throws IOException {
        byte[] magic = in.readNBytes(8);
        if (magic.length < 8 || !Arrays.equals(Arrays.copyOf(magic, 6), MAGIC)) {
            throw new IOException(name + " is not a .npy file (bad magic)");
        }
        int major = magic[6];
        int headerLength;
        if (major == 1) {
            byte[] len = in.readNBytes(2);
            headerLength = (len[0] & 0xff) | (len[1] & 0xff) << 8;
        } else {
            byte[] len = in.readNBytes(4);
            headerLength = ByteBuffer.wrap(len).order(ByteOrder.LITTLE_ENDIAN).getInt();
        }
        String header = new String(in.readNBytes(headerLength), StandardCharsets.ISO_8859_1);
        Matcher descr = DESCR.matcher(header);
        Matcher fortran = FORTRAN.matcher(header);
        Matcher shapeM = SHAPE.matcher(header);
        if (!descr.find() || !fortran.find() || !shapeM.find()) {
            throw new IOException(name + ": unsupported .npy header " + header.trim());
        }
        if (fortran.group(1).equals("True")) {
            throw new IOException(name + ": Fortran-order arrays are not supported; save with np.ascontiguousarray");
        }
        String shapeText = shapeM.group(1).trim();
        int[] shape = shapeText.isEmpty() ? new int[0] : Arrays.stream(shapeText.split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).mapToInt(Integer::parseInt).toArray();
        char kind = descr.group(2).charAt(0);
        int size = Integer.parseInt(descr.group(3));
        if (size != 4 && size != 8) {
            throw new IOException(name + ": unsupported dtype " + descr.group(0));
        }
        ByteOrder order = descr.group(1).equals(">") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        return new Header(shape, kind, size, order);
    }

    private static ByteBuffer body(InputStream in, String name, int bytes, ByteOrder order) throws IOException {
        byte[] body = in.readNBytes(bytes);
        if (body.length != bytes) {
            throw new IOException(name + ": truncated, expected " + bytes + " data bytes, got " + body.length);
        }
        return ByteBuffer.wrap(body).order(order);
    }

    /** Writes an n x d float32 array. */
    public static void write(Path file, float[][] m) throws IOException {
        int d = m.length == 0 ? 0 : m[0].length;
        ByteBuffer buf = ByteBuffer.allocate(m.length * d * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float[] row : m) {
            for (float v : row) {
                buf.putFloat(v);
            }
        }
        write(file, "<f4", new int[] {m.length, d}, buf.array());
    }

    /**
     * Writes a float32 array of any shape (for example N x C x H x W pixel tensors) from its values in C order.
     *
     * @throws IllegalArgumentException when the shape does not hold {@code values.length} values
     */
    public static void write(Path file, float[] values, int... shape) throws IOException {
        long count = 1;
        for (int s : shape) {
            count *= s;
        }
        if (count != values.length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " holds " + count
                    + " values, but values has " + values.length + "; give a matching shape");
        }
        ByteBuffer buf = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : values) {
            buf.putFloat(v);
        }
        write(file, "<f4", shape, buf.array());
    }

    /** Writes an n x d float64 array. */
    public static void write(Path file, double[][] m) throws IOException {
        int d = m.length == 0 ? 0 : m[0].length;
        ByteBuffer buf = ByteBuffer.allocate(m.length * d * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (double[] row : m) {
            for (double v : row) {
                buf.putDouble(v);
            }
        }
        write(file, "<f8", new int[] {m.length, d}, buf.array());
    }

    /** Writes a 1-D int64 array (NumPy's default integer type). */
    public static void write(Path file, int[] v) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(v.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (int x : v) {
            buf.putLong(x);
        }
        write(file, "<i8", new int[] {v.length}, buf.array());
    }

    private static void write(Path file, String descr, int[] shape, byte[] body) throws IOException {
        StringBuilder shapeText = new StringBuilder("(");
        for (int s : shape) {
            shapeText.append(s).append(", ");
        }
        if (shape.length > 1) {
            shapeText.setLength(shapeText.length() - 2);
        } else {
            shapeText.setLength(shapeText.length() - 1);
        }
        shapeText.append(')');
        String dict = "{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + shapeText + ", }";
        int total = 10 + dict.length() + 1;
        int pad = (64 - total % 64) % 64;
        String header = dict + " ".repeat(pad) + "\n";
        ByteBuffer prefix = ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN);
        prefix.put(MAGIC).put((byte) 1).put((byte) 0).putShort((short) header.length());
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            try (var out = Files.newOutputStream(tmp)) {
                out.write(prefix.array());
                out.write(header.getBytes(StandardCharsets.ISO_8859_1));
                out.write(body);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
