package org.returnwatch.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A record of an input with where it came from, so problems can name the place: a JSON object and
 * the line it starts on, or a CSV row with its file, line and the columns its fields came from.
 *
 * @param file     the file to name instead of the input's own name (a CSV file of a folder or zip), or null
 * @param columns  for a CSV row: how to name the place each field came from ("column Date"); a field
 *                 missing here came from the column of its own name; null for JSON
 * @param children for a CSV row: the rows of another file that form one of its arrays (a series'
 *                 points, an agreement's status history), each with its own line
 */
record InputRecord(JsonNode node, int line, String path, String file, Map<String, String> columns,
               Map<String, List<InputRecord>> children) {

    InputRecord(JsonNode node, int line, String path) {
        this(node, line, path, null, null, Map.of());
    }

    static InputRecord row(JsonNode node, String file, int line, Map<String, String> columns) {
        return new InputRecord(node, line, "", file, columns, new HashMap<>());
    }

    /** How a problem names a field: {@code cases[3].campaign} in JSON, {@code column Campaign} in CSV. */
    String where(String field) {
        if (columns == null) {
            return field == null ? path : path + "." + field;
        }
        return field == null ? null : columns.getOrDefault(field, "column " + field);
    }

    /** The {@code index}-th element of an array field, located on its own CSV row when it came from one. */
    InputRecord element(String field, int index) {
        List<InputRecord> rows = children.get(field);
        if (rows != null && index < rows.size()) {
            return rows.get(index);
        }
        return new InputRecord(node.get(field).get(index), line, path + "." + field + "[" + index + "]", file,
                columns, Map.of());
    }
}
