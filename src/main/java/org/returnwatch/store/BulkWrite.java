package org.returnwatch.store;

import static org.returnwatch.i18n.Phrase.phrase;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.returnwatch.domain.DomainRecord;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Reference;
import org.returnwatch.i18n.Phrase;
import org.roaringbitmap.RoaringBitmap;

/**
 * Writes many records in one transaction at close to the database's own pace, for imports. Each
 * new record gets exactly what {@link RecordRepository#insert} gives it (a seal, its children, its
 * search words, a history entry) but its rows go out in JDBC batches, and what the database already
 * holds (identifiers, reference codes, merged records) is read a few hundred records at a time
 * instead of once per record. A record already stored is updated as a save updates it, one by one.
 *
 * <p>Reference codes are given as a run of single inserts would give them: a record keeps its own
 * code unless another record holds it or held it before a merge, and otherwise gets the next free one.
 */
public final class BulkWrite implements AutoCloseable {
    private static final int CHUNK = 500;
    private static final String WORD_SQL = "INSERT INTO search_word (word, record_id) VALUES (?, ?)";
    /**
     * Search words are held back and sent in runs sorted by word: the index is keyed by word, and
     * sorted runs land on few pages of it instead of a random page for each word.
     */
    private static final int WORD_RUN = 100_000;
    private static final Comparator<Word> WORD_ORDER = Comparator.comparing(Word::word).thenComparing(Word::id);
    private final Transaction tx;
    private final BatchedRows rows;
    private final Set<Reference> retired = new HashSet<>();
    private final Map<UUID, List<Reference>> mergedInto = new HashMap<>();
    private final List<Word> words = new ArrayList<>();
    /** The new cases' reference numbers by word, added to {@link CaseWordSets} with each run of words. */
    private final Map<String, RoaringBitmap> caseWords = new HashMap<>();

    private record Word(String word, UUID id) {
    }

    public BulkWrite(Transaction tx) {
        this.tx = tx;
        this.rows = new BatchedRows(tx);
        try {
            Sql.query(tx, "SELECT record_kind, old_ref_number, kept_id FROM merged_record", List.of(), rs -> {
                Reference old = new Reference(RecordKind.valueOf(rs.getString(1)), rs.getInt(2));
                retired.add(old);
                mergedInto.computeIfAbsent(Sql.uuid(rs, "kept_id"), k -> new ArrayList<>()).add(old);
                return null;
            });
        } catch (SQLException e) {
            throw SqlErrors.translate(e, phrase("reading merges"));
        }
    }

    /**
     * Adds the records that are new and updates those already stored (same identifier), in the
     * given order; {@code eachRecord} runs once per record (progress, and a cancel, which throws).
     */
    public <T extends DomainRecord> void upsertAll(RecordRepository<T> repo, List<T> records, Runnable eachRecord) {
        try {
            Map<UUID, Long> versions = storedVersions(repo, records);
            Map<Integer, UUID> holders = refHolders(repo, records);
            int max = repo.nextRef(tx).number() - 1;
            Set<Integer> given = new HashSet<>();
            String insert = repo.insertSql();
            List<T> written = new ArrayList<>();
            for (T rec : records) {
                eachRecord.run();
                Long version = versions.get(rec.id());
                if (version != null) {
                    sendWords();
                    rows.send();
                    T stored = repo.findUnchecked(tx, rec.id()).orElseThrow();
                    if (!unchanged(repo, stored, rec)) {
                        repo.update(tx, repo.stored(rec, rec.ref(), stored.version()));
                        written.add(rec);
                    }
                    continue;
                }
                written.add(rec);
                Reference own = rec.ref() == null ? null : repo.checkKind(rec.ref());
                boolean taken = own != null && (given.contains(own.number()) || retired.contains(own)
                        || holders.containsKey(own.number()) && !holders.get(own.number()).equals(rec.id()));
                Reference ref = own == null || taken ? new Reference(repo.kind(), max + 1) : own;
                max = Math.max(max, ref.number());
                given.add(ref.number());
                versions.put(rec.id(), 1L);
                add(repo, insert, repo.stored(repo.normalised(rec), ref, 1));
            }
            sendWords();
            rows.send();
            repo.writtenInBulk(tx, written);
        } catch (SQLException e) {
            throw SqlErrors.translate(e, phrase("writing {0}", Phrase.words(repo.kind().plural())));
        }
    }

