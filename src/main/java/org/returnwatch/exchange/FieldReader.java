package org.returnwatch.exchange;

import static org.returnwatch.i18n.Phrase.phrase;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.returnwatch.domain.FuzzyDate;
import org.returnwatch.domain.FuzzyDateParser;
import org.returnwatch.domain.Grade;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Reference;
import org.returnwatch.domain.ReportingPeriod;
import org.returnwatch.i18n.Phrase;

/**
 * Reads the fields of one JSON record, noting a {@link Problem} (file, line, field, reason) for
 * each bad value instead of stopping, so that one pass reports everything wrong.
 */
final class FieldReader {
    private final InputRecord at;
    private final String file;
    private final Problems problems;
    private final RefResolver refs;
    private final RecordKind kind;

    /** {@code kind} chooses the length limits of the fields (null for a tactic). */
    FieldReader(InputRecord at, String file, Problems problems, RefResolver refs, RecordKind kind) {
        this.at = at;
        this.file = file;
        this.problems = problems;
        this.refs = refs;
        this.kind = kind;
    }

    void problem(String field, Phrase reason) {
        problems.add(new Problem(at.file() != null ? at.file() : file, at.line(), at.where(field), reason));
    }

    /** A reason in a library's own words (an exception's message), shown as it is. */
    void problem(String field, String reason) {
        problem(field, Phrase.words(reason));
    }

    /** True when the record has the field, even empty or null. */
    boolean has(String field) {
        return at.node().has(field);
    }

