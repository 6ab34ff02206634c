package org.returnwatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.CaseStatus;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Reference;

/**
 * A database of the release before casework (src/test/resources/store/before-casework) opens in this
 * one: every case is open, dated by the day its history first shows it added, held by nobody, sealed
 * and journalled over its new fields, so that the whole database verifies, then and after reopening.
 */
class CaseworkUpgradeTest {
    static final String FIXTURE = "/store/before-casework/";
    static final String PASSPHRASE = "before casework passphrase";

    @TempDir
    Path dir;
    DatabaseFile file;

    @BeforeEach
    void copyFixture() throws IOException {
        file = new DatabaseFile(dir.resolve("before-casework.mv.db"));
        copy("before-casework.mv.db", file.dataFile());
        copy("before-casework.rwkey", file.keyFile());
    }

    static void copy(String name, Path to) throws IOException {
        try (InputStream in = CaseworkUpgradeTest.class.getResourceAsStream(FIXTURE + name)) {
            Files.copy(in, to);
        }
    }

    Store open() {
        try (Passphrase p = Passphrase.adopt(PASSPHRASE.toCharArray())) {
            return new Store(Database.open(file, p));
        }
    }

    @Test
    void everyCaseGetsItsCaseworkSealedAndInItsHistoryAndTheDatabaseVerifies() {
        try (Store store = open()) {
            assertThat(store.verify().problems()).isEmpty();
            store.read(tx -> {
                List<Case> cases = store.cases().all(tx);
                assertThat(cases).hasSize(3);
                for (Case c : cases) {
                    List<HistoryEntry> h = store.history().ofRecord(tx, c.id());
                    LocalDate added = h.get(0).at().atOffset(ZoneOffset.UTC).toLocalDate();
                    assertThat(c.status()).isEqualTo(CaseStatus.OPEN);
                    assertThat(c.opened()).as(c.ref() + " opened the day it was added").isEqualTo(added);
                    assertThat(c.holder()).isNull();
                    HistoryEntry upgrade = h.get(h.size() - 1);
                    assertThat(upgrade.origin()).isEqualTo(ChangeOrigin.UPGRADE);
                    assertThat(upgrade.action()).isEqualTo(HistoryAction.UPDATE);
                    assertThat(upgrade.before()).doesNotContain("\"status\"");
                    assertThat(upgrade.after()).contains("\"status\":\"OPEN\"");
                    // the earlier version, written before status existed, still reads back (as open)
                    Case before = (Case) store.history().versionAt(tx, h.get(0).seq());
                    assertThat(before.name()).isEqualTo(c.name());
                    assertThat(before.status()).isEqualTo(CaseStatus.OPEN);
                }
                assertThat(store.team().names(tx)).contains("Mei Lin");
                // the evidence file and the follow-ups of the earlier release are sealed and have a first entry
                List<HistoryEntry> latest = store.history().latest(tx, 20);
                assertThat(latest).filteredOn(e -> e.item() != null)
                        .extracting(HistoryEntry::ref).containsExactlyInAnyOrder("RW-ATT-0001", "RW-FU-0001",
                                "RW-FU-0002");
                assertThat(latest).filteredOn(e -> e.item() != null).allMatch(e ->
                        e.origin() == ChangeOrigin.UPGRADE && e.action() == HistoryAction.BASELINE);
                var a = store.attachments().all(tx).get(0);
                assertThat(a.sha256()).isEqualTo("412f07f1eb8ac8c5ed434b84ffb7bb7f35a6f52bcb95d77226348b1a4dcee9f4");
                String stored = store.attachments().readContent(tx, a.id(), AttachmentRepository::sha256);
                assertThat(stored).isEqualTo(a.sha256());
                return null;
            });
        }
        // the key file caught up with the entries the upgrade added: opening again is clean
        try (Store store = open()) {
            assertThat(store.verify().problems()).isEmpty();
            Case c = store.read(tx -> store.cases().get(tx, new Reference(RecordKind.CASE, 1)));
            Case closed = store.write(tx -> store.cases().update(tx, c.withCasework(CaseStatus.CLOSED,
                    "returned to the family's lawyer", c.opened(), "Mei Lin")));
            assertThat(closed.closeReason()).isEqualTo("returned to the family's lawyer");
            assertThat(store.verify().problems()).isEmpty();
            Tamper.sql(store, "UPDATE follow_up SET note = 'call the lawyer!' WHERE ref_number = 1");
            assertThat(store.verify().problems()).containsExactly("RW-FU-0001 does not match its seal: it was "
                    + "changed outside ReturnWatch, or damaged");
        }
    }

    @Test
    void aCaseDamagedBeforeTheUpgradeIsNotResealedAndStaysReported() throws Exception {
        // a byte of a stored case changed outside ReturnWatch before this release first opens it
        try (Passphrase p = Passphrase.adopt(PASSPHRASE.toCharArray());
             java.sql.Connection c = Tamper.connect(file, p);
             java.sql.Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE case_record SET accusation = 'changed outside' WHERE ref_number = 3");
        }
        try (Passphrase p = Passphrase.adopt(PASSPHRASE.toCharArray());
             Store store = new Store(Database.openToInspect(file, p))) {
            assertThat(store.verify().problems()).anyMatch(m -> m.startsWith("RW-C-0003 does not match its seal"));
            Reference third = new Reference(RecordKind.CASE, 3);
            assertThat(store.<List<HistoryEntry>>read(tx -> store.history().ofRef(tx, third)))
                    .noneMatch(e -> e.origin() == ChangeOrigin.UPGRADE);
        }
    }
}
