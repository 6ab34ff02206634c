package org.returnwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.store.Database;
import org.returnwatch.store.DatabaseFile;
import org.returnwatch.store.Passphrase;
import org.returnwatch.store.Store;
import org.returnwatch.store.TestDatabases;

/**
 * A database made by an earlier version is upgraded at its first opening, which at a million cases takes
 * half an hour: the command line says so on standard error before it starts, and only then.
 */
class UpgradeNoticeTest {
    @TempDir
    Path dir;

    @Test
    void aDatabaseOfAnEarlierVersionSaysOnceThatItIsBeingUpgraded() {
        SeededDatabase db = SeededDatabase.quick(dir, "earlier");
        Database opened;
        try (Passphrase p = Passphrase.adopt(SeededDatabase.PASSPHRASE.toCharArray())) {
            opened = Database.open(DatabaseFile.of(db.db), p);
        }
        try (Store store = new Store(opened)) {
            TestDatabases.stoppedDuringSchema49(store);
        }
        CliRunner.Result first = db.run("list", "cases");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.err()).isEqualTo("returnwatch: upgrading the database for this version, once; a large "
                + "database can take many minutes" + System.lineSeparator());
        assertThat(first.out()).contains("RW-C-0014");
        CliRunner.Result second = db.run("list", "cases");
        assertThat(second.err()).isEmpty();
        assertThat(second.out()).isEqualTo(first.out());
    }
}
