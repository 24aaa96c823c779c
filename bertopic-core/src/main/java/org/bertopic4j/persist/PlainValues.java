package org.bertopic4j.persist;

import java.util.List;
import java.util.Map;

/** Checks that stage parameters are plain JSON values, so that nothing but data is ever written or read. */
final class PlainValues {
    private PlainValues() {
    }

    /**
     * Returns {@code value} after checking it holds only null, numbers, strings, booleans, lists and maps
     * with string keys.
     *
     * @throws IllegalArgumentException naming the offending entry otherwise
     */
    static <T> T require(T value, String where) {
        check(value, where);
        return value;
    }

    private static void check(Object v, String where) {
        if (v == null || v instanceof Number || v instanceof String || v instanceof Boolean) {
            return;
        }
        if (v instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                check(l.get(i), where + "[" + i + "]");
            }
            return;
        }
        if (v instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!(e.getKey() instanceof String k)) {
                    throw new IllegalArgumentException(where + " has the non-string key " + e.getKey());
                }
                check(e.getValue(), where + "." + k);
            }
            return;
        }
        throw new IllegalArgumentException(where + " holds a " + v.getClass().getName()
                + "; stage parameters must be numbers, strings, booleans, lists or maps (arrays go in tensors())");
    }
}
