package org.returnwatch.store;

import static org.returnwatch.i18n.Phrase.phrase;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.returnwatch.domain.DomainRecord;
import org.returnwatch.domain.Reference;

/**
 * Reading a database's history, and putting a record back as an earlier entry shows it. Entries are
 * written by the repositories themselves, in the transaction of each change; to mark changes as part
 * of a merge, an import or a revert, call {@link Transaction#origin} first.
 */
public final class History {
    private final Repositories repositories;

    History(Repositories repositories) {
        this.repositories = repositories;
    }

    /** Every entry about the record with this identifier, oldest first. */
    public List<HistoryEntry> ofRecord(Transaction tx, UUID id) {
        return query(tx, "WHERE record_id = ? ORDER BY seq", List.of(id));
    }

    /**
     * Every entry about the record this reference code names: the current record, else the last
     * record that had the code (a deleted one).
     */
    public List<HistoryEntry> ofRef(Transaction tx, Reference ref) {
        Optional<? extends DomainRecord> current = repositories.of(ref.kind()).findByRefUnchecked(tx, ref);
        if (current.isPresent()) {
            return ofRecord(tx, current.get().id());
        }
        List<HistoryEntry> named = query(tx, "WHERE record_ref = ? ORDER BY seq DESC LIMIT 1", List.of(ref.toString()));
        return named.isEmpty() ? List.of() : ofRecord(tx, named.get(0).recordId());
    }

    /**
     * Every entry about the evidence files and follow-ups held by any of {@code holders} (a case and its
     * incidents), before or after the change, oldest first: a file attached, removed or moved by a merge,
     * a follow-up added, ticked done or reopened.
     */
    public List<HistoryEntry> ofItemsHeldBy(Transaction tx, Collection<UUID> holders) {
        if (holders.isEmpty()) {
            return List.of();
        }
        // the holder is a field of the item's sealed JSON: a LIKE narrows the entries, the JSON decides
        StringBuilder where = new StringBuilder("WHERE record_kind IN ('" + ItemSeals.ATTACHMENT + "', '"
                + ItemSeals.FOLLOW_UP + "') AND (");
        List<Object> params = new ArrayList<>();
        for (UUID h : holders) {
            where.append(params.isEmpty() ? "" : " OR ").append("before_fields LIKE ? OR after_fields LIKE ?");
            params.add("%" + h + "%");
            params.add("%" + h + "%");
        }
        where.append(") ORDER BY seq");
        Set<String> ids = new HashSet<>();
        holders.forEach(h -> ids.add(h.toString()));
        return query(tx, where.toString(), params).stream()
                .filter(e -> heldBy(e.before(), ids) || heldBy(e.after(), ids)).toList();
    }

    private static boolean heldBy(String fields, Set<String> holders) {
        if (fields == null) {
            return false;
        }
        var json = RecordJson.parse(fields);
        return holders.contains(json.path("recordId").asText()) || holders.contains(json.path("caseId").asText());
    }

    public Optional<HistoryEntry> entry(Transaction tx, long seq) {
        return query(tx, "WHERE seq = ?", List.of(seq)).stream().findFirst();
    }

    /** The last {@code limit} entries, newest first. */
    public List<HistoryEntry> latest(Transaction tx, int limit) {
        return query(tx, "ORDER BY seq DESC LIMIT ?", List.of(limit));
    }

    /** The record as entry {@code seq} shows it: after the change, or just before it for a delete. */
    public DomainRecord versionAt(Transaction tx, long seq) {
        HistoryEntry e = recordEntry(tx, seq);
        Reference ref = Reference.parse(e.ref());
        return repositories.of(e.kind()).fromFields(e.recordId(), ref, 0, fieldsOf(e));
    }

    /**
     * Puts the record back as entry {@code seq} shows it, as a new change recorded with origin
     * {@link ChangeOrigin#REVERT}: the current record is updated, or a deleted one made again (under
     * its old reference code if that is still free). Records that went with it (a case's incidents,
     * its citations) have entries of their own and are put back one by one.
     */
    public DomainRecord revert(Transaction tx, long seq) {
        HistoryEntry e = recordEntry(tx, seq);
        tx.origin(ChangeOrigin.REVERT, "put back as history entry #" + seq + " shows it");
        return revert(tx, repositories.of(e.kind()), e);
    }

    private <T extends DomainRecord> T revert(Transaction tx, RecordRepository<T> repo, HistoryEntry e) {
        Optional<T> current = repo.findUnchecked(tx, e.recordId());
        if (current.isPresent()) {
            T now = current.get();
            return repo.update(tx, repo.fromFields(now.id(), now.ref(), now.version(), fieldsOf(e)));
        }
        Reference ref = Reference.parse(e.ref());
        T back = repo.fromFields(e.recordId(), ref, 0, fieldsOf(e));
        boolean taken = repo.findByRefUnchecked(tx, ref).isPresent();
        return repo.insert(tx, taken ? repo.withoutRef(back) : back);
    }

    private HistoryEntry recordEntry(Transaction tx, long seq) {
        HistoryEntry e = entry(tx, seq).orElseThrow(() -> new RecordNotFoundException(phrase("there is no history "
                + "entry #{0}", seq)));
        if (e.kind() == null || fieldsOf(e) == null) {
            throw new StoreException(phrase("history entry #{0} shows no version of a record", seq));
        }
        return e;
    }

    private static String fieldsOf(HistoryEntry e) {
        return e.action() == HistoryAction.DELETE ? e.before() : e.after();
    }

    private static List<HistoryEntry> query(Transaction tx, String clause, List<Object> params) {
        try {
            return Sql.query(tx, "SELECT " + HistoryChain.COLUMNS + " FROM history " + clause, params,
                    HistoryChain::entry);
        } catch (SQLException e) {
            throw SqlErrors.translate(e, phrase("reading the history"));
        }
    }
}
