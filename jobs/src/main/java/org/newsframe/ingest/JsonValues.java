package org.newsframe.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Converts a JSON object into the field map the mapper reads: strings, numbers (Long, Double), booleans,
 * joined string arrays, and {@link Structured} for objects and arrays of objects (their JSON text).
 */
final class JsonValues {

    private JsonValues() {}

    /** A JSON object or a non-scalar array, as JSON text: a usable title or source, never an article text. */
    record Structured(String json) {
        @Override
        public String toString() {
            return json;
        }
    }

    static Map<String, Object> fields(ObjectNode object) {
        Map<String, Object> fields = new HashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = object.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            fields.put(e.getKey(), value(v));
            if (v.isObject()) {
                // Nested objects are reachable with dotted names: fields.text = "content.body".
                flatten(e.getKey(), (ObjectNode) v, fields, 1);
            }
        }
        return fields;
    }

    private static void flatten(String prefix, ObjectNode object, Map<String, Object> into, int depth) {
        if (depth > 4) {
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> it = object.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = prefix + "." + e.getKey();
            into.putIfAbsent(key, value(e.getValue()));
            if (e.getValue().isObject()) {
                flatten(key, (ObjectNode) e.getValue(), into, depth + 1);
            }
        }
    }

    static Object value(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return null;
        }
        if (v.isTextual()) {
            return v.textValue();
        }
        if (v.isIntegralNumber()) {
            return v.longValue();
        }
        if (v.isNumber()) {
            return v.doubleValue();
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isArray()) {
            // A list of paragraphs is common; join scalar items with newlines.
            StringBuilder sb = new StringBuilder();
            for (JsonNode item : v) {
                if (item.isValueNode() && !item.isNull()) {
                    if (sb.length() > 0) {
                        sb.append('\n');
                    }
                    sb.append(item.asText());
                } else if (!item.isNull()) {
                    return new Structured(v.toString());
                }
            }
            return sb.toString();
        }
        return new Structured(v.toString());
    }
}
