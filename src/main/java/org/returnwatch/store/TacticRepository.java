package org.returnwatch.store;

import static org.returnwatch.i18n.Phrase.phrase;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.returnwatch.domain.Tactic;

/** The editable list of tactics, each row sealed like a record. */
public final class TacticRepository {

    public List<Tactic> all(Transaction tx) {
        try {
            return Sql.query(tx, "SELECT code, label, position, seal FROM tactic ORDER BY position", List.of(), rs -> {
                Tactic t = new Tactic(rs.getString(1), rs.getString(2));
                if (!Seals.same(rs.getBytes(4), seal(tx, t, rs.getInt(3)))) {
                    throw new IntegrityException(phrase("the tactic list is damaged: the entry {0} no longer "
                            + "matches its seal (run verify)", t.code()));
                }
                return t;
            });
        } catch (SQLException e) {
            throw SqlErrors.translate(e, phrase("reading the tactic list"));
        } catch (IllegalArgumentException e) {
            throw new IntegrityException(phrase("the tactic list is damaged: an entry is not valid (run verify)"));
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
            Optional<Integer> at = Sql.query(tx, "SELECT position FROM tactic WHERE code = ?", List.of(tactic.code()),
                    rs -> rs.getInt(1)).stream().findFirst();
            if (at.isPresent()) {
                Sql.update(tx, "UPDATE tactic SET label = ?, seal = ? WHERE code = ?",
                        List.of(tactic.label(), seal(tx, tactic, at.get()), tactic.code()));
            } else {
                int position = Sql.query(tx, "SELECT COALESCE(MAX(position), 0) + 1 FROM tactic", List.of(),
                        rs -> rs.getInt(1)).get(0);
                Sql.update(tx, "INSERT INTO tactic (code, label, position, seal) VALUES (?, ?, ?, ?)",
                        List.of(tactic.code(), tactic.label(), position, seal(tx, tactic, position)));
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(e, phrase("saving the tactic {0}", tactic.code()));
        }
    }

    /** Seals every tactic (when a database first gets seals). */
    void resealAll(Transaction tx) throws SQLException {
        for (var row : rows(tx)) {
            Sql.update(tx, "UPDATE tactic SET seal = ? WHERE code = ?",
                    List.of(seal(tx, row.tactic(), row.position()), row.tactic().code()));
        }
    }

    /** The code of the first tactic that does not match its seal, if any. */
    Optional<String> firstDamaged(Transaction tx) throws SQLException {
        for (var row : rows(tx)) {
            if (!Seals.same(row.seal(), seal(tx, row.tactic(), row.position()))) {
                return Optional.of(row.tactic().code());
            }
        }
        return Optional.empty();
    }

    private record Row(Tactic tactic, int position, byte[] seal) {
    }

    private static List<Row> rows(Transaction tx) throws SQLException {
        return Sql.query(tx, "SELECT code, label, position, seal FROM tactic ORDER BY position", List.of(),
                rs -> new Row(new Tactic(rs.getString(1), rs.getString(2)), rs.getInt(3), rs.getBytes(4)));
    }

    private static byte[] seal(Transaction tx, Tactic t, int position) {
        var a = RecordJson.MAPPER.createArrayNode().add(t.code()).add(t.label()).add(position);
        return tx.seals().record("TACTIC", t.code(), "", 0, RecordJson.text(a));
    }
}
