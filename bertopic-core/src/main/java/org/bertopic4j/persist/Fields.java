package org.bertopic4j.persist;

import com.fasterxml.jackson.databind.JsonNode;

/** Typed access to JSON fields with errors that name the file and the field. */
final class Fields {
    private Fields() {
    }

    static JsonNode require(JsonNode o, String field, String file) {
        JsonNode n = o.get(field);
        if (n == null) {
            throw new IllegalArgumentException(file + ": missing field \"" + field + "\"");
        }
        return n;
    }

    static JsonNode object(JsonNode o, String field, String file) {
        JsonNode n = require(o, field, file);
        if (!n.isObject()) {
            throw new IllegalArgumentException(file + ": \"" + field + "\" must be a JSON object, got " + n.getNodeType());
        }
        return n;
    }

    static JsonNode array(JsonNode o, String field, String file) {
        JsonNode n = require(o, field, file);
        if (!n.isArray()) {
            throw new IllegalArgumentException(file + ": \"" + field + "\" must be a list, got " + n.getNodeType());
        }
        return n;
    }

    static int integer(JsonNode o, String field, String file) {
        return integer(require(o, field, file), file + " \"" + field + "\"");
    }

    static int integer(JsonNode n, String where) {
        if (n == null || !n.isIntegralNumber() || !n.canConvertToInt()) {
            throw new IllegalArgumentException(where + ": expected an integer, got " + n);
        }
        return n.asInt();
    }

    static boolean bool(JsonNode o, String field, String file) {
        JsonNode n = require(o, field, file);
        if (!n.isBoolean()) {
            throw new IllegalArgumentException(file + ": \"" + field + "\" must be true or false, got " + n);
        }
        return n.asBoolean();
    }

    /** A topic id written as a JSON key: an integer >= -1. */
    static int topicId(String key, String file) {
        if (key.matches("-?\\d{1,9}")) {
            int id = Integer.parseInt(key);
            if (id >= -1) {
                return id;
            }
        }
        throw new IllegalArgumentException(file + ": topic id '" + key + "' is not an integer >= -1");
    }
}
