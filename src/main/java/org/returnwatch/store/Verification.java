package org.returnwatch.store;

import static org.returnwatch.i18n.Phrase.phrase;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.returnwatch.domain.DomainRecord;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.i18n.Phrase;

/**
 * Checks a whole database: the history chain entry by entry; the key file's record of the
 * history; every record against its seal and its last history entry (and every record the history
 * says exists against the tables); the tactic list and saved charts against their seals; and the
 * database's own consistency (citations and links that point at nothing, search words of nothing,
 * tables that cannot be read whole).
 */
final class Verification {
    /** What the history says a record last was. */
    private record Last(long seq, RecordKind kind, String ref, boolean deleted, byte[] fieldsDigest) {
    }

    private final Database db;
    private final List<Phrase> problems = new ArrayList<>();
    private final Map<UUID, Last> last = new HashMap<>();
    private long entries;
    private long records;

    Verification(Database db) {
        this.db = db;
    }

    VerifyReport run() {
        HistoryHead head = HistoryHead.EMPTY;
        try {
            head = db.read(this::chain);
        } catch (RuntimeException e) {
            problems.add(phrase("the history cannot be read whole: it is damaged ({0})", cause(e)));
        }
        problems.addAll(db.findingPhrases());
        Repositories r = db.repositories();
        for (RecordKind kind : Repositories.WRITE_ORDER) {
            checked("the " + kind.plural(), () -> db.read(tx -> {
                records(tx, r.of(kind));
                return null;
            }));
        }
        checked("the evidence files and follow-ups", () -> db.read(tx -> {
            items(tx, r);
            return null;
        }));
        missing();
        checked("the tactic list", () -> db.read(tx -> r.tactics.firstDamaged(tx))).flatMap(o -> o)
                .ifPresent(code -> problems.add(
                phrase("the tactic {0} does not match its seal (changed outside ReturnWatch, or damaged)", code)));
        checked("the saved charts", () -> db.read(tx -> r.savedCharts.firstDamaged(tx))).flatMap(o -> o)
                .ifPresent(name -> problems.add(
                phrase("the saved chart \"{0}\" does not match its seal (changed outside ReturnWatch, or damaged)",
                        name)));
        checked("the links, citations and search index", () -> db.read(tx -> {
            consistency(tx);
            return null;
        }));
        return new VerifyReport(problems, head, entries, records);
    }

    /** Damage can make any read fail in any way: each part is checked on its own and a failure is a finding. */
    private <T> java.util.Optional<T> checked(String what, java.util.function.Supplier<T> part) {
        try {
            return java.util.Optional.ofNullable(part.get());
        } catch (RuntimeException e) {
            problems.add(phrase("{0} cannot be read whole: damaged ({1})", what, cause(e)));
            return java.util.Optional.empty();
        }
    }

    private static String cause(RuntimeException e) {
        return e instanceof StoreException ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** Walks the chain; the first broken entry is reported and the walk goes on to learn what records should be. */
    private HistoryHead chain(Transaction tx) throws SQLException {
        Seals seals = tx.seals();
        byte[] previous = HistoryHead.EMPTY.hash();
        long expected = 1;
        boolean broken = false;
        HistoryHead head = HistoryHead.EMPTY;
        try (PreparedStatement ps = tx.prepare("SELECT " + HistoryChain.COLUMNS + " FROM history ORDER BY seq");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                entries++;
                HistoryEntry e;
                try {
                    e = HistoryChain.entry(rs);
                } catch (RuntimeException damaged) {
                    if (!broken) {
                        problems.add(phrase("history entry #{0} is damaged: it cannot be read",
                                rs.getLong("seq")));
                        broken = true;
                    }
                    previous = rs.getBytes("entry_hash");
                    continue;
                }
                byte[] stored = rs.getBytes("entry_hash");
                if (stored == null || stored.length != HistoryHead.HASH_BYTES) {
                    stored = new byte[HistoryHead.HASH_BYTES];
                }
                if (!broken && e.seq() != expected) {
                    problems.add(e.seq() > expected
                            ? phrase("history entries #{0} are missing: they were removed", expected
                                    + (e.seq() - 1 > expected ? "–#" + (e.seq() - 1) : ""))
                            : phrase("history entry #{0} appears twice or out of order", e.seq()));
                    broken = true;
                } else if (!broken && !Seals.same(stored, seals.entry(previous, e.canonical()))) {
                    problems.add(phrase("history entry #{0} ({1}) was changed or damaged: its hash does not match "
                            + "its content and the entries before it", e.seq(), describe(e)));
                    broken = true;
                }
                expected = e.seq() + 1;
                previous = stored;
                head = new HistoryHead(e.seq(), stored);
                remember(e);
            }
        }
        return head;
    }

    private void remember(HistoryEntry e) {
        if (e.recordId() == null) {
            return;
        }
        boolean deleted = e.action() == HistoryAction.DELETE;
        last.put(e.recordId(), new Last(e.seq(), e.kind(), e.ref(), deleted, deleted ? null : digest(e.after())));
    }

