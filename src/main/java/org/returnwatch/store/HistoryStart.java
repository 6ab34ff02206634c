package org.returnwatch.store;

import static org.returnwatch.i18n.Phrase.phrase;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.returnwatch.domain.DomainRecord;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.i18n.Phrase;
import org.returnwatch.work.Randomness;

/**
 * Starts a database's history and checks it against the key file each time the database opens.
 * A database of the previous release has records but no history and no seals: its history begins
 * with one baseline entry per record as it stands, each record gets its seal, and the key file
 * gets the database's identity and the history's last entry.
 */
final class HistoryStart {
    static final String HISTORY = "history";
    static final String DATABASE_ID = "database_id";
    static final String CASEWORKER = "caseworker";

    private HistoryStart() {
    }

    static void start(Database db, boolean inspect) {
        db.useCaseworker(Meta.get(db, CASEWORKER).orElseGet(HistoryStart::defaultCaseworker));
        boolean started = false;
        if (!"on".equals(Meta.get(db, HISTORY).orElse(null))) {
            if (db.isReadOnly()) {
                throw new StoreException(phrase("{0} was made by an earlier ReturnWatch and must be upgraded "
                        + "once, which cannot be done where it cannot be written; copy it (with its key file) "
                        + "to a folder you can write to", db.file()));
            }
            baseline(db);
            started = true;
        } else {
            db.useSeals(new Seals(sealKey(db)));
        }
        db.useHead(db.read(tx -> HistoryChain.head(tx.connection())));
        List<Phrase> findings = compareWithKeyFile(db, started);
        if (!findings.isEmpty() && !inspect) {
            throw new IntegrityException(phrase("{0}; run verify for details", findings.get(0)));
        }
        db.useFindings(findings);
    }

    /** The operating system's user name, until a caseworker name is set. */
    static String defaultCaseworker() {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "caseworker" : user.strip();
    }

    static String databaseId(Database db) {
        return Meta.get(db, DATABASE_ID).orElseThrow(() -> new IntegrityException(phrase("{0} is damaged: it has "
                + "no database identifier", db.file())));
    }

    private static byte[] sealKey(Database db) {
        try {
            byte[] key = Base64.getDecoder().decode(Meta.get(db, Seals.META_KEY).orElseThrow());
            if (key.length != Seals.KEY_BYTES) {
                throw new IllegalArgumentException("length");
            }
            return key;
        } catch (RuntimeException e) {
            throw new IntegrityException(phrase("{0} is damaged: its seal key is missing or not valid, so no "
                    + "record can be checked", db.file()));
        }
    }

    /** One transaction: a seal key, an identity, a seal on every stored thing, a baseline entry per record. */
    private static void baseline(Database db) {
        byte[] key = new byte[Seals.KEY_BYTES];
        Randomness.fill(key);
        db.useSeals(new Seals(key));
        try {
            db.write(tx -> {
                Meta.put(tx, Seals.META_KEY, Base64.getEncoder().encodeToString(key));
                if (Meta.get(tx, DATABASE_ID).isEmpty()) {
                    Meta.put(tx, DATABASE_ID, KeyFile.newDatabaseId());
                }
                tx.origin(ChangeOrigin.UPGRADE, "history begins: the record as it stood when this release first "
                        + "opened the database");
                Repositories r = db.repositories();
                for (RecordKind kind : Repositories.WRITE_ORDER) {
                    baselineAll(tx, r.of(kind));
                }
                r.tactics.resealAll(tx);
                r.savedCharts.resealAll(tx);
                ItemSeals.baselineAll(tx, r.attachments, r.followUps);
                Meta.put(tx, HISTORY, "on");
                return null;
            });
        } catch (RuntimeException e) {
            db.useSeals(null);
            throw e;
        }
    }

    private static <T extends DomainRecord> void baselineAll(Transaction tx, RecordRepository<T> repo)
            throws SQLException {
        for (RecordRepository.Checked<T> c : repo.allChecked(tx)) {
            repo.reseal(tx, c.record(), c.fieldsJson());
            T rec = c.record();
            tx.journal().record(HistoryAction.BASELINE, rec.kind(), rec.id(), rec.ref().toString(), null,
                    c.fieldsJson());
        }
    }

    /**
     * What does not match between the key file's record of the history and the history itself. When
     * all matches, a key file that is behind (a crash after a commit) or of the previous release is
     * brought up to date.
     */
    private static List<Phrase> compareWithKeyFile(Database db, boolean justStarted) {
        KeyFile kf = db.keyFile();
        if (kf == null) {
            return List.of(); // a database being made: its key file is written next
        }
        HistoryHead now = db.historyHead();
        String id = databaseId(db);
        String keyName = db.file().keyFile().getFileName().toString();
        List<Phrase> findings = new ArrayList<>();
        HistoryHead recorded = kf.head(db.keyFileKey());
        if (kf.databaseId() != null && !kf.databaseId().equals(id)) {
            findings.add(phrase("the key file {0} belongs to another database (its database identifier differs)",
                    keyName));
        } else if (!kf.hasHead()) {
            if (!justStarted) {
                findings.add(phrase("the key file {0} holds no record of the history although the database has "
                        + "one: it was replaced by an older key file or edited", keyName));
            }
        } else if (recorded == null) {
            findings.add(phrase("the key file {0}'s record of the history was not written with this passphrase: "
                    + "the key file was edited", keyName));
        } else if (recorded.seq() > now.seq()) {
            findings.add(phrase("the database is older than its key file: its history ends at entry #{0} but the "
                    + "key file was written after entry #{1}; the database file may have been replaced by an "
                    + "older copy", now.seq(), recorded.seq()));
        } else if (!Seals.same(hashOf(db, recorded.seq()).orElse(null), recorded.hash())) {
            findings.add(phrase("history entry #{0} is not the one the key file recorded: the history was "
                    + "rewritten", recorded.seq()));
        }
        boolean behind = recorded == null || !recorded.equals(now) || kf.databaseId() == null
                || kf.fileSalt() == null;
        if (findings.isEmpty() && behind && !db.isReadOnly()) {
            db.writeKeyFile(kf.withIdentity(id, H2Pool.fileSalt(db.file().dataFile())));
        }
        return findings;
    }

    private static Optional<byte[]> hashOf(Database db, long seq) {
        if (seq == 0) {
            return Optional.of(HistoryHead.EMPTY.hash());
        }
        return db.read(tx -> HistoryChain.hashOf(tx.connection(), seq));
    }
}
