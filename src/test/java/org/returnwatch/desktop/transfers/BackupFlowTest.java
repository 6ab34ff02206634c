package org.returnwatch.desktop.transfers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.app.Databases;
import org.returnwatch.app.Workspace;
import org.returnwatch.desktop.FakeDialogs;
import org.returnwatch.desktop.Seeded;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.task.DirectTaskRunner;
import org.returnwatch.domain.Link;
import org.returnwatch.exchange.JsonExchange;
import org.returnwatch.store.Store;
import org.returnwatch.store.TestDatabases;

/**
 * File → Back up and File → Restore from backup through the flows the window runs, on a real
 * database: the passphrase is asked again, every window is asked about unsaved changes first, and a
 * refused or cancelled restore leaves the database as it was and opens it again.
 */
class BackupFlowTest {
    @TempDir
    Path dir;
    Session session;
    final FakeDialogs dialogs = new FakeDialogs();
    final JsonExchange json = new JsonExchange();
    final List<String> events = new ArrayList<>();
    BackupFlow flow;

    @BeforeEach
    void open() {
        session = Seeded.session(dir);
        flow = new BackupFlow(session, new DirectTaskRunner(), dialogs, new Databases(TestDatabases.FAST),
                () -> LocalDate.of(2026, 11, 23));
        flow.setWindows(proceed -> {
            events.add("asked the windows");
            proceed.run();
        }, () -> events.add("passphrase screen"));
        dialogs.passphraseAnswer = TestDatabases.PASSPHRASE;
    }

    @AfterEach
    void close() {
        Seeded.close(session);
    }

    @Test
    void backUpThenRestoreBringsBackWhatWasDeletedSince() {
        Path backup = backUp("monday");
        String before = json.exportDocument(Seeded.store(session)).toString();
        deleteALink();
        Workspace old = session.workspace();
        dialogs.openAnswer = backup;
        flow.restore();
        assertThat(events).containsExactly("asked the windows");
        assertThat(session.isUnlocked()).isTrue();
        assertThat(session.workspace()).isNotSameAs(old);
        assertThat(json.exportDocument(Seeded.store(session)).toString()).isEqualTo(before);
        assertThat(dialogs.confirmations).singleElement().asString().contains("monday.rwbackup");
        assertThat(dialogs.infos).last().asString().startsWith("Restored ").contains("14 cases");
    }

    @Test
    void aWrongPassphraseWritesNoBackupAndRestoresNothing() throws Exception {
        Path backup = backUp("good");
        dialogs.passphraseAnswer = "not the passphrase";
        dialogs.exportAnswer = dir.resolve("bad.rwbackup");
        flow.backup();
        assertThat(dir.resolve("bad.rwbackup")).doesNotExist();
        assertThat(dialogs.errors).containsExactly("That is not this database's passphrase. No backup was written.");

        String digest = TestDatabases.digest(backup);
        Workspace open = session.workspace();
        dialogs.openAnswer = backup;
        flow.restore();
        assertThat(dialogs.errors).last().isEqualTo("That is not this database's passphrase. Nothing was changed.");
        assertThat(events).as("the windows were asked about unsaved changes, and nothing was closed")
                .containsExactly("asked the windows");
        assertThat(session.isUnlocked()).isTrue();
        assertThat(session.workspace()).isSameAs(open);
        assertThat(TestDatabases.digest(backup)).isEqualTo(digest);
    }

    @Test
    void aDamagedBackupChangesNothingAndTheDatabaseIsOpenAgain() throws Exception {
        Path backup = backUp("damaged");
        byte[] bytes = Files.readAllBytes(backup);
        bytes[bytes.length / 2] ^= 0x40;
        Files.write(backup, bytes);
        String before = json.exportDocument(Seeded.store(session)).toString();
        dialogs.openAnswer = backup;
        flow.restore();
        assertThat(dialogs.errors).singleElement().asString().contains("damaged").contains("open again");
        assertThat(session.isUnlocked()).isTrue();
        assertThat(json.exportDocument(Seeded.store(session)).toString()).isEqualTo(before);
    }

    @Test
    void aCancelledRestoreLeavesTheDatabaseAsItWas() {
        Path backup = backUp("cancel");
        deleteALink();
        String before = json.exportDocument(Seeded.store(session)).toString();
        dialogs.cancelProgressNumber = dialogs.progressShown.size() + 1;
        dialogs.openAnswer = backup;
        flow.restore();
        assertThat(dialogs.infos).last().isEqualTo("Restore was cancelled. The database was left as it was.");
        assertThat(json.exportDocument(Seeded.store(session)).toString()).isEqualTo(before);
    }

    @Test
    void sayingNoToTheWarningOrToThePassphraseClosesNothing() {
        Path backup = backUp("kept");
        Workspace open = session.workspace();
        dialogs.openAnswer = backup;
        dialogs.confirmAnswer = false;
        flow.restore();
        assertThat(events).as("said no to the warning: no window is asked").isEmpty();
        dialogs.confirmAnswer = true;
        dialogs.passphraseAnswer = null;
        flow.restore();
        assertThat(session.workspace()).isSameAs(open);
        assertThat(events).containsExactly("asked the windows");
    }

    @Test
    void aWindowThatStaysWithItsUnsavedChangesStopsTheRestoreBeforeThePassphraseIsAsked() {
        Path backup = backUp("stay");
        int asked = dialogs.passphraseAsked;
        flow.setWindows(proceed -> events.add("a window said Stay"), () -> events.add("passphrase screen"));
        Workspace open = session.workspace();
        dialogs.openAnswer = backup;
        flow.restore();
        assertThat(events).containsExactly("a window said Stay");
        assertThat(dialogs.passphraseAsked).isEqualTo(asked);
        assertThat(session.workspace()).isSameAs(open);
    }

    private Path backUp(String name) {
        dialogs.exportAnswer = dir.resolve(name);
        flow.backup();
        Path backup = dir.resolve(name + ".rwbackup");
        assertThat(backup).isRegularFile();
        assertThat(dialogs.infos).last().asString().startsWith("Backed up the whole database to " + backup);
        return backup;
    }

    private void deleteALink() {
        Store store = Seeded.store(session);
        int before = store.read(tx -> store.links().all(tx)).size();
        store.write(tx -> {
            Link l = store.links().all(tx).get(0);
            store.links().delete(tx, l.id(), l.version());
            return null;
        });
        List<Link> after = store.read(tx -> store.links().all(tx));
        assertThat(after).hasSize(before - 1);
    }
}
