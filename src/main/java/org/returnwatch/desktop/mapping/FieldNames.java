package org.returnwatch.desktop.mapping;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The words people read for each field, and the first guess of which column fills it. */
final class FieldNames {
    /** Other headings a partner's file commonly uses for a field, written as {@link #squash} gives them. */
    private static final Map<String, List<String>> SYNONYMS = Map.ofEntries(
            Map.entry("name", List.of("fullname", "person", "personname")),
            Map.entry("nativeName", List.of("namenativescript", "nativescript", "originalname", "nameinchinese")),
            Map.entry("aliases", List.of("othernames", "alias", "aka", "alsoknownas")),
            Map.entry("originCountry", List.of("countryoforigin", "nationality", "citizenship")),
            Map.entry("residenceCountry", List.of("livesin", "countryofresidence", "residence", "hostcountry")),
            Map.entry("residenceCity", List.of("city", "livesincity", "cityofresidence")),
            Map.entry("immigrationStatus", List.of("status", "residencestatus")),
            Map.entry("targetCategory", List.of("category", "target")),
            Map.entry("accusation", List.of("charge", "charges", "accused", "allegation")),
            Map.entry("campaign", List.of("operation", "programme", "program")),
            Map.entry("outcome", List.of("result", "returned")),
            Map.entry("riskLevel", List.of("risk")),
            Map.entry("date", List.of("when", "year", "incidentdate")),
            Map.entry("country", List.of("where", "incidentcountry")),
            Map.entry("place", List.of("location", "town")),
            Map.entry("tactic", List.of("method", "methods", "tactics", "pressure")),
            Map.entry("perpetrator", List.of("actor", "agency", "by")),
            Map.entry("description", List.of("details", "what", "narrative", "notes")));
    private static final List<String> CASE_KEYS = List.of("personid", "caseid", "personkey", "personno");
    private static final List<String> INCIDENT_KEYS = List.of("incidentid", "eventid", "incidentno", "id");

    private FieldNames() {
    }

    /** "residenceCountry" → "Residence country". */
    static String label(String field) {
        String words = field.replaceAll("([A-Z])", " $1").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** Lower case, letters and digits only: "Name (native script)" → "namenativescript". */
    static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /**
     * Field → column for the headings that look like a field: exact names first, then the usual
     * other words; a column is never given to two fields.
     */
    static Map<String, String> guess(List<String> header, List<String> fields) {
        Map<String, String> out = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (String f : fields) {
            match(header, used, List.of(squash(f))).ifPresent(c -> take(out, used, f, c));
        }
        for (String f : fields) {
            if (!out.containsKey(f)) {
                match(header, used, SYNONYMS.getOrDefault(f, List.of())).ifPresent(c -> take(out, used, f, c));
            }
        }
        return out;
    }

    static Optional<String> caseKey(List<String> header) {
        return match(header, Set.of(), CASE_KEYS);
    }

    static Optional<String> incidentKey(List<String> header) {
        return match(header, Set.of(), INCIDENT_KEYS);
    }

    private static Optional<String> match(List<String> header, Set<String> used, List<String> words) {
        for (String w : words) {
            for (String c : header) {
                if (!used.contains(c) && squash(c).equals(w)) {
                    return Optional.of(c);
                }
            }
        }
        return Optional.empty();
    }

    private static void take(Map<String, String> out, Set<String> used, String field, String column) {
        out.put(field, column);
        used.add(column);
    }
}