    /** Evidence files (those not deleted) and follow-ups against their seals and their last history entries. */
    private void items(Transaction tx, Repositories r) throws SQLException {
        Map<UUID, byte[]> seals = new HashMap<>();
        Sql.query(tx, "SELECT id, seal FROM attachment UNION ALL SELECT id, seal FROM follow_up", List.of(),
                rs -> seals.put(Sql.uuid(rs, "id"), rs.getBytes("seal")));
        for (var a : tx.unchecked(r.attachments::all)) {
            String json = ItemSeals.json(a);
            item(a.ref().toString(), a.id(), json, Seals.same(seals.get(a.id()), ItemSeals.seal(tx, a, json)));
        }
        for (var f : tx.unchecked(r.followUps::all)) {
            String json = ItemSeals.json(f);
            item(f.ref().toString(), f.id(), json, Seals.same(seals.get(f.id()), ItemSeals.seal(tx, f, json)));
        }
    }

    private void item(String ref, UUID id, String json, boolean sealed) {
        records++;
        Last l = last.remove(id);
        if (!sealed) {
            problems.add(phrase("{0} does not match its seal: it was changed outside ReturnWatch, or damaged",
                    ref));
        } else if (l == null) {
            problems.add(phrase("{0} has no history entry: it was added outside ReturnWatch", ref));
        } else if (l.deleted()) {
            problems.add(phrase("{0} exists although its history (entry #{1}) says it was deleted", ref, l.seq()));
        } else if (!Arrays.equals(l.fieldsDigest(), digest(json))) {
            problems.add(phrase("{0} differs from its last history entry (#{1})", ref, l.seq()));
        }
    }

    private <T extends DomainRecord> void records(Transaction tx, RecordRepository<T> repo) {
        List<RecordRepository.Checked<T>> all;
        try {
            all = repo.allChecked(tx);
        } catch (StoreException e) {
            problems.add(phrase("the {0} cannot all be read: {1}", Phrase.words(repo.kind().plural()),
                    e.getMessage()));
            return;
        }
        for (RecordRepository.Checked<T> c : all) {
            records++;
            T rec = c.record();
            Last l = last.remove(rec.id());
            if (!c.sealed()) {
                problems.add(phrase("{0} does not match its seal: it was changed outside ReturnWatch, or damaged",
                        rec.ref()));
            } else if (l == null) {
                problems.add(phrase("{0} has no history entry: it was added outside ReturnWatch", rec.ref()));
            } else if (l.deleted()) {
                problems.add(phrase("{0} exists although its history (entry #{1}) says it was deleted",
                        rec.ref(), l.seq()));
            } else if (!Arrays.equals(l.fieldsDigest(), digest(c.fieldsJson()))) {
                problems.add(phrase("{0} differs from its last history entry (#{1})", rec.ref(), l.seq()));
            }
        }
    }

    private void missing() {
        last.values().stream().filter(l -> !l.deleted()).sorted((a, b) -> Long.compare(a.seq(), b.seq()))
                .forEach(l -> problems.add(phrase("{0} is missing: its history (entry #{1}) says it exists",
                        l.ref(), l.seq())));
    }

    private void consistency(Transaction tx) throws SQLException {
        Set<UUID> ids = new HashSet<>();
        for (RecordKind kind : RecordKind.values()) {
            String table = db.repositories().directory.table(kind);
            ids.addAll(Sql.query(tx, "SELECT id FROM " + table, List.of(), rs -> Sql.uuid(rs, "id")));
        }
        long orphanCitations = Sql.query(tx, "SELECT record_id, source_id FROM citation", List.of(),
                rs -> !ids.contains(Sql.uuid(rs, "record_id")) || !ids.contains(Sql.uuid(rs, "source_id")))
                .stream().filter(b -> b).count();
        if (orphanCitations > 0) {
            problems.add(phrase("{0} citation(s) cite a record or source that does not exist", orphanCitations));
        }
        long orphanLinks = Sql.query(tx, "SELECT from_id, to_id FROM link", List.of(),
                rs -> !ids.contains(Sql.uuid(rs, "from_id")) || !ids.contains(Sql.uuid(rs, "to_id")))
                .stream().filter(b -> b).count();
        if (orphanLinks > 0) {
            problems.add(phrase("{0} link(s) tie a record that does not exist", orphanLinks));
        }
        long strayWords = Sql.query(tx, "SELECT DISTINCT record_id FROM search_word", List.of(),
                rs -> !ids.contains(Sql.uuid(rs, "record_id"))).stream().filter(b -> b).count();
        if (strayWords > 0) {
            problems.add(phrase("the search index holds words of {0} record(s) that do not exist", strayWords));
        }
    }

    private static String describe(HistoryEntry e) {
        return e.ref() == null ? e.action().name().toLowerCase(java.util.Locale.ROOT)
                : e.action().name().toLowerCase(java.util.Locale.ROOT) + " of " + e.ref();
    }

    private static byte[] digest(String text) {
        if (text == null) {
            return null;
        }
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this Java runtime", e);
        }
    }
}