    /**
     * Whether {@code incoming} holds what {@code stored} holds, identity aside: a record imported again unchanged is
     * left as it is (its version, its history and its case's last change), not written again.
     */
    static <T extends DomainRecord> boolean unchanged(RecordRepository<T> repo, T stored, T incoming) {
        return repo.fieldsJson(stored).equals(repo.fieldsJson(repo.normalised(incoming)));
    }

    private <T extends DomainRecord> void add(RecordRepository<T> repo, String insert, T s) throws SQLException {
        String json = repo.fieldsJson(s);
        rows.add(insert, repo.insertParams(tx, s, json));
        repo.writeChildren(rows, s);
        List<Object> parts = new ArrayList<>(repo.searchWordsWithRef(s));
        // the references of records once merged into this identifier still find it, as in SearchIndex
        parts.addAll(mergedInto.getOrDefault(s.id(), List.of()));
        boolean isCase = repo.kind() == RecordKind.CASE;
        for (String word : SearchText.indexWords(parts)) {
            words.add(new Word(word, s.id()));
            if (isCase) {
                caseWords.computeIfAbsent(word, w -> new RoaringBitmap()).add(s.ref().number());
            }
        }
        if (words.size() >= WORD_RUN) {
            sendWords();
        }
        tx.journal().record(HistoryAction.INSERT, repo.kind(), s.id(), s.ref().toString(), null, json);
    }

    private void sendWords() throws SQLException {
        words.sort(WORD_ORDER);
        for (Word w : words) {
            rows.add(WORD_SQL, List.of(w.word(), w.id()));
        }
        words.clear();
        CaseWordSets.addAll(tx, caseWords);
        caseWords.clear();
    }

    /** The stored version of each record of the list that is already in the database. */
    private <T extends DomainRecord> Map<UUID, Long> storedVersions(RecordRepository<T> repo, List<T> records)
            throws SQLException {
        Map<UUID, Long> out = new HashMap<>();
        List<Object> ids = new ArrayList<>(records.size());
        records.forEach(r -> ids.add(r.id()));
        for (List<Object> chunk : chunks(ids)) {
            Sql.query(tx, "SELECT id, version FROM " + repo.table() + " WHERE id IN (" + marks(chunk.size()) + ")",
                    chunk, rs -> out.put(Sql.uuid(rs, "id"), rs.getLong("version")));
        }
        return out;
    }

    /** Which stored record holds each reference number the list asks for. */
    private <T extends DomainRecord> Map<Integer, UUID> refHolders(RecordRepository<T> repo, List<T> records)
            throws SQLException {
        Map<Integer, UUID> out = new HashMap<>();
        List<Object> numbers = new ArrayList<>();
        for (T r : records) {
            if (r.ref() != null && r.ref().kind() == repo.kind()) {
                numbers.add(r.ref().number());
            }
        }
        for (List<Object> chunk : chunks(numbers)) {
            Sql.query(tx, "SELECT ref_number, id FROM " + repo.table() + " WHERE ref_number IN ("
                    + marks(chunk.size()) + ")", chunk, rs -> out.put(rs.getInt(1), Sql.uuid(rs, "id")));
        }
        return out;
    }

    private static List<List<Object>> chunks(List<Object> all) {
        List<List<Object>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            out.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return out;
    }

    private static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    /** Releases the prepared statements; rows not yet sent are dropped with the transaction. */
    @Override
    public void close() {
        try {
            rows.close();
        } catch (SQLException e) {
            throw SqlErrors.translate(e, phrase("importing"));
        }
    }
}
