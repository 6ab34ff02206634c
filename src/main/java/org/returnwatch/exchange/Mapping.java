package org.returnwatch.exchange;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How someone else's CSV (a published incident dataset, a partner's spreadsheet) becomes cases and
 * incidents: which column fills which field, how its values map to the controlled lists, and which
 * column tells which rows are the same person. Read from a mapping file (docs/csv-mapping.md) by
 * {@link MappingFile}, or built by the window's mapping dialog.
 *
 * @param dataset    names the dataset; the identifiers of the records it brings in derive from it, so
 *                   importing the same file again updates them instead of adding copies
 * @param source     the source every record cites: a reference to a stored source ("RW-SRC-0003"),
 *                   or the fields of a new source; null for none
 * @param locator    the citation's locator, from each row; null for "line N"
 * @param caseKey    what identifies a person: rows with the same key are one case; null for the name
 * @param incident   null when rows are cases only
 */
public record Mapping(String dataset, char delimiter, Charset encoding, SourceSpec source, Rule locator,
                      Rule caseKey, Map<String, Rule> caseFields, Rule incidentKey, Map<String, Rule> incidentFields) {

    /** The fields a mapping may fill. */
    public static final List<String> CASE_FIELDS = List.of("name", "nativeName", "aliases", "pseudonymous",
            "caseKind", "contextual", "role", "originCountry", "residenceCountry", "residenceCity", "nationalities",
            "immigrationStatus", "targetCategory", "accusation", "amount", "campaign", "outcome", "riskLevel",
            "summary");
    public static final List<String> INCIDENT_FIELDS = List.of("date", "country", "place", "tactic", "perpetrator",
            "hostStateRole", "description");
    public static final List<String> SOURCE_FIELDS = List.of("title", "publisher", "author", "published", "url",
            "kind", "reliability", "note");
    static final List<String> LIST_FIELDS = List.of("aliases", "nationalities");
    static final List<String> BOOLEAN_FIELDS = List.of("pseudonymous", "contextual");

    public Mapping {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(encoding, "encoding");
        caseFields = Map.copyOf(caseFields);
        incidentFields = incidentFields == null ? null : Map.copyOf(incidentFields);
    }

    public boolean hasIncidents() {
        return incidentFields != null;
    }

    /** How dates of a column are written when they are day, month and year in numbers. */
    public enum DateForm { AUTO, DAY_MONTH_YEAR, MONTH_DAY_YEAR }

    /**
     * Where one field's value comes from: a column, a template of columns ("{First} {Last}"), or a
     * fixed value; then mapped through {@code values} (case and spacing ignored; "*" for any other
     * value), with {@code defaultValue} when the cell is empty.
     */
    public record Rule(String column, String template, String value, Map<String, String> values,
                       String defaultValue, String separator, DateForm dateForm) {
        public Rule {
            values = values == null ? Map.of() : Map.copyOf(values);
            dateForm = dateForm == null ? DateForm.AUTO : dateForm;
        }

        public static Rule column(String column) {
            return new Rule(column, null, null, null, null, null, null);
        }

        public static Rule fixed(String value) {
            return new Rule(null, null, value, null, null, null, null);
        }

        /** True when the value is read from the row, not fixed by the mapping. */
        boolean fromRow() {
            return column != null || template != null;
        }
    }

    /** The source every imported record cites: a stored one by reference, or a new one. */
    public record SourceSpec(String ref, Map<String, String> fields) {
        public SourceSpec {
            fields = fields == null ? Map.of() : Map.copyOf(fields);
        }
    }
}
