package org.returnwatch.store;

import static org.returnwatch.i18n.Phrase.phrase;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The team's caseworkers: the short list a case's holder is chosen from. A name on a case stays as
 * it was when its caseworker leaves the list; the list only limits what can be chosen from now on.
 */
public final class Team {
    static final int MAX_NAME = 200;

    Team() {
    }

    /** The names, in alphabetical order. */
    public List<String> names(Transaction tx) {
        try {
            return Sql.query(tx, "SELECT name FROM team_caseworker ORDER BY LOWER(name), name", List.of(),
                    rs -> rs.getString(1));
        } catch (SQLException e) {
            throw SqlErrors.translate(e, phrase("reading the team's caseworkers"));
        }
    }

    /** Adds a name (nothing happens if it is on the list already); returns it as stored. */
    public String add(Transaction tx, String name) {
        String n = checked(name);
        try {
            Sql.update(tx, "INSERT INTO team_caseworker (name, added_at) "
                    + "SELECT ?, ? WHERE NOT EXISTS (SELECT 1 FROM team_caseworker WHERE name = ?)",
                    List.of(n, OffsetDateTime.now(ZoneOffset.UTC), n));
            return n;
        } catch (SQLException e) {
            throw SqlErrors.translate(e, phrase("adding a caseworker to the team"));
        }
    }

    /** Takes a name off the list; false if it was not on it. */
    public boolean remove(Transaction tx, String name) {
        try {
            return Sql.update(tx, "DELETE FROM team_caseworker WHERE name = ?", List.of(name.strip())) > 0;
        } catch (SQLException e) {
            throw SqlErrors.translate(e, phrase("removing a caseworker from the team"));
        }
    }

    /** A caseworker's name: 1 to 200 characters on one line. */
    static String checked(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > MAX_NAME || n.chars().anyMatch(Character::isISOControl)) {
            throw new ConstraintViolationException(phrase("a caseworker name is 1 to {0} characters on one line",
                    MAX_NAME));
        }
        return n;
    }
}
