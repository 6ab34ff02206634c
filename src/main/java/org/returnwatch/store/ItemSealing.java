package org.returnwatch.store;

import java.util.Base64;
import java.util.Optional;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Schema version 45: the evidence files' descriptions and the follow-ups already stored get their
 * seals and a first history entry each (as records got theirs when history began), chained after the
 * last entry, so that from now on a changed byte in their rows is detected. A database without
 * history yet is left to the baseline that starts it. Runs in the migration's transaction.
 */
final class ItemSealing implements JavaMigration {
    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("45");
    }

    @Override
    public String getDescription() {
        return "evidence files and follow-ups sealed and in the history";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Transaction plain = new Transaction(context.getConnection(), false, null);
        if (!"on".equals(Meta.get(plain, HistoryStart.HISTORY).orElse(null))) {
            return;
        }
        Optional<String> keyText = Meta.get(plain, Seals.META_KEY);
        if (keyText.isEmpty()) {
            return;
        }
        Seals seals = new Seals(Base64.getDecoder().decode(keyText.get()));
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
