package org.returnwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.domain.Attachment;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.FollowUp;
import org.returnwatch.domain.ItemRef;
import org.returnwatch.domain.RecordKind;

/**
 * Evidence files' descriptions and follow-ups on a real encrypted database: each change is an entry
 * of the hash-chained history, and a row changed behind the program's back is refused when read and
 * named by verify, as records are.
 */
class ItemIntegrityTest {
    @TempDir
    Path dir;

    private static Attachment attach(Store store, Case c, String text) {
        Attachment draft = new Attachment(UUID.randomUUID(), null, RecordKind.CASE, c.id(), "summons.txt",
                "text/plain", 0, "-".repeat(64), "M. Chen", Instant.now(), "sent to his mother", null);
        return store.write(tx -> store.attachments().insert(tx, draft,
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void addingChangingAndDeletingItemsIsInTheChainedHistoryAndVerifies() {
        try (Store store = TestDatabases.create(dir)) {
            Case c = store.write(tx -> store.cases().insert(tx, Case.named("Owner")));
            Attachment a = attach(store, c, "the summons");
            FollowUp f = store.write(tx -> store.followUps().insert(tx, FollowUp.create(c.id(),
                    LocalDate.of(2025, 3, 1), "call the lawyer")));
            store.write(tx -> store.followUps().update(tx, f.withDone(Instant.now())));
            store.write(tx -> store.attachments().delete(tx, a.ref()));

            List<HistoryEntry> latest = store.read(tx -> store.history().latest(tx, 4));
            assertThat(latest).extracting(HistoryEntry::item, HistoryEntry::action, HistoryEntry::ref)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("ATTACHMENT", HistoryAction.DELETE, "RW-ATT-0001"),
                            org.assertj.core.groups.Tuple.tuple("FOLLOW_UP", HistoryAction.UPDATE, "RW-FU-0001"),
                            org.assertj.core.groups.Tuple.tuple("FOLLOW_UP", HistoryAction.INSERT, "RW-FU-0001"),
                            org.assertj.core.groups.Tuple.tuple("ATTACHMENT", HistoryAction.INSERT, "RW-ATT-0001"));
            assertThat(latest.get(3).after()).contains("summons.txt", a.sha256(), "M. Chen");
            assertThat(latest.get(1).changes()).extracting(FieldChange::field).containsExactly("doneAt");
            assertThat(store.verify().problems()).isEmpty();
            // the entries are in the chain: removing one is found
            Tamper.sql(store, "DELETE FROM history WHERE seq = " + latest.get(2).seq());
            assertThat(store.verify().problems()).anyMatch(p -> p.contains("are missing: they were removed"));
        }
    }

    @Test
    void aChangedByteInAnAttachmentsDescriptionIsRefusedWhenReadAndNamedByVerify() {
        try (Store store = TestDatabases.create(dir)) {
            Case c = store.write(tx -> store.cases().insert(tx, Case.named("Owner")));
            attach(store, c, "the summons");
            attach(store, c, "a second file");
            assertThat(store.verify().problems()).isEmpty();
            Tamper.sql(store, "UPDATE attachment SET file_name = 'summonz.txt' WHERE ref_number = 1");
            assertThatThrownBy(() -> store.read(tx -> store.attachments().forRecord(tx, c.id())))
                    .isInstanceOf(IntegrityException.class).hasMessageContaining("RW-ATT-0001 is damaged");
            assertThat(store.verify().problems())
                    .containsExactly("RW-ATT-0001 does not match its seal: it was changed outside ReturnWatch, "
                            + "or damaged");
        }
    }

    @Test
    void aChangedFollowUpAndAFollowUpAddedBehindTheProgramsBackAreNamedByVerify() {
        try (Store store = TestDatabases.create(dir)) {
            Case c = store.write(tx -> store.cases().insert(tx, Case.named("Owner")));
            store.write(tx -> store.followUps().insert(tx, FollowUp.create(c.id(), LocalDate.of(2025, 3, 1),
                    "call the lawyer")));
            Tamper.sql(store, "UPDATE follow_up SET due_date = DATE '2025-04-01' WHERE ref_number = 1");
            assertThatThrownBy(() -> store.read(tx -> store.followUps().forCase(tx, c.id())))
                    .isInstanceOf(IntegrityException.class).hasMessageContaining("RW-FU-0001 is damaged");
            assertThat(store.verify().problems()).containsExactly("RW-FU-0001 does not match its seal: it was "
                    + "changed outside ReturnWatch, or damaged");
        }
    }

    @Test
    void aDeletedFileComesBackOnUndoAndIsGoneForGoodOncePurged() {
        try (Store store = TestDatabases.create(dir)) {
            Case c = store.write(tx -> store.cases().insert(tx, Case.named("Owner")));
            Attachment a = attach(store, c, "Zqxmarkerbytes of the file");
            store.write(tx -> store.attachments().delete(tx, a.ref()));
            assertThat(store.<List<Attachment>>read(tx -> store.attachments().forRecord(tx, c.id()))).isEmpty();
            assertThatThrownBy(() -> store.read(tx -> store.attachments().readContent(tx, a.id(), in -> 0)))
                    .isInstanceOf(RecordNotFoundException.class);
            assertThat(store.verify().problems()).isEmpty();

            store.write(tx -> store.attachments().undelete(tx, a.id()));
            String back = store.read(tx -> store.attachments().readContent(tx, a.id(),
                    in -> new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            assertThat(back).isEqualTo("Zqxmarkerbytes of the file");
            assertThat(store.verify().problems()).isEmpty();

            store.write(tx -> store.attachments().delete(tx, a.ref()));
            assertThat(store.<Integer>write(tx -> store.attachments().purgeDeleted(tx, null))).isEqualTo(1);
            assertThatThrownBy(() -> store.write(tx -> store.attachments().undelete(tx, a.id())))
                    .isInstanceOf(RecordNotFoundException.class).hasMessageContaining("gone for good");
            assertThat(store.<Integer>read(tx -> Sql.query(tx, "SELECT COUNT(*) FROM attachment", List.of(),
                    rs -> rs.getInt(1)).get(0))).isZero();
            assertThat(store.verify().problems()).isEmpty();
        }
    }

    @Test
    void aDeleteLeftUndoableWhenTheProgramStoppedIsFinalAtTheNextOpening() {
        UUID id;
        try (Store store = TestDatabases.create(dir)) {
            Case c = store.write(tx -> store.cases().insert(tx, Case.named("Owner")));
            Attachment a = attach(store, c, "left in the bin");
            id = a.id();
            store.write(tx -> store.attachments().delete(tx, a.ref()));
        }
        try (Store store = TestDatabases.open(dir)) {
            assertThatThrownBy(() -> store.write(tx -> store.attachments().undelete(tx, id)))
                    .isInstanceOf(RecordNotFoundException.class);
            assertThat(store.verify().problems()).isEmpty();
        }
    }

    @Test
    void aFileWithCopiesIsNotDeletedBeforeItsCopies() {
        try (Store store = TestDatabases.create(dir)) {
            Case c = store.write(tx -> store.cases().insert(tx, Case.named("Owner")));
            Attachment a = attach(store, c, "original");
            Attachment draft = new Attachment(UUID.randomUUID(), null, RecordKind.CASE, c.id(), "redacted.txt",
                    "text/plain", 0, "-".repeat(64), null, Instant.now(), null, a.id());
            store.write(tx -> store.attachments().insert(tx, draft, new ByteArrayInputStream(new byte[] {1})));
            assertThatThrownBy(() -> store.write(tx -> store.attachments().delete(tx, a.ref())))
                    .hasMessageContaining("RW-ATT-0002").hasMessageContaining("nothing was deleted");
            ItemRef first = new ItemRef(ItemRef.ATTACHMENT, 1);
            assertThat(store.<java.util.Optional<Attachment>>read(tx -> store.attachments().findByRef(tx, first)))
                    .isPresent();
        }
    }
}
