package org.bertopic4j.persist;

/** The safetensors element types this library reads and writes: little-endian floats and signed integers. */
public enum Dtype {
    /** 32-bit IEEE float. */
    F32(4),
    /** 64-bit IEEE float. */
    F64(8),
    /** 32-bit signed integer. */
    I32(4),
    /** 64-bit signed integer. */
    I64(8);

    private final int bytes;

    Dtype(int bytes) {
        this.bytes = bytes;
    }

    /** Bytes per element. */
    public int bytes() {
        return bytes;
    }

    /**
     * The dtype named {@code name} in a safetensors header.
     *
     * @throws IllegalArgumentException for any other name (BF16, U8, ... are valid safetensors but unused here)
     */
    static Dtype parse(String name, String where) {
        for (Dtype d : values()) {
            if (d.name().equals(name)) {
                return d;
            }
        }
        throw new IllegalArgumentException(where + ": unsupported dtype '" + name + "'; expected one of F32, F64, I32, I64");
    }
}
