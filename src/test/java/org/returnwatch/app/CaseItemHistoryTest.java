package org.returnwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.domain.Attachment;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.FollowUp;
import org.returnwatch.domain.FuzzyDate;
import org.returnwatch.domain.HostStateRole;
import org.returnwatch.domain.Incident;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.store.HistoryEntry;
import org.returnwatch.store.Store;
import org.returnwatch.store.TestDatabases;

/**
 * A case's history on a real encrypted database shows its evidence files (and its incidents') and its
 * follow-ups with who and when, and not those of another case.
 */
class CaseItemHistoryTest {
    @TempDir
    Path dir;
    Workspace ws;
    Store store;
    Case xie;
    Case other;
    Incident visit;

    @BeforeEach
    void twoCases() throws Exception {
        store = TestDatabases.create(Files.createDirectories(dir.resolve("db")));
        ws = TestWorkspaces.of(store);
        store.setCaseworker("Mei Lin");
        xie = store.write(tx -> store.cases().insert(tx, Case.named("Xie Weidong")));
        other = store.write(tx -> store.cases().insert(tx, Case.named("Someone else")));
        visit = store.write(tx -> store.incidents().insert(tx, new Incident(UUID.randomUUID(), null, 0, xie.id(),
                FuzzyDate.ofYear(2016), "China", null, "FAMILY_PRESSURE", null, HostStateRole.UNKNOWN,
                "Relatives visited.")));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private Path file(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void filesAndFollowUpsOfTheCaseAreOnItsHistoryWithWhoAndWhen() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        Attachment summons = ws.attachments().attach(xie.ref(), file("summons.pdf", "%PDF-1.4 summons"),
                "sent to his mother", "Mei Lin");
        Attachment photo = ws.attachments().attach(RecordKind.INCIDENT, visit.id(), file("agent.txt", "an agent"),
                null, "Mei Lin");
        ws.attachments().attach(other.ref(), file("unrelated.txt", "not his"), null, "Mei Lin");
        FollowUp call = ws.followUps().add(xie.ref(), LocalDate.of(2026, 12, 1), "Ask the lawyer for the court order");
        ws.followUps().setDone(call.ref(), true);
        ws.followUps().setDone(call.ref(), false);
        ws.attachments().deleteNow(summons.ref());

        List<HistoryStep> steps = ws.history().of(RecordKind.CASE, xie.id());

        List<HistoryStep> items = steps.stream().filter(HistoryStep::item).toList();
        String shortSha = summons.sha256().substring(0, 8) + "\u2026" + summons.sha256().substring(56);
        assertThat(items).extracting(HistoryStep::what).containsExactly(
                "file removed: summons.pdf (SHA-256 " + shortSha + ")",
                "follow-up reopened: Ask the lawyer for the court order",
                "follow-up done: Ask the lawyer for the court order",
                "follow-up added: Ask the lawyer for the court order, due 2026-12-01",
                "file attached: agent.txt (SHA-256 " + photo.sha256().substring(0, 8) + "\u2026"
                        + photo.sha256().substring(56) + "), on one of its incidents",
                "file attached: summons.pdf (SHA-256 " + shortSha + ")");
        assertThat(items).allSatisfy(s -> {
            assertThat(s.caseworker()).isEqualTo("Mei Lin");
            assertThat(s.at()).isAfter(before).isBefore(Instant.now().plusSeconds(1));
            assertThat(s.restorable()).isFalse();
        });
        assertThat(steps).extracting(HistoryStep::what).noneMatch(w -> w.contains("unrelated.txt"));
        // newest first, the case's own entries among them in order
        assertThat(steps).extracting(HistoryStep::seq).isSortedAccordingTo((x, y) -> Long.compare(y, x));
        assertThat(steps.get(steps.size() - 1).item()).as("the case was added before any file").isFalse();
    }

    @Test
    void theCommandLinesEntriesOfACaseHoldItsItemsInOrder() throws Exception {
        ws.attachments().attach(xie.ref(), file("order.pdf", "%PDF-1.4 order"), null, "Mei Lin");
        FollowUp f = ws.followUps().add(xie.ref(), LocalDate.of(2026, 12, 1), "File the appeal");
        ws.followUps().setDone(f.ref(), true);

        List<HistoryEntry> entries = ws.history().entries(xie.ref());

        assertThat(entries).extracting(HistoryEntry::seq).isSorted();
        assertThat(entries.stream().filter(ItemHistory::isItem).map(ItemHistory::what).toList())
                .containsExactly("file attached: order.pdf (SHA-256 " + ItemHistory.shortSha(ws.attachments()
                        .list(xie.ref()).get(0).sha256()) + ")", "follow-up added: File the appeal, due 2026-12-01",
                        "follow-up done: File the appeal");
        assertThat(ws.history().entries(other.ref())).noneMatch(ItemHistory::isItem);
    }
}
