package org.returnwatch.store;

import static org.returnwatch.i18n.Phrase.phrase;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.returnwatch.i18n.Phrase;

/**
 * Turns H2's errors into sentences for the user. H2's own messages quote the SQL and the values,
 * which may be names: they are never shown or logged, only the error code and constraint name.
 */
final class SqlErrors {
    private static final Pattern CONSTRAINT = Pattern.compile("\"?([A-Z0-9_]+_(?:FK|UQ|CK|NN))");
    private static final Map<String, Phrase> MEANINGS = Map.ofEntries(
            Map.entry("INCIDENT_CASE_FK", phrase("an incident must belong to an existing case")),
            Map.entry("INCIDENT_TACTIC_FK", phrase("the tactic is not on the tactic list")),
            Map.entry("INCIDENT_ACTOR_FK", phrase("the perpetrator must be an existing actor, and an actor named as "
                    + "perpetrator cannot be deleted while incidents name it")),
            Map.entry("POINT_SERIES_FK", phrase("a data point must belong to an existing series")),
            Map.entry("CITATION_SOURCE_FK", phrase("a citation must name an existing source, and a cited source "
                    + "cannot be deleted while citations use it")),
            Map.entry("CASE_REF_UQ", phrase("that case reference code is already in use")),
            Map.entry("INCIDENT_REF_UQ", phrase("that incident reference code is already in use")),
            Map.entry("AGREEMENT_REF_UQ", phrase("that agreement reference code is already in use")),
            Map.entry("SERIES_REF_UQ", phrase("that series reference code is already in use")),
            Map.entry("POINT_REF_UQ", phrase("that data point reference code is already in use")),
            Map.entry("SOURCE_REF_UQ", phrase("that source reference code is already in use")),
            Map.entry("CITATION_REF_UQ", phrase("that citation reference code is already in use")),
            Map.entry("ACTOR_REF_UQ", phrase("that actor reference code is already in use")),
            Map.entry("LINK_REF_UQ", phrase("that link reference code is already in use")),
            Map.entry("LINK_DISTINCT_CK", phrase("a record cannot be linked to itself")),
            Map.entry("POINT_RANGE_CK", phrase("only a range has a high value, and it must not be below the low "
                    + "value")),
            Map.entry("DATE_BOUNDS_CK", phrase("a date's end must not be before its start")));

    private SqlErrors() {
    }

    static StoreException translate(SQLException e, String action) {
        return translate(e, Phrase.words(action));
    }

    static StoreException translate(SQLException e, Phrase action) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String constraint = constraintName(e);
        Phrase meaning = constraint == null ? null : meaningOf(constraint);
        return switch (state) {
            case "23502" -> new ConstraintViolationException(phrase("{0}: a required field is empty{1}", action,
                    column(e)), e);
            case "23503", "23505", "23506", "23513", "23514" -> new ConstraintViolationException(phrase("{0}: {1}",
                    action, meaning != null ? meaning : phrase("the change breaks the database rule {0}", constraint)),
                    e);
            case "22001" -> new ConstraintViolationException(phrase("{0}: a text is longer than the field allows",
                    action), e);
            default -> new StoreException(phrase("{0} failed (database error {1})", action, e.getErrorCode()), e);
        };
    }

    private static Phrase meaningOf(String constraint) {
        Phrase direct = MEANINGS.get(constraint);
        if (direct != null) {
            return direct;
        }
        if (constraint.endsWith("_CK") && constraint.contains("DATE")) {
            return MEANINGS.get("DATE_BOUNDS_CK");
        }
        if (constraint.endsWith("_CK")) {
            return phrase("a value is not one the field allows ({0})", constraint.toLowerCase(Locale.ROOT));
        }
        return null;
    }

    private static String constraintName(SQLException e) {
        String msg = e.getMessage();
        if (msg == null) {
            return null;
        }
        Matcher m = CONSTRAINT.matcher(msg.toUpperCase(Locale.ROOT));
        return m.find() ? m.group(1) : null;
    }

    /** H2 names the NOT NULL column as "COLUMN_NAME"; a column name holds no user data. */
    private static String column(SQLException e) {
        Matcher m = Pattern.compile("NULL not allowed for column \"([A-Z_]+)\"")
                .matcher(String.valueOf(e.getMessage()));
        return m.find() ? " (" + m.group(1).toLowerCase(Locale.ROOT).replace('_', ' ') + ")" : "";
    }
}
