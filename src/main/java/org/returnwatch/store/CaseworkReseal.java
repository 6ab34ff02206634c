package org.returnwatch.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.api.migration.Context;
import org.returnwatch.domain.Case;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Schema version 43: a case's seal and history cover its casework (status, why closed, date opened,
 * holder) from version 42 on. Each stored case whose seal matches its fields as they were before is
 * sealed again over its fields as they are now, and its history gets an entry saying what the
 * upgrade added, chained after the last one, so that {@code verify} finds every case matching its last
 * entry. A case whose seal did not match before is left as it was: resealing it would hide the damage.
 * A database without history yet (an earlier release) is left to the baseline that starts it.
 * Runs in the migration's transaction; the key file catches up with the history at the next opening,
 * as after any commit the key file missed.
 */
final class CaseworkReseal extends JavaStep {
    private static final Logger LOG = LoggerFactory.getLogger(CaseworkReseal.class);
    /** The components version 42 added to a case, absent from what the stored seals cover. */
    static final List<String> ADDED = List.of("status", "closeReason", "opened", "holder");

    CaseworkReseal() {
        super("43", "cases sealed with their casework");
    }

    @Override
    public void migrate(Context context) throws Exception {
        Transaction plain = new Transaction(context.getConnection(), false, null);
        Optional<Seals> journalled = sealsOfAJournalledDatabase(plain);
        if (journalled.isEmpty()) {
            return;
        }
        Seals seals = journalled.get();
        try {
            Transaction tx = new Transaction(context.getConnection(), false, seals);
            tx.origin(ChangeOrigin.UPGRADE, "casework added: status, date opened and the caseworker holding the case");
            CaseRepository cases = new CaseRepository();
            int resealed = 0;
            for (RecordRepository.Checked<Case> c : tx.unchecked(cases::allChecked)) {
                String before = withoutCasework(c.fieldsJson());
                if (Seals.same(storedSeal(tx, c.record()), cases.seal(tx, c.record(), before))) {
                    cases.reseal(tx, c.record(), c.fieldsJson());
                    tx.journal().record(HistoryAction.UPDATE, c.record().kind(), c.record().id(),
                            c.record().ref().toString(), before, c.fieldsJson());
                    resealed++;
                }
            }
            if (!tx.journal().isEmpty()) {
                String caseworker = Meta.get(plain, HistoryStart.CASEWORKER).orElseGet(HistoryStart::defaultCaseworker);
                HistoryChain.append(context.getConnection(), HistoryChain.head(context.getConnection()),
                        tx.journal().changes(), caseworker, seals);
            }
            LOG.info("{} cases sealed with their casework", resealed);
        } finally {
            seals.wipe();
        }
    }

    /** A case's canonical fields as a release before version 42 wrote them. */
    static String withoutCasework(String fieldsJson) {
        ObjectNode n = RecordJson.parse(fieldsJson);
        ADDED.forEach(n::remove);
        return RecordJson.text(n);
    }

    private static byte[] storedSeal(Transaction tx, Case c) throws java.sql.SQLException {
        return Sql.query(tx, "SELECT seal FROM case_record WHERE id = ?", List.of(c.id()), rs -> rs.getBytes(1))
                .get(0);
    }
}
