package org.bertopic4j.persist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The safetensors reader accepts valid files of any layout and rejects malformed ones with the file and problem named. */
class SafetensorsValidationTest {
    private static final String FILE = "x.safetensors";

    @Test
    void roundTripsEveryDtype() {
        Map<String, Tensor> t = new LinkedHashMap<>();
        t.put("f32", Tensor.f32(new float[][] {{1.5f, -2}, {3, Float.MIN_VALUE}}));
        t.put("f64", Tensor.f64(new double[][] {{Math.PI}, {-0.0}}));
        t.put("i32", Tensor.i32(new int[] {Integer.MIN_VALUE, 7}));
        t.put("i64", Tensor.i64(new long[] {Long.MAX_VALUE}));
        t.put("empty", Tensor.f64(new double[0]));
        Map<String, Tensor> back = Safetensors.parse(Safetensors.toBytes(t), FILE);
        assertEquals(t.keySet(), new java.util.TreeSet<>(back.keySet()));
        assertArrayEquals(new float[] {1.5f, -2}, back.get("f32").toFloatMatrix()[0]);
        assertEquals(Double.doubleToLongBits(-0.0), Double.doubleToLongBits(back.get("f64").toDoubleMatrix()[1][0]));
        assertArrayEquals(new int[] {Integer.MIN_VALUE, 7}, back.get("i32").toIntArray());
        assertArrayEquals(new long[] {Long.MAX_VALUE}, back.get("i64").toLongArray());
        assertEquals(0, back.get("empty").size());
    }

    @Test
    void acceptsAnyValidLayoutOrderAndMetadata() {
        String header = "{\"__metadata__\":{\"format\":\"np\"},\"b\":{\"dtype\":\"I32\",\"shape\":[1],\"data_offsets\":[0,4]},"
                + "\"a\":{\"dtype\":\"F32\",\"shape\":[],\"data_offsets\":[4,8]}}";
        Map<String, Tensor> t = Safetensors.parse(file(header, 8), FILE);
        assertEquals(1, t.get("a").size());
        assertEquals(0, t.get("a").shape().length);
    }

    @Test
    void truncatedFile() {
        assertRejected(new byte[5], "truncated");
    }

    @Test
    void headerLengthBeyondFile() {
        byte[] b = file("{}", 0);
        ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putLong(0, 1000);
        assertRejected(b, "beyond the end of the file");
        ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putLong(0, Long.MAX_VALUE);
        assertRejected(b, "outside [2, 100000000]");
    }

    @Test
    void headerThatIsNotJsonOrHasDuplicateNames() {
        assertRejected(file("{not json", 0), "not valid JSON");
        assertRejected(file("[1, 2]", 0), "not a JSON object");
        assertRejected(file("{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]},"
                + "\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]}}", 4), "Duplicate field 'a'");
    }

    @Test
    void unknownDtype() {
        assertRejected(file(entry("a", "BF16", "[2]", 0, 4), 4), "unsupported dtype 'BF16'");
    }

    @Test
    void shapeAndByteLengthDisagree() {
        assertRejected(file(entry("a", "F32", "[3]", 0, 8), 8), "needs 12 bytes but data_offsets [0, 8] hold 8");
        assertRejected(file(entry("a", "F32", "[-1]", 0, 0), 0), "non-negative integers");
        assertRejected(file(entry("a", "F64", "[4611686018427387904, 4]", 0, 8), 8), "overflows");
    }

    @Test
    void offsetsOutOfBoundsOverlappingOrLeavingGaps() {
        assertRejected(file(entry("a", "F32", "[25]", 0, 100), 8), "out of bounds");
        assertRejected(file(entry("a", "F32", "[1]", 8, 4), 8), "out of bounds");
        assertRejected(file("{" + body("a", "F32", "[2]", 0, 8) + "," + body("b", "F32", "[2]", 4, 12) + "}", 12), "overlap");
        assertRejected(file("{" + body("a", "F32", "[1]", 0, 4) + "," + body("b", "F32", "[1]", 8, 12) + "}", 12),
                "belong to no tensor");
        assertRejected(file(entry("a", "F32", "[1]", 0, 4), 8), "cover 4 bytes but the data buffer has 8");
    }

    @Test
    void wrongTypesInAnEntry() {
        assertRejected(file("{\"a\":{\"dtype\":\"F32\",\"shape\":[1]}}", 4), "data_offsets");
        assertRejected(file("{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0.5,4]}}", 4), "must be integers");
        assertRejected(file("{\"a\":7}", 0), "not described by a JSON object");
    }

    private static void assertRejected(byte[] bytes, String problem) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Safetensors.parse(bytes, FILE));
        assertTrue(e.getMessage().startsWith(FILE + ":"), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }

    private static String entry(String name, String dtype, String shape, long begin, long end) {
        return "{" + body(name, dtype, shape, begin, end) + "}";
    }

    private static String body(String name, String dtype, String shape, long begin, long end) {
        return "\"" + name + "\":{\"dtype\":\"" + dtype + "\",\"shape\":" + shape + ",\"data_offsets\":[" + begin + "," + end + "]}";
    }

    private static byte[] file(String header, int dataBytes) {
        byte[] h = header.getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = ByteBuffer.allocate(8 + h.length + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(h.length).put(h);
        return b.array();
    }
}
