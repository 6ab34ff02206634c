package org.returnwatch.desktop.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.app.RecordItem;
import org.returnwatch.desktop.FakeDialogs;
import org.returnwatch.desktop.Seeded;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.task.DirectTaskRunner;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.Citation;
import org.returnwatch.domain.DomainRecord;
import org.returnwatch.domain.FuzzyDate;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Reference;
import org.returnwatch.domain.Reliability;
import org.returnwatch.domain.Source;
import org.returnwatch.domain.SourceKind;
import org.returnwatch.store.Store;

/** Delete asks, names what links to the record, and can be undone completely. */
class RecordDeleterTest {
    @TempDir
    Path dir;
    Session session;
    Store store;
    FakeDialogs dialogs = new FakeDialogs();
    RecordDeleter deleter;

    @BeforeEach
    void open() {
        session = Seeded.session(dir);
        store = Seeded.store(session);
        deleter = new RecordDeleter(session, new DirectTaskRunner(), dialogs);
    }

    @AfterEach
    void close() {
        Seeded.close(session);
    }

    private Map<RecordKind, Integer> counts() {
        return store.read(store::counts);
    }

    @Test
    void deleteNamesTheLinkedRecordsAndUndoPutsEverythingBack() {
        Case doe = store.read(tx -> store.cases().get(tx, Reference.parse("RW-C-0005")));
        Map<RecordKind, Integer> before = counts();
        boolean[] done = {false};
        deleter.delete(RecordItem.of(doe), () -> done[0] = true);
        assertThat(done[0]).isTrue();
        assertThat(dialogs.confirmations.get(0)).contains("RW-C-0006").contains("incidents").contains("Undo");
        Map<RecordKind, Integer> after = counts();
        assertThat(after.get(RecordKind.CASE)).isEqualTo(before.get(RecordKind.CASE) - 1);
        assertThat(after.get(RecordKind.LINK)).isLessThan(before.get(RecordKind.LINK));
        assertThat(after.get(RecordKind.INCIDENT)).isLessThan(before.get(RecordKind.INCIDENT));

        DomainRecord[] restored = {null};
        deleter.undo(r -> restored[0] = r);
        assertThat(counts()).isEqualTo(before);
        assertThat(restored[0].ref()).isEqualTo(doe.ref());
        assertThat(deleter.lastProperty().get()).isNull();
    }

    @Test
    void sayingNoDeletesNothing() {
        Case xie = store.read(tx -> store.cases().get(tx, Reference.parse("RW-C-0001")));
        dialogs.confirmAnswer = false;
        Map<RecordKind, Integer> before = counts();
        deleter.delete(RecordItem.of(xie), () -> { });
        assertThat(counts()).isEqualTo(before);
        assertThat(deleter.lastProperty().get()).isNull();
    }

    @Test
    void aSourceGoesWithItsCitationsAndComesBackWithThem() {
        // every seeded source is named by a history step, which keeps it; this one only citations name
        Case xie = store.read(tx -> store.cases().get(tx, Reference.parse("RW-C-0001")));
        Source source = store.write(tx -> store.sources().insert(tx, new Source(UUID.randomUUID(), null, 0,
                "Leaflet", "Example Daily", null, FuzzyDate.ofYear(2021), null, SourceKind.NEWS, Reliability.HIGH,
                null)));
        store.write(tx -> store.citations().insert(tx, new Citation(UUID.randomUUID(), null, 0, RecordKind.CASE,
                xie.id(), null, source.id(), "para. 1", null)));
        Map<RecordKind, Integer> before = counts();
        deleter.delete(RecordItem.of(source), () -> { });
        assertThat(counts().get(RecordKind.SOURCE)).isEqualTo(before.get(RecordKind.SOURCE) - 1);
        assertThat(counts().get(RecordKind.CITATION)).isLessThan(before.get(RecordKind.CITATION));
        deleter.undo(r -> { });
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aSourceAHistoryStepNamesIsNotDeletedAndTheUserIsToldWhy() {
        var source = store.read(tx -> store.sources().get(tx, Reference.parse("RW-SRC-0001")));
        Map<RecordKind, Integer> before = counts();
        deleter.delete(RecordItem.of(source), () -> { });
        assertThat(dialogs.errors.get(0)).contains("RW-A-0001");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void anActorNamedAsPerpetratorIsNotDeletedAndTheUserIsToldWhy() {
        var incident = store.read(tx -> store.incidents().all(tx)).stream()
                .filter(i -> i.perpetratorId() != null).findFirst().orElseThrow();
        var actor = store.read(tx -> store.actors().find(tx, incident.perpetratorId())).orElseThrow();
        Map<RecordKind, Integer> before = counts();
        deleter.delete(RecordItem.of(actor), () -> { });
        assertThat(dialogs.errors.get(0)).contains("perpetrator").contains(incident.ref().toString());
        assertThat(counts()).isEqualTo(before);
    }
}
