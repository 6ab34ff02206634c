package org.returnwatch.store;

import java.util.Base64;
import java.util.Optional;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A schema step written in Java because it needs the program's own code (the search words, the
 * seals): numbered and described like the SQL steps, run inside the migration's transaction, with no
 * checksum, as its code may be tidied later without changing what it does.
 */
abstract class JavaStep implements JavaMigration {
    private final String version;
    private final String description;

    JavaStep(String version, String description) {
        this.version = version;
        this.description = description;
    }

    @Override
    public final MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(version);
    }

    @Override
    public final String getDescription() {
        return description;
    }

    @Override
    public final Integer getChecksum() {
        return null;
    }

    @Override
    public final boolean canExecuteInTransaction() {
        return true;
    }

    /**
     * The seals of a database that keeps its history; empty when it keeps none yet (an earlier
     * release: the baseline that starts its history seals everything) or has no seal key (opening
     * reports that, as for any database without one).
     */
    static Optional<Seals> sealsOfAJournalledDatabase(Transaction plain) throws java.sql.SQLException {
        if (!"on".equals(Meta.get(plain, HistoryStart.HISTORY).orElse(null))) {
            return Optional.empty();
        }
        return Meta.get(plain, Seals.META_KEY).map(k -> new Seals(Base64.getDecoder().decode(k)));
    }
}
