package org.returnwatch.store;

import static org.returnwatch.i18n.Phrase.phrase;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.returnwatch.domain.FollowUp;
import org.returnwatch.domain.ItemRef;
import org.returnwatch.domain.RecordKind;

/** Follow-ups on cases; a change based on an old version is refused, never silently overwritten. */
public final class FollowUpRepository {
    static final String COLUMNS = "f.id, f.ref_number, f.version, f.case_id, f.due_date, f.note, f.done_at";

    private final RecordDirectory directory;

    FollowUpRepository(RecordDirectory directory) {
        this.directory = directory;
    }

    public FollowUp insert(Transaction tx, FollowUp f) {
        directory.requireExists(tx, RecordKind.CASE, f.caseId(), "the case of the follow-up");
        try {
            int number = Sql.query(tx, "SELECT COALESCE(MAX(ref_number), 0) + 1 FROM follow_up", List.of(),
                    rs -> rs.getInt(1)).get(0);
            FollowUp stored = f.withStored(new ItemRef(ItemRef.FOLLOW_UP, number), 1);
            String json = ItemSeals.json(stored);
            Sql.update(tx,
                    "INSERT INTO follow_up (id, ref_number, version, updated_at, case_id, due_date, note, done_at, "
                    + "seal) VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?)", Arrays.asList(f.id(), number, now(), f.caseId(),
                    f.due(), f.note(), f.doneAt() == null ? null : OffsetDateTime.ofInstant(f.doneAt(), ZoneOffset.UTC),
                    ItemSeals.seal(tx, stored, json)));
            ItemSeals.journal(tx, HistoryAction.INSERT, ItemSeals.FOLLOW_UP, stored.id(), stored.ref(), null, json);
            return stored;
        } catch (SQLException e) {
            throw SqlErrors.translate(e, phrase("adding the follow-up"));
        }
    }

    /** Saves the due date, note and done state of {@code f} if it is still at its version. */
    public FollowUp update(Transaction tx, FollowUp f) {
        try {
            Optional<FollowUp> before = select(tx, "WHERE f.id = ? AND f.version = ?", List.of(f.id(), f.version()))
                    .stream().findFirst();
            FollowUp stored = f.withStored(f.ref(), f.version() + 1);
            String json = ItemSeals.json(stored);
            int n = before.isEmpty() ? 0 : Sql.update(tx,
                    "UPDATE follow_up SET version = version + 1, updated_at = ?, due_date = ?, note = ?, "
                    + "done_at = ?, seal = ? WHERE id = ? AND version = ?", Arrays.asList(now(), f.due(), f.note(),
                    f.doneAt() == null ? null : OffsetDateTime.ofInstant(f.doneAt(), ZoneOffset.UTC),
                    ItemSeals.seal(tx, stored, json), f.id(), f.version()));
            if (n == 0) {
                if (find(tx, f.id()).isEmpty()) {
                    throw new RecordNotFoundException(phrase("the follow-up {0} no longer exists", f.ref()));
                }
                throw new StoreException(phrase("the follow-up {0} was changed elsewhere since it was read; read "
                        + "it again", f.ref()));
            }
            ItemSeals.journal(tx, HistoryAction.UPDATE, ItemSeals.FOLLOW_UP, stored.id(), stored.ref(),
                    ItemSeals.json(before.get()), json);
            return stored;
        } catch (SQLException e) {
            throw SqlErrors.translate(e, phrase("saving the follow-up"));
        }
    }

    public Optional<FollowUp> find(Transaction tx, UUID id) {
        return select(tx, "WHERE f.id = ?", List.of(id)).stream().findFirst();
    }

    public Optional<FollowUp> findByRef(Transaction tx, ItemRef ref) {
        if (!ItemRef.FOLLOW_UP.equals(ref.prefix())) {
            return Optional.empty();
        }
        return select(tx, "WHERE f.ref_number = ?", List.of(ref.number())).stream().findFirst();
    }

    /** A case's follow-ups, by due date. */
    public List<FollowUp> forCase(Transaction tx, UUID caseId) {
        return select(tx, "WHERE f.case_id = ? ORDER BY f.due_date, f.ref_number", List.of(caseId));
    }

    /** Follow-ups not done and due on or before {@code day}, of cases that exist, oldest due first. */
    public List<FollowUp> openDueBy(Transaction tx, LocalDate day) {
        return select(tx, "JOIN case_record c ON c.id = f.case_id WHERE f.done_at IS NULL AND f.due_date <= ? "
                + "ORDER BY f.due_date, f.ref_number", List.of(day));
    }

    /** Every follow-up, of deleted cases too: for sealing. */
    List<FollowUp> all(Transaction tx) {
        return select(tx, "ORDER BY f.ref_number", List.of());
    }

    private static List<FollowUp> select(Transaction tx, String clause, List<Object> params) {
        try {
            return Sql.query(tx, "SELECT " + COLUMNS + ", f.seal FROM follow_up f " + clause, params, rs -> {
                FollowUp f = row(rs);
                if (!ItemSeals.matches(tx, rs.getBytes("seal"), () -> ItemSeals.seal(tx, f, ItemSeals.json(f)))) {
                    throw ItemSeals.damaged(f.ref());
                }
                return f;
            });
        } catch (SQLException e) {
            throw SqlErrors.translate(e, phrase("reading the follow-ups"));
        }
    }

    static FollowUp row(ResultSet rs) throws SQLException {
        Date due = rs.getDate("due_date");
        OffsetDateTime done = rs.getObject("done_at", OffsetDateTime.class);
        return new FollowUp(Sql.uuid(rs, "id"), new ItemRef(ItemRef.FOLLOW_UP, rs.getInt("ref_number")),
                rs.getLong("version"), Sql.uuid(rs, "case_id"), due.toLocalDate(), rs.getString("note"),
                done == null ? null : done.toInstant());
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
