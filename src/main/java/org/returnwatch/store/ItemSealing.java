package org.returnwatch.store;

import java.util.Optional;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema version 45: the evidence files' descriptions and the follow-ups already stored get their
 * seals and a first history entry each (as records got theirs when history began), chained after the
 * last entry, so that from now on a changed byte in their rows is detected. A database without
 * history yet is left to the baseline that starts it. Runs in the migration's transaction.
 */
final class ItemSealing extends JavaStep {
    ItemSealing() {
        super("45", "evidence files and follow-ups sealed and in the history");
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
            tx.origin(ChangeOrigin.UPGRADE, "history begins for evidence files and follow-ups: each as it stood "
                    + "when this release first opened the database");
            RecordDirectory directory = new RecordDirectory();
            ItemSeals.baselineAll(tx, new AttachmentRepository(directory), new FollowUpRepository(directory));
            if (!tx.journal().isEmpty()) {
                String caseworker = Meta.get(plain, HistoryStart.CASEWORKER).orElseGet(HistoryStart::defaultCaseworker);
                HistoryChain.append(context.getConnection(), HistoryChain.head(context.getConnection()),
                        tx.journal().changes(), caseworker, seals);
            }
        } finally {
            seals.wipe();
        }
    }
}
