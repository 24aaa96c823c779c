package org.bertopic4j.persist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads and writes the safetensors format (8-byte little-endian header length, a JSON header naming each
 * tensor's dtype, shape and {@code data_offsets}, then the raw little-endian bytes). Reading validates
 * everything before any tensor is built: the header length against the file, the header's JSON, known
 * dtypes (F32, F64, I32, I64), byte lengths against shapes, offsets in bounds, not overlapping and covering
 * the whole data buffer. Every error names the file and the problem.
 */
public final class Safetensors {
    /** The largest header accepted (as the reference implementation: 100 MB). */
    static final long MAX_HEADER_BYTES = 100_000_000L;
    private static final String METADATA = "__metadata__";

    private Safetensors() {
    }

    /**
     * The tensors of a safetensors file, by name in header order.
     *
     * @throws IllegalArgumentException when the file is malformed (the message names the file)
     * @throws IOException when it cannot be read
     */
    public static Map<String, Tensor> read(Path file) throws IOException {
        long size = Files.size(file);
        String name = file.getFileName().toString();
        if (size > Integer.MAX_VALUE - 64) {
            throw new IllegalArgumentException(name + ": file of " + size + " bytes is larger than the 2 GiB this reader accepts");
        }
        return parse(Files.readAllBytes(file), name);
    }

    /** The tensors of safetensors bytes; {@code name} is used in error messages. */
    static Map<String, Tensor> parse(byte[] bytes, String name) {
        if (bytes.length < 8) {
            throw new IllegalArgumentException(name + ": truncated safetensors file (" + bytes.length
                    + " bytes, the 8-byte header length is missing)");
        }
        long headerLength = ByteBuffer.wrap(bytes, 0, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
        if (headerLength < 2 || headerLength > MAX_HEADER_BYTES) {
            throw new IllegalArgumentException(name + ": header length " + headerLength + " is outside [2, "
                    + MAX_HEADER_BYTES + "]");
        }
        if (8 + headerLength > bytes.length) {
            throw new IllegalArgumentException(name + ": header length " + headerLength + " goes beyond the end of the file ("
                    + bytes.length + " bytes): the file is truncated or not safetensors");
        }
        String text = new String(bytes, 8, (int) headerLength, StandardCharsets.UTF_8);
        JsonNode header;
        try {
            header = Json.parse(text);
        } catch (IOException e) {
            throw new IllegalArgumentException(name + ": header is not valid JSON: " + e.getMessage(), e);
        }
        if (!(header instanceof ObjectNode)) {
            throw new IllegalArgumentException(name + ": header is not a JSON object");
        }
        int dataStart = 8 + (int) headerLength;
        long dataLength = bytes.length - (long) dataStart;
        List<Entry> entries = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = header.properties().iterator();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            if (f.getKey().equals(METADATA)) {
                continue;
            }
            entries.add(Entry.of(name, f.getKey(), f.getValue(), dataLength));
        }
        requireTiling(name, entries, dataLength);
        Map<String, Tensor> out = new LinkedHashMap<>();
        for (Entry e : entries) {
            byte[] data = java.util.Arrays.copyOfRange(bytes, dataStart + (int) e.begin, dataStart + (int) e.end);
            out.put(e.name, new Tensor(e.dtype, e.shape, data));
        }
        return out;
    }

    private static void requireTiling(String file, List<Entry> entries, long dataLength) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort((a, b) -> a.begin != b.begin ? Long.compare(a.begin, b.begin) : Long.compare(a.end, b.end));
        long expected = 0;
        for (Entry e : sorted) {
            if (e.begin < expected) {
                throw new IllegalArgumentException(file + ": tensor '" + e.name + "' data_offsets [" + e.begin + ", "
                        + e.end + "] overlap the previous tensor (which ends at " + expected + ")");
            }
            if (e.begin > expected) {
                throw new IllegalArgumentException(file + ": bytes " + expected + ".." + e.begin
                        + " of the data buffer belong to no tensor (before tensor '" + e.name + "')");
            }
            expected = e.end;
        }
        if (expected != dataLength) {
            throw new IllegalArgumentException(file + ": the tensors cover " + expected + " bytes but the data buffer has "
                    + dataLength + " bytes");
        }
    }

    /**
     * Writes tensors as a safetensors file: header keys sorted by name, data in the same order, the header
     * padded with spaces to a multiple of 8 bytes.
     *
     * @throws IOException when the file cannot be written
     */
    public static void write(Path file, Map<String, Tensor> tensors) throws IOException {
        Files.write(file, toBytes(tensors));
    }

    static byte[] toBytes(Map<String, Tensor> tensors) {
        Map<String, Tensor> sorted = new TreeMap<>(tensors);
        ObjectNode header = Json.MAPPER.createObjectNode();
        long offset = 0;
        for (Map.Entry<String, Tensor> e : sorted.entrySet()) {
            ObjectNode t = header.putObject(e.getKey());
            t.put("dtype", e.getValue().dtype().name());
            var shape = t.putArray("shape");
            for (long s : e.getValue().shape()) {
                shape.add(s);
            }
            var offsets = t.putArray("data_offsets");
            offsets.add(offset);
            offset += e.getValue().byteLength();
            offsets.add(offset);
        }
        byte[] json = header.toString().getBytes(StandardCharsets.UTF_8);
        int padded = (json.length + 7) / 8 * 8;
        long total = 8L + padded + offset;
        if (total > Integer.MAX_VALUE - 64) {
            throw new IllegalArgumentException("tensors of " + offset + " bytes are too large for one file (limit 2 GiB)");
        }
        ByteBuffer out = ByteBuffer.allocate((int) total).order(ByteOrder.LITTLE_ENDIAN);
        out.putLong(padded);
        out.put(json);
        for (int i = json.length; i < padded; i++) {
            out.put((byte) ' ');
        }
        for (Tensor t : sorted.values()) {
            t.copyTo(out);
        }
        return out.array();
    }

    private record Entry(String name, Dtype dtype, long[] shape, long begin, long end) {
        static Entry of(String file, String name, JsonNode node, long dataLength) {
            String where = file + ": tensor '" + name + "'";
            if (!node.isObject()) {
                throw new IllegalArgumentException(where + " is not described by a JSON object");
            }
            JsonNode dtype = node.get("dtype");
            JsonNode shape = node.get("shape");
            JsonNode offsets = node.get("data_offsets");
            if (dtype == null || !dtype.isTextual() || shape == null || !shape.isArray() || offsets == null
                    || !offsets.isArray() || offsets.size() != 2) {
                throw new IllegalArgumentException(where + " needs \"dtype\" (string), \"shape\" (array) and "
                        + "\"data_offsets\" ([begin, end])");
            }
            Dtype d = Dtype.parse(dtype.asText(), where);
            long[] s = new long[shape.size()];
            long elements = 1;
            for (int i = 0; i < s.length; i++) {
                JsonNode dim = shape.get(i);
                if (!dim.isIntegralNumber() || !dim.canConvertToLong() || dim.asLong() < 0) {
                    throw new IllegalArgumentException(where + ": shape " + shape + " must hold non-negative integers");
                }
                s[i] = dim.asLong();
                try {
                    elements = Math.multiplyExact(elements, s[i]);
                } catch (ArithmeticException e) {
                    throw new IllegalArgumentException(where + ": shape " + shape + " overflows", e);
                }
            }
            long begin = integer(where, offsets.get(0));
            long end = integer(where, offsets.get(1));
            if (begin < 0 || end < begin || end > dataLength) {
                throw new IllegalArgumentException(where + ": data_offsets [" + begin + ", " + end
                        + "] are out of bounds of the " + dataLength + "-byte data buffer");
            }
            long expected;
            try {
                expected = Math.multiplyExact(elements, d.bytes());
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException(where + ": shape " + shape + " overflows", e);
            }
            if (end - begin != expected) {
                throw new IllegalArgumentException(where + ": shape " + shape + " of " + d + " needs " + expected
                        + " bytes but data_offsets [" + begin + ", " + end + "] hold " + (end - begin));
            }
            return new Entry(name, d, s, begin, end);
        }

        private static long integer(String where, JsonNode n) {
            if (!n.isIntegralNumber() || !n.canConvertToLong()) {
                throw new IllegalArgumentException(where + ": data_offsets must be integers, got " + n);
            }
            return n.asLong();
        }
    }
}
