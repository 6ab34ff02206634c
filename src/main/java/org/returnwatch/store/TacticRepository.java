package org.returnwatch.store;

import java.sql.SQLException;
import java.util.List;
import org.returnwatch.domain.Tactic;

/** The editable list of tactics. */
public final class TacticRepository {

    public List<Tactic> all(Transaction tx) {
        try {
            return Sql.query(tx, "SELECT code, label FROM tactic ORDER BY position", List.of(),
                    rs -> new Tactic(rs.getString(1), rs.getString(2)));
        } catch (SQLException e) {
            throw SqlErrors.translate(e, "reading the tactic list");
        }
    }

    /** Adds a tactic at the end of the list unless its code is there already (whatever its label). */
    public void addIfMissing(Transaction tx, Tactic tactic) {
        boolean known = all(tx).stream().anyMatch(t -> t.code().equals(tactic.code()));
        if (!known) {
            put(tx, tactic);
        }
    }

    /** Adds a tactic at the end of the list, or renames one that has the code already. */
    public void put(Transaction tx, Tactic tactic) {
        try {
            int renamed = Sql.update(tx, "UPDATE tactic SET label = ? WHERE code = ?",
                    List.of(tactic.label(), tactic.code()));
            if (renamed == 0) {
                Sql.update(tx, "INSERT INTO tactic (code, label, position) "
                        + "SELECT ?, ?, COALESCE(MAX(position), 0) + 1 FROM tactic", List.of(tactic.code(), tactic.label()));
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(e, "saving the tactic " + tactic.code());
        }
    }
}
