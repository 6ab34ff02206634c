package org.returnwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.Citation;
import org.returnwatch.domain.FuzzyDate;
import org.returnwatch.domain.Incident;
import org.returnwatch.domain.Link;
import org.returnwatch.domain.LinkRelation;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Source;

/** Every insert, update and delete writes its history entry in the same transaction; a record can be put back. */
class HistoryTest {
    @TempDir
    Path dir;
    Store store;

    @BeforeEach
    void open() {
        store = TestDatabases.create(dir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<HistoryEntry> historyOf(java.util.UUID id) {
        return store.read(tx -> store.history().ofRecord(tx, id));
    }

    private static Case withCity(Case c, String city) {
        return new Case(c.id(), c.ref(), c.version(), c.name(), c.nativeName(), c.aliases(), c.pseudonymous(),
                c.caseKind(), c.role(),
                c.originCountry(), c.residenceCountry(), city, c.nationalities(), c.immigrationStatus(),
                        c.targetCategory(), c.accusation(),
                c.amount(), c.campaign(), c.outcomeHistory(), c.riskLevel(), c.summary());
    }

    @Test
    void insertUpdateAndDeleteEachWriteAnEntryWithTheFieldsBeforeAndAfter() {
        store.setCaseworker("Maria Lopez");
        Case c = store.write(tx -> store.cases().insert(tx, Records.caseNamed("History Person")));
        Case moved = store.write(tx -> store.cases().update(tx, withCity(c, "Montréal")));
        store.write(tx -> {
            store.cases().delete(tx, moved.id(), moved.version());
            return null;
        });

        List<HistoryEntry> entries = historyOf(c.id());
        assertThat(entries).extracting(HistoryEntry::action)
                .containsExactly(HistoryAction.INSERT, HistoryAction.UPDATE, HistoryAction.DELETE);
        assertThat(entries).extracting(HistoryEntry::caseworker).containsOnly("Maria Lopez");
        assertThat(entries).extracting(HistoryEntry::ref).containsOnly(c.ref().toString());
        assertThat(entries.get(0).before()).isNull();
        assertThat(entries.get(0).after()).contains("\"name\":\"History Person\"").contains("谢卫东");
        assertThat(entries.get(1).changes()).containsExactly(new FieldChange("residenceCity", "Vancouver", "Montréal"));
        assertThat(entries.get(2).before()).contains("Montréal");
        assertThat(entries.get(2).after()).isNull();
        assertThat(store.verify().problems()).isEmpty();
    }

    @Test
    void aChangeThatRollsBackLeavesNoEntry() {
        Case c = store.write(tx -> store.cases().insert(tx, Records.caseNamed("Kept")));
        long head = store.database().historyHead().seq();
        assertThatThrownBy(() -> store.write(tx -> {
            store.cases().update(tx, withCity(c, "Ottawa"));
            throw new IllegalStateException("the save fails after the update");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(store.database().historyHead().seq()).isEqualTo(head);
        assertThat(historyOf(c.id())).hasSize(1);
    }

    @Test
    void aDeleteRecordsWhatItTakesWithIt() {
        Source src = store.write(tx -> store.sources().insert(tx, Records.source("Report")));
        Case c = store.write(tx -> store.cases().insert(tx, Records.caseNamed("Whole Story")));
        Case other = store.write(tx -> store.cases().insert(tx, Records.caseNamed("Relative")));
        Incident i = store.write(tx -> store.incidents().insert(tx, Records.incident(c.id(), FuzzyDate.ofYear(2016),
                null)));
        Citation cit = store.write(tx -> store.citations().insert(tx, new Citation(java.util.UUID.randomUUID(), null, 0,
                RecordKind.INCIDENT, i.id(), null, src.id(), "p. 3", null)));
        Link link = store.write(tx -> store.links().insert(tx, new Link(java.util.UUID.randomUUID(), null, 0,
                RecordKind.CASE, other.id(), RecordKind.INCIDENT, i.id(), LinkRelation.RELATED_TO, null)));
        long before = store.database().historyHead().seq();

        store.write(tx -> {
            store.cases().delete(tx, c.id(), c.version());
            return null;
        });

        List<HistoryEntry> added = store.read(tx -> store.history().latest(tx, 4));
        assertThat(store.database().historyHead().seq()).isEqualTo(before + 4);
        assertThat(added).allMatch(e -> e.action() == HistoryAction.DELETE && e.before() != null)
                .extracting(HistoryEntry::recordId).containsExactlyInAnyOrder(c.id(), i.id(), cit.id(), link.id());
        assertThat(store.verify().problems()).isEmpty();
    }

    @Test
    void anEarlierVersionCanBePutBackAndTheRevertIsItselfRecorded() {
        Case c = store.write(tx -> store.cases().insert(tx, Records.caseNamed("Reverted")));
        Case moved = store.write(tx -> store.cases().update(tx, withCity(c, "Calgary")));
        long firstVersion = historyOf(c.id()).get(0).seq();

        Case back = (Case) store.write(tx -> store.history().revert(tx, firstVersion));

        assertThat(back.residenceCity()).isEqualTo("Vancouver");
        assertThat(back.version()).isEqualTo(moved.version() + 1);
        HistoryEntry revert = historyOf(c.id()).get(2);
        assertThat(revert.origin()).isEqualTo(ChangeOrigin.REVERT);
        assertThat(revert.note()).contains("#" + firstVersion);
        assertThat(revert.changes()).containsExactly(new FieldChange("residenceCity", "Calgary", "Vancouver"));
        assertThat(store.verify().problems()).isEmpty();
    }

    @Test
    void aDeletedRecordCanBeMadeAgainFromItsHistoryUnderItsReference() {
        Case c = store.write(tx -> store.cases().insert(tx, Records.caseNamed("Deleted Then Back")));
        store.write(tx -> {
            store.cases().delete(tx, c.id(), c.version());
            return null;
        });
        long deletion = store.database().historyHead().seq();
        assertThat(store.<List<HistoryEntry>>read(tx -> store.history().ofRef(tx, c.ref()))).hasSize(2);

        Case back = (Case) store.write(tx -> store.history().revert(tx, deletion));

        assertThat(back.id()).isEqualTo(c.id());
        assertThat(back.ref()).isEqualTo(c.ref());
        assertThat(back.name()).isEqualTo("Deleted Then Back");
        assertThat(store.verify().problems()).isEmpty();
    }

    @Test
    void aMergeIsRecordedAsSuch() {
        Case keep = store.write(tx -> store.cases().insert(tx, Records.caseNamed("Kept Record")));
        Case gone = store.write(tx -> store.cases().insert(tx, Records.caseNamed("Duplicate Record")));
        store.write(tx -> {
            tx.origin(ChangeOrigin.MERGE, "merged " + gone.ref() + " into " + keep.ref());
            store.cases().update(tx, withCity(keep, "Toronto"));
            store.cases().delete(tx, gone.id(), gone.version());
            return null;
        });
        assertThat(store.<List<HistoryEntry>>read(tx -> store.history().latest(tx, 2))).allSatisfy(e -> {
            assertThat(e.origin()).isEqualTo(ChangeOrigin.MERGE);
            assertThat(e.note()).isEqualTo("merged " + gone.ref() + " into " + keep.ref());
        });
    }

    @Test
    void theCaseworkerNameIsKeptInTheDatabaseAndDefaultsToTheUserName() {
        assertThat(store.caseworker()).isEqualTo(System.getProperty("user.name"));
        store.setCaseworker("  Amina K.  ");
        store.close();
        store = TestDatabases.open(dir);
        assertThat(store.caseworker()).isEqualTo("Amina K.");
        assertThatThrownBy(() -> store.setCaseworker("two\nlines")).isInstanceOf(ConstraintViolationException.class);
    }
}
