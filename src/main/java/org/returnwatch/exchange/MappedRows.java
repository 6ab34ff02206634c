package org.returnwatch.exchange;

import static org.returnwatch.i18n.Phrase.phrase;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Reference;

/**
 * Turns the rows of someone else's CSV into the records of the JSON document through a
 * {@link Mapping}: rows with the same key are one case (a value that differs between them is a
 * problem, lists are merged), each row with something in its incident columns is one incident of
 * that case, and every record cites the mapping's source. Identifiers derive from the dataset's
 * name and the keys, so importing the file again updates what it brought in.
 */
final class MappedRows {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");
    private static final Pattern NUMERIC_DATE = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})");

    private final Mapping m;
    private final String mappingFile;
    private final CsvTableReader.Table table;
    private final Problems problems;
    private final RefAllocator refs;
    private final ObjectMapper mapper;

    MappedRows(Mapping m, String mappingFile, CsvTableReader.Table table, Problems problems, RefAllocator refs,
               ObjectMapper mapper) {
        this.m = m;
        this.mappingFile = mappingFile;
        this.table = table;
        this.problems = problems;
        this.refs = refs;
        this.mapper = mapper;
    }

    /** An incident read from a row, waiting for its case's reference. */
    private record Pending(InputRecord node, String caseKey, CsvTableReader.Row row) {
    }

    /** One person's rows, merged. */
    private static final class Draft {
        final CsvTableReader.Row first;
        final int line;
        final Map<String, String> values = new LinkedHashMap<>();
        final Map<String, Integer> lineOf = new HashMap<>();
        final Map<String, Set<String>> lists = new LinkedHashMap<>();

        Draft(CsvTableReader.Row first) {
            this.first = first;
            this.line = first.line();
        }
    }

    Map<String, List<InputRecord>> convert() {
        Map<String, List<InputRecord>> doc = new LinkedHashMap<>();
        if (!columnsExist()) {
            return doc;
        }
        String sourceRef = source(doc);
        Map<String, Draft> drafts = new LinkedHashMap<>();
        Map<String, Integer> incidentKeys = new HashMap<>();
        List<Pending> incidents = new ArrayList<>();
        for (CsvTableReader.Row row : table.rows()) {
            String key = eval(m.caseKey() != null ? m.caseKey() : m.caseFields().get("name"), row);
            if (key == null) {
                problems.add(table.file(), row.line(), label(m.caseKey() != null ? m.caseKey()
                        : m.caseFields().get("name"), "case.key"), phrase("is empty; every row needs the value "
                                + "that tells whose case it is"));
                continue;
            }
            Draft d = drafts.computeIfAbsent(key, k -> new Draft(row));
            m.caseFields().forEach((field, rule) -> merge(d, field, rule, row));
            if (m.hasIncidents() && anyFromRow(m.incidentFields(), row)) {
                String ikey = incidentKey(key, row, incidentKeys);
                if (ikey != null) {
                    incidents.add(new Pending(incident(ikey, row), key, row));
                }
            }
        }
        List<InputRecord> cases = new ArrayList<>();
        Map<String, String> caseRefs = new HashMap<>();
        List<InputRecord> citations = new ArrayList<>();
        drafts.forEach((key, d) -> {
            InputRecord c = caseNode(key, d);
            cases.add(c);
            caseRefs.put(key, c.node().get("ref").asText());
            cite(citations, c, sourceRef, d.line, d.first);
        });
        for (Pending p : incidents) {
            ((ObjectNode) p.node().node()).put("case", caseRefs.get(p.caseKey()));
            cite(citations, p.node(), sourceRef, p.row().line(), p.row());
        }
        doc.put("cases", cases);
        doc.put("incidents", incidents.stream().map(Pending::node).toList());
        if (sourceRef != null) {
            doc.put("citations", citations);
        }
        return doc;
    }

    private boolean columnsExist() {
        int before = problems.count();
        checkRule(m.caseKey(), "case.key");
        m.caseFields().forEach((f, r) -> checkRule(r, "case.fields." + f));
        checkRule(m.incidentKey(), "incident.key");
        if (m.hasIncidents()) {
            m.incidentFields().forEach((f, r) -> checkRule(r, "incident.fields." + f));
        }
        checkRule(m.locator(), "citation.locator");
        return problems.count() == before;
    }

    private void checkRule(Mapping.Rule r, String where) {
        if (r == null) {
            return;
        }
        List<String> named = new ArrayList<>();
        if (r.column() != null) {
            named.add(r.column());
        }
        if (r.template() != null) {
            Matcher mt = PLACEHOLDER.matcher(r.template());
            while (mt.find()) {
                named.add(mt.group(1));
            }
        }
        for (String column : named) {
            if (!table.header().contains(column)) {
                problems.add(mappingFile, 0, where, phrase("names the column \"{0}\", which {1} does not have "
                        + "(its columns: {2})", column, table.file(), String.join(", ", table.header())));
            } else if (table.header().indexOf(column) != table.header().lastIndexOf(column)) {
                problems.add(table.file(), 1, "column " + column, phrase("appears twice in the header; rename one "
                        + "so the mapping can tell them apart"));
            }
        }
    }

    /** The source every record cites: a stored one, or a new one the import adds. */
    private String source(Map<String, List<InputRecord>> doc) {
        Mapping.SourceSpec s = m.source();
        if (s == null) {
            return null;
        }
        if (s.ref() != null) {
            if (!Reference.looksLikeReference(s.ref()) || Reference.parse(s.ref()).kind() != RecordKind.SOURCE
                    || !refs.exists(Reference.parse(s.ref()))) {
                problems.add(mappingFile, 0, "source", phrase("{0} names no source in the database", s.ref()));
                return null;
            }
            return Reference.parse(s.ref()).toString();
        }
        UUID id = id("source");
        ObjectNode node = mapper.createObjectNode();
        node.put("ref", refs.ref(RecordKind.SOURCE, id).toString()).put("id", id.toString());
        s.fields().forEach(node::put);
        doc.put("sources", List.of(new InputRecord(node, 0, "source", mappingFile, null, Map.of())));
        return node.get("ref").asText();
    }

    private void merge(Draft d, String field, Mapping.Rule rule, CsvTableReader.Row row) {
        String v = eval(rule, row);
        if (v == null) {
            return;
        }
        if (Mapping.LIST_FIELDS.contains(field)) {
            String sep = rule.separator() == null ? ";" : rule.separator();
            Set<String> items = d.lists.computeIfAbsent(field, k -> new LinkedHashSet<>());
            for (String item : v.split(Pattern.quote(sep))) {
                if (!item.isBlank()) {
                    items.add(item.strip());
                }
            }
            return;
        }
        String before = d.values.putIfAbsent(field, v);
        if (before == null) {
            d.lineOf.put(field, row.line());
        } else if (!before.equals(v)) {
            problems.add(table.file(), row.line(), label(rule, "case.fields." + field), phrase("\"{0}\" differs "
                    + "from \"{1}\" on line {2} for the same person", v, before, d.lineOf.get(field)));
        }
    }

    private InputRecord caseNode(String key, Draft d) {
        UUID id = id("case:" + key);
        ObjectNode node = mapper.createObjectNode();
        node.put("ref", refs.ref(RecordKind.CASE, id).toString()).put("id", id.toString());
        d.values.forEach((field, v) -> put(node, field, v));
        d.lists.forEach((field, items) -> {
            ArrayNode a = node.putArray(field);
            items.forEach(a::add);
        });
        return InputRecord.row(node, table.file(), d.line, labels(m.caseFields(), "case.fields."));
    }

    private String incidentKey(String caseKey, CsvTableReader.Row row, Map<String, Integer> seen) {
        String key;
        if (m.incidentKey() != null) {
            key = eval(m.incidentKey(), row);
            if (key == null) {
                problems.add(table.file(), row.line(), label(m.incidentKey(), "incident.key"), phrase("is empty; "
                        + "every incident row needs its key"));
                return null;
            }
            Integer first = seen.putIfAbsent(key, row.line());
            if (first != null) {
                problems.add(table.file(), row.line(), label(m.incidentKey(), "incident.key"), phrase("\"{0}\" is "
                        + "also the key of line {1}; each incident needs its own", key, first));
                return null;
            }
            return key;
        }
        // No key column: the incident is known by its case and what the mapping reads of it, so the
        // same row imported again is the same incident; identical rows are numbered apart.
        StringBuilder content = new StringBuilder(caseKey);
        m.incidentFields().forEach((f, r) -> content.append('\u001f').append(f).append('=').append(eval(r, row)));
        String base = content.toString();
        int n = seen.merge(base, 1, Integer::sum);
        return n == 1 ? base : base + '\u001f' + n;
    }

    private InputRecord incident(String key, CsvTableReader.Row row) {
        UUID id = id("incident:" + key);
        ObjectNode node = mapper.createObjectNode();
        node.put("ref", refs.ref(RecordKind.INCIDENT, id).toString()).put("id", id.toString());
        m.incidentFields().forEach((field, rule) -> {
            String v = eval(rule, row);
            if (v != null) {
                put(node, field, field.equals("date") ? date(v, rule.dateForm()) : v);
            }
        });
        return InputRecord.row(node, table.file(), row.line(), labels(m.incidentFields(), "incident.fields."));
    }

    private void cite(List<InputRecord> citations, InputRecord record, String sourceRef, int line,
            CsvTableReader.Row row) {
        if (sourceRef == null) {
            return;
        }
        UUID recordId = UUID.fromString(record.node().get("id").asText());
        UUID id = id("citation:" + recordId);
        ObjectNode node = mapper.createObjectNode();
        node.put("ref", refs.ref(RecordKind.CITATION, id).toString()).put("id", id.toString())
                .put("record", record.node().get("ref").asText()).put("source", sourceRef);
        String locator = m.locator() != null && row != null ? eval(m.locator(), row) : null;
        node.put("locator", locator != null ? locator : "line " + line);
        citations.add(InputRecord.row(node, table.file(), line, Map.of("locator", label(m.locator(),
                "citation.locator"))));
    }

    /** The value of a rule on a row: read, mapped through its values, or its default; null when empty. */
    private String eval(Mapping.Rule r, CsvTableReader.Row row) {
        if (r == null) {
            return null;
        }
        String raw = r.column() != null ? cell(row, r.column()) : r.template() != null ? fill(r.template(), row)
                : r.value();
        raw = raw == null || raw.isBlank() ? null : raw.strip();
        if (raw != null && !r.values().isEmpty()) {
            raw = mapped(r.values(), raw);
        }
        return raw == null ? r.defaultValue() : raw;
    }

    private static String mapped(Map<String, String> values, String raw) {
        String wanted = normal(raw);
        for (var e : values.entrySet()) {
            if (normal(e.getKey()).equals(wanted)) {
                return e.getValue();
            }
        }
        return values.containsKey("*") ? values.get("*") : raw;
    }

    private static String normal(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private String cell(CsvTableReader.Row row, String column) {
        int i = table.column(column);
        return i < 0 || i >= row.cells().size() ? null : row.cells().get(i);
    }

    /** Fills "{Column}" placeholders; a template whose every placeholder is empty is empty. */
    private String fill(String template, CsvTableReader.Row row) {
        Matcher mt = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        boolean any = false;
        while (mt.find()) {
            String v = cell(row, mt.group(1));
            any |= v != null && !v.isBlank();
            mt.appendReplacement(out, Matcher.quoteReplacement(v == null ? "" : v.strip()));
        }
        mt.appendTail(out);
        return any ? out.toString().replaceAll("\\s+", " ") : null;
    }

    private boolean anyFromRow(Map<String, Mapping.Rule> rules, CsvTableReader.Row row) {
        for (Mapping.Rule r : rules.values()) {
            if (r.fromRow()) {
                String raw = r.column() != null ? cell(row, r.column()) : fill(r.template(), row);
                if (raw != null && !raw.isBlank()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Numeric dates in the form the mapping declares become ISO dates; others are read as written. */
    static String date(String v, Mapping.DateForm form) {
        Matcher d = NUMERIC_DATE.matcher(v);
        if (form == Mapping.DateForm.AUTO || !d.matches()) {
            return v;
        }
        int a = Integer.parseInt(d.group(1));
        int b = Integer.parseInt(d.group(2));
        int day = form == Mapping.DateForm.DAY_MONTH_YEAR ? a : b;
        int month = form == Mapping.DateForm.DAY_MONTH_YEAR ? b : a;
        return String.format("%s-%02d-%02d", d.group(3), month, day);
    }

    private void put(ObjectNode node, String field, String v) {
        if (Mapping.BOOLEAN_FIELDS.contains(field)) {
            switch (normal(v)) {
                case "true", "yes", "y", "1" -> node.put(field, true);
                case "false", "no", "n", "0" -> node.put(field, false);
                default -> node.put(field, v);
            }
        } else {
            node.put(field, v);
        }
    }

    private Map<String, String> labels(Map<String, Mapping.Rule> rules, String prefix) {
        Map<String, String> out = new HashMap<>();
        rules.forEach((f, r) -> out.put(f, label(r, prefix + f)));
        return out;
    }

    /** How a problem names where a value came from: its column, its template's columns, or the mapping. */
    private String label(Mapping.Rule r, String where) {
        if (r != null && r.column() != null) {
            return "column " + r.column();
        }
        if (r != null && r.template() != null) {
            List<String> cols = new ArrayList<>();
            Matcher mt = PLACEHOLDER.matcher(r.template());
            while (mt.find()) {
                cols.add(mt.group(1));
            }
            return "columns " + String.join(" + ", cols);
        }
        return where + " of " + mappingFile;
    }

    private UUID id(String what) {
        return UUID.nameUUIDFromBytes(("returnwatch:mapped:" + m.dataset() + ":" + what)
                .getBytes(StandardCharsets.UTF_8));
    }
}
