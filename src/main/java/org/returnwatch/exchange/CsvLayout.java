package org.returnwatch.exchange;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The files of a ReturnWatch CSV export and their columns: the field names of the JSON document,
 * one file per kind of record. A series' points and an agreement's status history, nested in JSON,
 * are files of their own whose first column names the record they belong to.
 */
final class CsvLayout {
    /**
     * A list (aliases, parties, countries) is one cell: items joined by "; ", a ";" or "\" in an item escaped by
     * "\".
     */
    static final String LIST_SEPARATOR = "; ";

    /**
     * One file. {@code array} is the JSON document's array it holds; for a child file,
     * {@code parentColumn} names its parent and {@code nestedIn} the parent's array field.
     */
    record Table(String file, String array, List<String> columns, Set<String> lists, Set<String> booleans,
                 Set<String> required, String parentColumn, String nestedIn, Set<String> legacy) {
        Table(String file, String array, List<String> columns, Set<String> lists, Set<String> booleans,
              Set<String> required, String parentColumn, String nestedIn) {
            this(file, array, columns, lists, booleans, required, parentColumn, nestedIn, Set.of());
        }

        boolean isChild() {
            return parentColumn != null;
        }

        /** A column this file has, or had in an earlier release (read, never written). */
        boolean reads(String column) {
            return columns.contains(column) || legacy.contains(column);
        }
    }

    private static final List<String> HEAD = List.of("ref", "id", "version");

    static final Table TACTICS = new Table("tactics.csv", "tactics", List.of("code", "label"), Set.of(), Set.of(),
            Set.of("code", "label"), null, null);
    static final Table SOURCES = record("sources.csv", "sources", List.of("title", "publisher", "author", "published",
            "url", "kind", "reliability", "note"), Set.of(), Set.of());
    static final Table ACTORS = record("actors.csv", "actors", List.of("name", "nativeName", "kind", "country", "note"),
            Set.of(), Set.of());
    static final Table CASES = legacy(record("cases.csv", "cases", List.of("name", "nativeName", "aliases",
            "pseudonymous", "caseKind", "role", "originCountry", "residenceCountry", "residenceCity", "nationalities",
            "immigrationStatus", "targetCategory", "accusation", "amount", "campaign", "riskLevel", "summary", "status",
            "closeReason", "opened", "holder"),
            Set.of("aliases", "nationalities"), Set.of("pseudonymous", "contextual")), Set.of("contextual", "outcome"));
    static final Table OUTCOME_HISTORY = new Table("case_outcomes.csv", "cases",
            List.of("case", "outcome", "date", "note", "claimedBy", "source", "locator"), Set.of(), Set.of(),
            Set.of("case", "outcome"), "case", "outcomeHistory");
    static final Table INCIDENTS = legacy(record("incidents.csv", "incidents", List.of("case", "date", "country",
            "place", "tactics", "perpetrators", "pressured", "hostStateRole", "description"),
            Set.of("tactics", "perpetrators", "pressured"), Set.of()), Set.of("tactic", "perpetrator"));
    static final Table AGREEMENTS = record("agreements.csv", "agreements", List.of("title", "kind", "parties",
            "disclosure", "summary"), Set.of("parties"), Set.of());
    static final Table STATUS_HISTORY = new Table("agreement_status.csv", "agreements",
            List.of("agreement", "status", "date", "note", "claimedBy", "source", "locator"), Set.of(), Set.of(),
            Set.of("agreement", "status"),
            "agreement", "statusHistory");
    static final Table SERIES = record("series.csv", "series", List.of("name", "measure", "unit", "countries",
            "reportedBy", "description"), Set.of("countries"), Set.of());
    static final Table POINTS = new Table("points.csv", "series", List.of("series", "ref", "id", "version", "period",
            "pointKind", "value", "high", "qualifier", "trend", "statement", "claimedBy", "note"), Set.of(), Set.of(),
            Set.of("series", "ref"),
            "series", "points");
    static final Table CITATIONS = record("citations.csv", "citations", List.of("record", "field", "source",
            "locator", "note", "grade", "stance", "claimant"), Set.of(), Set.of());
    static final Table LINKS = record("links.csv", "links", List.of("from", "to", "relation", "note"), Set.of(),
            Set.of());

    /** In the order they are written and read: parents before their children. */
    static final List<Table> ALL = List.of(TACTICS, SOURCES, ACTORS, CASES, OUTCOME_HISTORY, INCIDENTS, AGREEMENTS,
            STATUS_HISTORY,
            SERIES, POINTS, CITATIONS, LINKS);

    private CsvLayout() {
    }

    private static Table record(String file, String array, List<String> fields, Set<String> lists,
                                Set<String> booleans) {
        List<String> columns = new java.util.ArrayList<>(HEAD);
        columns.addAll(fields);
        return new Table(file, array, List.copyOf(columns), lists, booleans, Set.of("ref"), null, null);
    }

    /** The same file, reading besides the columns of an earlier release. */
    private static Table legacy(Table t, Set<String> columns) {
        return new Table(t.file(), t.array(), t.columns(), t.lists(), t.booleans(), t.required(), t.parentColumn(),
                t.nestedIn(), columns);
    }

    static Optional<Table> byFile(String name) {
        return ALL.stream().filter(t -> t.file().equals(name)).findFirst();
    }

    static String fileNames() {
        return String.join(", ", ALL.stream().map(Table::file).toList());
    }

    static String joinList(List<String> items) {
        List<String> escaped = items.stream().map(i -> i.replace("\\", "\\\\").replace(";", "\\;")).toList();
        return String.join(LIST_SEPARATOR, escaped);
    }

    /** Splits a list cell at every ";" not escaped; items are stripped, empty ones dropped. */
    static List<String> splitList(String cell) {
        List<String> items = new java.util.ArrayList<>();
        StringBuilder item = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\' && i + 1 < cell.length()) {
                item.append(cell.charAt(++i));
            } else if (c == ';') {
                items.add(item.toString().strip());
                item.setLength(0);
            } else {
                item.append(c);
            }
        }
        items.add(item.toString().strip());
        return items.stream().filter(s -> !s.isEmpty()).toList();
    }
}
