package org.returnwatch.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.returnwatch.domain.Reference;

/**
 * A record's fields as JSON, in one canonical form: every component of the Java record in
 * declaration order (nested records as objects, lists as arrays, enums by name, decimals in plain
 * notation without trailing zeros, absent values as null). The same record always gives the same
 * text, so the text is what seals and history hashes cover, and what history shows before and after
 * a change; {@link #rebuild} turns it back into the record, to restore an earlier version.
 *
 * <p>The form follows the domain records: a release that changes a record's components must
 * reseal the stored records in its migration.
 */
final class RecordJson {
    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** What the history entry holds in columns of its own rather than among the fields. */
    static final Set<String> IDENTITY = Set.of("id", "ref", "version");

    private RecordJson() {
    }

    /** The record's fields, without its identity and the named components (held as records of their own). */
    static ObjectNode fields(Record rec, Set<String> excluded) {
        ObjectNode n = NODES.objectNode();
        for (RecordComponent c : rec.getClass().getRecordComponents()) {
            if (!IDENTITY.contains(c.getName()) && !excluded.contains(c.getName())) {
                n.set(c.getName(), value(get(c, rec)));
            }
        }
        return n;
    }

    static String text(JsonNode n) {
        try {
            return MAPPER.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always writes", e);
        }
    }

    static ObjectNode parse(String text) {
        try {
            JsonNode n = MAPPER.readTree(text);
            if (!(n instanceof ObjectNode o)) {
                throw new IllegalArgumentException("not an object");
            }
            return o;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON", e);
        }
    }

    private static Object get(RecordComponent c, Record rec) {
        try {
            return c.getAccessor().invoke(rec);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + rec.getClass().getSimpleName(), e);
        }
    }

    private static JsonNode value(Object v) {
        if (v == null) {
            return NODES.nullNode();
        } else if (v instanceof String s) {
            return NODES.textNode(s);
        } else if (v instanceof Boolean b) {
            return NODES.booleanNode(b);
        } else if (v instanceof Integer i) {
            return NODES.numberNode(i);
        } else if (v instanceof Long l) {
            return NODES.numberNode(l);
        } else if (v instanceof Enum<?> e) {
            return NODES.textNode(e.name());
        } else if (v instanceof BigDecimal d) {
            return NODES.textNode(canonical(d));
        } else if (v instanceof UUID || v instanceof LocalDate || v instanceof Reference || v instanceof Instant) {
            return NODES.textNode(v.toString());
        } else if (v instanceof List<?> list) {
            ArrayNode a = NODES.arrayNode();
            list.forEach(x -> a.add(value(x)));
            return a;
        } else if (v instanceof Record r) {
            return fields(r, Set.of());
        }
        throw new IllegalArgumentException("no JSON form for " + v.getClass().getName());
    }

    static String canonical(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    /**
     * The record of {@code type} with these identity values and fields; components excluded from the
     * fields take the given defaults (an empty list, say).
     */
    static <T extends Record> T rebuild(Class<T> type, Map<String, Object> given, ObjectNode fields) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            types[i] = c.getType();
            if (given.containsKey(c.getName())) {
                args[i] = given.get(c.getName());
            } else {
                JsonNode n = fields.get(c.getName());
                if (n == null && c.getType().isPrimitive()) {
                    throw new IllegalArgumentException("the field " + c.getName() + " is missing");
                }
                // an entry written before a component existed (a case's status before version 42) has it absent
                args[i] = n == null ? null : read(n, c.getGenericType());
            }
        }
        try {
            Constructor<T> canonical = type.getDeclaredConstructor(types);
            return canonical.newInstance(args);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException("the stored fields do not make a valid " + type.getSimpleName(),
                    e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object read(JsonNode n, Type type) {
        if (n.isNull()) {
            return null;
        }
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            List<Object> out = new ArrayList<>();
            for (Iterator<JsonNode> it = n.elements(); it.hasNext();) {
                out.add(read(it.next(), p.getActualTypeArguments()[0]));
            }
            return out;
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return n.textValue();
        } else if (c == boolean.class || c == Boolean.class) {
            return n.booleanValue();
        } else if (c == int.class || c == Integer.class) {
            return n.intValue();
        } else if (c == long.class || c == Long.class) {
            return n.longValue();
        } else if (c.isEnum()) {
            return Enum.valueOf((Class<Enum>) c, n.textValue());
        } else if (c == BigDecimal.class) {
            return new BigDecimal(n.textValue());
        } else if (c == UUID.class) {
            return UUID.fromString(n.textValue());
        } else if (c == LocalDate.class) {
            return LocalDate.parse(n.textValue());
        } else if (c == Instant.class) {
            return Instant.parse(n.textValue());
        } else if (c == Reference.class) {
            return Reference.parse(n.textValue());
        } else if (c.isRecord()) {
            return rebuild((Class<? extends Record>) c, Map.of(), (ObjectNode) n);
        }
        throw new IllegalArgumentException("no reading of " + c.getName());
    }
}
