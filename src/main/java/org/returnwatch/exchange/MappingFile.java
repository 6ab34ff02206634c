package org.returnwatch.exchange;

import static org.returnwatch.i18n.Phrase.phrase;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.returnwatch.i18n.Phrase;

/**
 * Reads (and writes) the JSON mapping file of docs/csv-mapping.md, reporting every mistake in it
 * with its place ("case.fields.campaign.values") before any row of the CSV is read.
 */
public final class MappingFile {
    static final String FORMAT = "returnwatch-mapping";
    static final int VERSION = 1;
    private static final Set<String> RULE_KEYS = Set.of("column", "template", "value", "values", "default",
            "separator", "dateForm");

    private final ObjectMapper mapper;
    private String file;
    private Problems problems;

    public MappingFile(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public Mapping read(Path path) {
        file = path.toString();
        problems = new Problems();
        JsonNode root;
        try {
            root = mapper.readTree(Files.readAllBytes(path));
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ImportRejectedException(List.of(new Problem(file, line, null, phrase("is not valid JSON "
                    + "({0})", e.getOriginalMessage()))));
        } catch (IOException e) {
            throw new ImportRejectedException(List.of(new Problem(file, 0, null, phrase("cannot be read"))));
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
            throw new ImportRejectedException(List.of(new Problem(file, 0, "format", phrase("is not a ReturnWatch "
                    + "mapping file (\"format\": \"{0}\" is missing)", FORMAT))));
        }
        if (root.path("formatVersion").asInt(0) != VERSION) {
            problem("formatVersion", phrase("must be {0}", VERSION));
        }
        Mapping m = mapping(root);
        problems.throwIfAny();
        return m;
    }

    private Mapping mapping(JsonNode root) {
        allowOnly(root, "", Set.of("format", "formatVersion", "dataset", "csv", "source", "citation", "case",
                "incident"));
        String dataset = root.path("dataset").asText("").strip();
        if (dataset.isEmpty()) {
            problem("dataset", phrase("is required: a name for the dataset, such as \"safeguard-defenders-2022\""));
        }
        JsonNode csv = root.path("csv");
        allowOnly(csv, "csv.", Set.of("delimiter", "encoding"));
        String delimiter = csv.path("delimiter").asText(",");
        if (delimiter.equalsIgnoreCase("tab")) {
            delimiter = "\t";
        }
        if (delimiter.length() != 1 || delimiter.equals("\"") || delimiter.equals("\n") || delimiter.equals("\r")) {
            problem("csv.delimiter", phrase("must be one character such as \",\" or \";\" (or \"tab\")"));
            delimiter = ",";
        }
        Charset encoding = StandardCharsets.UTF_8;
        String enc = csv.path("encoding").asText("UTF-8");
        try {
            encoding = Charset.forName(enc);
        } catch (IllegalArgumentException e) {
            problem("csv.encoding", phrase("\"{0}\" is not an encoding this Java knows (use UTF-8, windows-1252 …)",
                    enc));
        }
        JsonNode caseNode = root.path("case");
        if (!caseNode.isObject()) {
            problem("case", phrase("is required: how rows become cases"));
        }
        allowOnly(caseNode, "case.", Set.of("key", "fields"));
        Map<String, Mapping.Rule> caseFields = fields(caseNode.path("fields"), "case.fields", Mapping.CASE_FIELDS);
        if (caseNode.isObject() && !caseFields.containsKey("name")) {
            problem("case.fields.name", phrase("is required: every case needs a name (a column, a template or a "
                    + "value)"));
        }
        Map<String, Mapping.Rule> incidentFields = null;
        Mapping.Rule incidentKey = null;
        JsonNode incident = root.get("incident");
        if (incident != null && !incident.isNull()) {
            allowOnly(incident, "incident.", Set.of("key", "fields"));
            incidentFields = fields(incident.path("fields"), "incident.fields", Mapping.INCIDENT_FIELDS);
            if (!incidentFields.containsKey("tactic")) {
                problem("incident.fields.tactic", phrase("is required: every incident needs a tactic (a column or "
                        + "a value)"));
            }
            incidentKey = keyRule(incident.get("key"), "incident.key");
        }
        JsonNode citation = root.path("citation");
        allowOnly(citation, "citation.", Set.of("locator"));
        return new Mapping(dataset, delimiter.charAt(0), encoding, source(root.get("source")),
                citation.has("locator") ? rule(citation.get("locator"), "citation.locator", "locator") : null,
                keyRule(caseNode.get("key"), "case.key"), caseFields, incidentKey, incidentFields);
    }

    private Mapping.SourceSpec source(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isTextual()) {
            return new Mapping.SourceSpec(n.asText().strip(), null);
        }
        if (!n.isObject()) {
            problem("source", phrase("must be a source's reference (\"RW-SRC-0003\") or the fields of a new source"));
            return null;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        n.fields().forEachRemaining(e -> {
            if (!Mapping.SOURCE_FIELDS.contains(e.getKey())) {
                problem("source." + e.getKey(), phrase("is not a field of a source ({0})",
                        String.join(", ", Mapping.SOURCE_FIELDS)));
            } else if (!e.getValue().isValueNode()) {
                problem("source." + e.getKey(), phrase("must be text"));
            } else {
                fields.put(e.getKey(), e.getValue().asText());
            }
        });
        if (!fields.containsKey("title")) {
            problem("source.title", phrase("is required"));
        }
        return new Mapping.SourceSpec(null, fields);
    }

    private Mapping.Rule keyRule(JsonNode n, String where) {
        return n == null || n.isNull() ? null : rule(n, where, "key");
    }

    private Map<String, Mapping.Rule> fields(JsonNode n, String where, List<String> allowed) {
        Map<String, Mapping.Rule> out = new LinkedHashMap<>();
        if (n.isMissingNode()) {
            return out;
        }
        if (!n.isObject()) {
            problem(where, phrase("must be an object of field: column"));
            return out;
        }
        n.fields().forEachRemaining(e -> {
            if (!allowed.contains(e.getKey())) {
                problem(where + "." + e.getKey(), phrase("is not a field that can be filled ({0})",
                        String.join(", ", allowed)));
            } else {
                Mapping.Rule r = rule(e.getValue(), where + "." + e.getKey(), e.getKey());
                if (r != null) {
                    out.put(e.getKey(), r);
                }
            }
        });
        return out;
    }

    private Mapping.Rule rule(JsonNode n, String where, String field) {
        if (n.isTextual()) {
            return Mapping.Rule.column(n.asText());
        }
        if (!n.isObject()) {
            problem(where, phrase("must be a column name or an object with \"column\", \"template\" or \"value\""));
            return null;
        }
        allowOnly(n, where + ".", RULE_KEYS);
        String column = text(n, "column");
        String template = text(n, "template");
        String value = text(n, "value");
        long given = java.util.stream.Stream.of(column, template, value).filter(java.util.Objects::nonNull).count();
        if (given != 1 && !(given == 0 && n.has("default"))) {
            problem(where, phrase("needs exactly one of \"column\", \"template\" or \"value\""));
        }
        Map<String, String> values = new LinkedHashMap<>();
        JsonNode v = n.path("values");
        if (!v.isMissingNode() && !v.isObject()) {
            problem(where + ".values", phrase("must be an object of \"value in the file\": \"value in "
                    + "ReturnWatch\""));
        }
        v.fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText()));
        if (n.has("separator") && !Mapping.LIST_FIELDS.contains(field)) {
            problem(where + ".separator", phrase("only a list field (aliases) has a separator"));
        }
        Mapping.DateForm form = null;
        if (n.has("dateForm")) {
            String f = n.get("dateForm").asText().strip().toLowerCase(Locale.ROOT);
            form = switch (f) {
                case "auto" -> Mapping.DateForm.AUTO;
                case "day/month/year" -> Mapping.DateForm.DAY_MONTH_YEAR;
                case "month/day/year" -> Mapping.DateForm.MONTH_DAY_YEAR;
                default -> {
                    problem(where + ".dateForm", phrase("must be \"auto\", \"day/month/year\" or "
                            + "\"month/day/year\""));
                    yield null;
                }
            };
            if (!field.equals("date")) {
                problem(where + ".dateForm", phrase("only a date has a date form"));
            }
        }
        return new Mapping.Rule(column, template, value, values, text(n, "default"), text(n, "separator"), form);
    }

    private static String text(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }

    private void allowOnly(JsonNode n, String prefix, Set<String> keys) {
        if (n.isObject()) {
            n.fieldNames().forEachRemaining(k -> {
                if (!keys.contains(k)) {
                    problem(prefix + k, phrase("is not understood here ({0})",
                            String.join(", ", keys.stream().sorted().toList())));
                }
            });
        }
    }

    private void problem(String where, Phrase reason) {
        problems.add(file, 0, where, reason);
    }

    /** The mapping as a file, for the window's mapping dialog to save what the user chose. */
    public void write(Mapping m, Path path) {
        ObjectNode root = mapper.createObjectNode();
        root.put("format", FORMAT).put("formatVersion", VERSION).put("dataset", m.dataset());
        root.putObject("csv").put("delimiter", m.delimiter() == '\t' ? "tab" : String.valueOf(m.delimiter()))
                .put("encoding", m.encoding().name());
        if (m.source() != null) {
            if (m.source().ref() != null) {
                root.put("source", m.source().ref());
            } else {
                ObjectNode s = root.putObject("source");
                m.source().fields().forEach(s::put);
            }
        }
        if (m.locator() != null) {
            root.putObject("citation").set("locator", rule(m.locator()));
        }
        ObjectNode c = root.putObject("case");
        if (m.caseKey() != null) {
            c.set("key", rule(m.caseKey()));
        }
        ObjectNode cf = c.putObject("fields");
        m.caseFields().forEach((k, r) -> cf.set(k, rule(r)));
        if (m.hasIncidents()) {
            ObjectNode i = root.putObject("incident");
            if (m.incidentKey() != null) {
                i.set("key", rule(m.incidentKey()));
            }
            ObjectNode inf = i.putObject("fields");
            m.incidentFields().forEach((k, r) -> inf.set(k, rule(r)));
        }
        OutputFiles.writeAtomically(path, os -> mapper.writerWithDefaultPrettyPrinter().writeValue(os, root));
    }

    private ObjectNode rule(Mapping.Rule r) {
        ObjectNode n = mapper.createObjectNode();
        putIf(n, "column", r.column());
        putIf(n, "template", r.template());
        putIf(n, "value", r.value());
        if (!r.values().isEmpty()) {
            ObjectNode v = n.putObject("values");
            r.values().forEach(v::put);
        }
        putIf(n, "default", r.defaultValue());
        putIf(n, "separator", r.separator());
        if (r.dateForm() != Mapping.DateForm.AUTO) {
            n.put("dateForm", r.dateForm() == Mapping.DateForm.DAY_MONTH_YEAR ? "day/month/year" : "month/day/year");
        }
        return n;
    }

    private static void putIf(ObjectNode n, String key, String value) {
        if (value != null) {
            n.put(key, value);
        }
    }
}