    /** An array field's node, or null when absent; a problem when it is not an array. */
    JsonNode array(String field) {
        JsonNode n = at.node().get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isArray()) {
            problem(field, phrase("must be an array"));
            return null;
        }
        return n;
    }

    /** The fields of the {@code index}-th object of an array field, a record of {@code elementKind}. */
    FieldReader element(String field, int index, RecordKind elementKind) {
        return new FieldReader(at.element(field, index), file, problems, refs, elementKind);
    }

    String text(String field) {
        JsonNode n = at.node().get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isValueNode()) {
            problem(field, phrase("must be text"));
            return null;
        }
        String t = n.asText();
        return withinLimit(field, t) ? t : null;
    }

    private boolean withinLimit(String field, String t) {
        int max = FieldLimits.max(kind, field);
        if (t.strip().length() > max) {
            problem(field, phrase("is {0} characters long; it may hold at most {1}", t.strip().length(), max));
            return false;
        }
        return true;
    }

    String required(String field) {
        String t = text(field);
        if (t == null || t.isBlank()) {
            problem(field, phrase("is required"));
            return null;
        }
        return t;
    }

    boolean bool(String field) {
        JsonNode n = at.node().get(field);
        if (n == null || n.isNull()) {
            return false;
        }
        if (!n.isBoolean()) {
            problem(field, phrase("must be true or false"));
            return false;
        }
        return n.booleanValue();
    }

    <E extends Enum<E>> E enumValue(String field, Class<E> type) {
        String t = text(field);
        if (t == null || t.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, t.strip().toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            problem(field, phrase("\"{0}\" is not one of {1}", t,
                    Arrays.stream(type.getEnumConstants()).map(Enum::name) .collect(Collectors.joining(", "))));
            return null;
        }
    }

    List<String> list(String field) {
        JsonNode n = at.node().get(field);
        if (n == null || n.isNull()) {
            return List.of();
        }
        if (!n.isArray()) {
            problem(field, phrase("must be an array of text"));
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (JsonNode e : n) {
            if (!e.isValueNode()) {
                problem(field, phrase("must be an array of text"));
            } else if (withinLimit(field, e.asText())) {
                out.add(e.asText());
            }
        }
        return out;
    }

    /** An array of names of an enum's constants; each wrong one is a problem. */
    <E extends Enum<E>> List<E> enums(String field, Class<E> type) {
        List<E> out = new ArrayList<>();
        for (String t : list(field)) {
            try {
                out.add(Enum.valueOf(type, t.strip().toUpperCase(Locale.ROOT).replace(' ', '_')));
            } catch (IllegalArgumentException e) {
                problem(field, phrase("\"{0}\" is not one of {1}", t,
                        Arrays.stream(type.getEnumConstants()).map(Enum::name) .collect(Collectors.joining(", "))));
            }
        }
        return out;
    }

    /** An array of cross-references, each the identifier of a record of one of {@code allowed} kinds. */
    List<RefResolver.Target> targets(String field, RecordKind... allowed) {
        List<RefResolver.Target> out = new ArrayList<>();
        for (String t : list(field)) {
            RefResolver.Target target = resolve(field, t, allowed);
            if (target != null) {
                out.add(target);
            }
        }
        return out;
    }

    /** An exact day (2025-03-10), or null when absent. */
    java.time.LocalDate day(String field) {
        String t = text(field);
        if (t == null || t.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(t.strip());
        } catch (java.time.format.DateTimeParseException e) {
            problem(field, phrase("\"{0}\" is not a day of the form YYYY-MM-DD", t));
            return null;
        }
    }

    FuzzyDate date(String field) {
        String t = text(field);
        if (t == null) {
            return FuzzyDate.UNKNOWN;
        }
        return FuzzyDateParser.tryParse(t).orElseGet(() -> {
            problem(field, phrase("\"{0}\" is not a date (use e.g. 2016-05-03, 2016-05, 2016, spring 2016, "
                    + "2014–2017, 2016? or unknown)", t));
            return FuzzyDate.UNKNOWN;
        });
    }

    /** An Admiralty grade ("B2"), or null when absent. */
    Grade grade(String field) {
        String t = text(field);
        if (t == null || t.isBlank()) {
            return null;
        }
        try {
            return Grade.parse(t);
        } catch (IllegalArgumentException e) {
            problem(field, e.getMessage());
            return null;
        }
    }

    ReportingPeriod period(String field) {
        String t = required(field);
        if (t == null) {
            return null;
        }
        try {
            return ReportingPeriod.parse(t);
        } catch (IllegalArgumentException e) {
            problem(field, phrase("\"{0}\" is not a period (use 2016, 2008–2014 or as of 2020-03)", t));
            return null;
        }
    }

    BigDecimal decimal(String field, boolean required) {
        JsonNode n = at.node().get(field);
        if (n == null || n.isNull()) {
            if (required) {
                problem(field, phrase("is required"));
            }
            return null;
        }
        if (n.isNumber()) {
            return n.decimalValue();
        }
        try {
            return new BigDecimal(n.asText().replace(",", "").strip());
        } catch (NumberFormatException e) {
            problem(field, phrase("\"{0}\" is not a number", n.asText()));
            return null;
        }
    }

    /** This record's own reference code, which must be of the array's kind. */
    Reference ownRef(RecordKind kind) {
        String t = required("ref");
        if (t == null) {
            return null;
        }
        try {
            Reference r = Reference.parse(t);
            if (r.kind() != kind) {
                problem("ref", phrase("{0} is not a reference of {1}", t, Phrase.words(kind.plural())));
                return null;
            }
            return r;
        } catch (IllegalArgumentException e) {
            problem("ref", e.getMessage());
            return null;
        }
    }

    UUID id(Reference ownRef) {
        String t = text("id");
        if (t == null) {
            return ownRef == null ? null : RefResolver.derivedId(ownRef);
        }
        try {
            return UUID.fromString(t.strip());
        } catch (IllegalArgumentException e) {
            problem("id", phrase("\"{0}\" is not a UUID", t));
            return null;
        }
    }

    /** A cross-reference: the identifier of the record another field names by its reference code. */
    RefResolver.Target target(String field, boolean required, RecordKind... allowed) {
        String t = required ? required(field) : text(field);
        if (t == null || t.isBlank()) {
            return null;
        }
        return resolve(field, t, allowed);
    }

    private RefResolver.Target resolve(String field, String t, RecordKind... allowed) {
        Reference r;
        try {
            r = Reference.parse(t);
        } catch (IllegalArgumentException e) {
            problem(field, e.getMessage());
            return null;
        }
        if (allowed.length > 0 && Arrays.stream(allowed).noneMatch(k -> k == r.kind())) {
            problem(field, phrase("{0} must name one of: {1}", t,
                    Arrays.stream(allowed).map(RecordKind::plural) .collect(Collectors.joining(", "))));
            return null;
        }
        return refs.resolve(r).orElseGet(() -> {
            problem(field, phrase("{0} names no record in this file or in the database", t));
            return null;
        });
    }
}
