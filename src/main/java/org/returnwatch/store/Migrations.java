package org.returnwatch.store;

import static org.returnwatch.i18n.Phrase.phrase;

import java.util.Arrays;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;

/** Brings a database's schema up to this program's version, refusing one written by a newer program. */
final class Migrations {
    private Migrations() {
    }

    static void migrate(DataSource dataSource, DatabaseFile file) {
        migrate(dataSource, file, () -> { });
    }

    /** With {@code upgrading} run first when the database was made by an earlier version (a long step, maybe). */
    static void migrate(DataSource dataSource, DatabaseFile file, Runnable upgrading) {
        try {
            Flyway flyway = flyway(dataSource);
            if (flyway.info().pending().length > 0) {
                upgrading.run();
            }
            flyway.migrate();
        } catch (FlywayException e) {
            throw new NotADatabaseException(phrase("{0} has a schema this ReturnWatch does not recognise (it was "
                    + "changed outside ReturnWatch or by a development build); nothing was changed", file), e);
        }
    }

    /** Reads only: safe on a database opened read-only, so a refused file is left exactly as it was. */
    static void checkNotNewer(DataSource dataSource, DatabaseFile file) {
        Flyway flyway = flyway(dataSource);
        MigrationInfo[] all;
        try {
            all = flyway.info().all();
        } catch (FlywayException e) {
            throw new NotADatabaseException(phrase("{0} has no schema ReturnWatch can read", file), e);
        }
        boolean newer = Arrays.stream(all).anyMatch(i -> i.getState() == MigrationState.FUTURE_SUCCESS
                || i.getState() == MigrationState.FUTURE_FAILED);
        if (newer) {
            MigrationVersion current = flyway.info().current().getVersion();
            throw new SchemaTooNewException(phrase("{0} was written by a newer ReturnWatch (schema version {1}); "
                    + "install that version or newer to open it", file, current));
        }
    }

    /** For a database opened read-only: its schema must already be this program's, as nothing can be changed. */
    static void requireCurrent(DataSource dataSource, DatabaseFile file) {
        MigrationInfo[] pending;
        try {
            pending = flyway(dataSource).info().pending();
        } catch (FlywayException e) {
            throw new NotADatabaseException(phrase("{0} has no schema ReturnWatch can read", file), e);
        }
        if (pending.length > 0) {
            throw new StoreException(phrase("{0} was made by an earlier ReturnWatch and must be upgraded once, "
                    + "which cannot be done where it cannot be written; copy it (with its key file) to a "
                    + "folder you can write to", file));
        }
    }

    private static Flyway flyway(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(new SearchIndexRebuild(), new CaseworkReseal(), new ItemSealing(),
                        new CaseWordSetsBuild())
                .cleanDisabled(true)
                .loggers("slf4j")
                .load();
    }
}
