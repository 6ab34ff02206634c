package org.returnwatch.desktop.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.app.RecordItem;
import org.returnwatch.desktop.FakeDialogs;
import org.returnwatch.desktop.Seeded;
import org.returnwatch.desktop.common.ChildTable;
import org.returnwatch.desktop.common.StepRow;
import org.returnwatch.desktop.dialog.DialogService.ConflictChoice;
import org.returnwatch.desktop.links.LinkPickerViewModel;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.shell.RecordDeleter;
import org.returnwatch.desktop.task.DirectTaskRunner;
import org.returnwatch.domain.Actor;
import org.returnwatch.domain.Agreement;
import org.returnwatch.domain.AgreementStatus;
import org.returnwatch.domain.LinkRelation;
import org.returnwatch.domain.PointKind;
import org.returnwatch.domain.Qualifier;
import org.returnwatch.domain.Series;
import org.returnwatch.domain.Trend;
import org.returnwatch.store.Store;

/** Agreements with their status history, statistics with their points, actors, links from a picker. */
class RecordScreenViewModelTest {
    @TempDir
    Path dir;
    Session session;
    Store store;
    FakeDialogs dialogs = new FakeDialogs();
    DirectTaskRunner runner = new DirectTaskRunner();

    @BeforeEach
    void open() {
        session = Seeded.session(dir);
        store = Seeded.store(session);
    }

    @AfterEach
    void close() {
        Seeded.close(session);
    }

    private <T extends org.returnwatch.domain.DomainRecord> RecordScreenViewModel<T> screen(RecordForm<T> form) {
        RecordScreenViewModel<T> vm = new RecordScreenViewModel<>(session, runner, dialogs, dialogs,
                new RecordDeleter(session, runner, dialogs), form);
        vm.activate();
        return vm;
    }

    @Test
    void aBlankNewRecordIsNoChangeAndPointsOutNothingUntilTypedIntoOrSaved() {
        AgreementForm form = new AgreementForm();
        RecordScreenViewModel<Agreement> vm = screen(form);
        int blanks = vm.blanksShownProperty().get();
        vm.newRecord();
        assertThat(vm.blanksShownProperty().get()).as("the view is told to go to the first field")
                .isEqualTo(blanks + 1);
        assertThat(vm.recordOpenProperty().get()).isTrue();
        assertThat(vm.dirtyProperty().get()).as("nothing typed: nothing unsaved").isFalse();
        assertThat(vm.problemsShownProperty().get()).isFalse();
        assertThat(vm.unsaved()).as("no draft of an empty form").isEmpty();

        form.title.set("T");
        assertThat(vm.dirtyProperty().get()).isTrue();
        assertThat(vm.problemsShownProperty().get()).isTrue();

        vm.newRecord();
        assertThat(vm.problemsShownProperty().get()).as("a new blank form is quiet again").isFalse();
    }

    @Test
    void newAgreementWithStatusHistoryIsSavedInOneGo() {
        AgreementForm form = new AgreementForm();
        RecordScreenViewModel<Agreement> vm = screen(form);
        int before = vm.list().matchesProperty().get();
        vm.newRecord();
        form.title.set("Test readmission arrangement");
        ChildTable<?> history = form.children().orElseThrow();
        history.addRow();
        @SuppressWarnings("unchecked")
        StepRow<AgreementStatus> signed = (StepRow<AgreementStatus>) history.rows().get(0);
        signed.value.set(AgreementStatus.SIGNED);
        signed.date.set("spring 2016");
        history.addRow();
        @SuppressWarnings("unchecked")
        StepRow<AgreementStatus> bad = (StepRow<AgreementStatus>) history.rows().get(1);
        bad.date.set("someday");
        vm.save();
        assertThat(dialogs.errors).hasSize(1);
        assertThat(vm.list().matchesProperty().get()).isEqualTo(before);
        bad.value.set(AgreementStatus.IN_FORCE);
        bad.date.set("2017-01");
        vm.save();
        assertThat(vm.list().matchesProperty().get()).isEqualTo(before + 1);
        Agreement saved = vm.original();
        assertThat(saved.currentStatus()).contains(AgreementStatus.IN_FORCE);
        assertThat(saved.statusHistory()).extracting(s -> s.date().toText()).containsExactly("spring 2016", "2017-01");
    }

    @Test
    void seriesPointsAreAddedEditedAndRemovedWithTheSeries() {
        SeriesForm form = new SeriesForm();
        RecordScreenViewModel<Series> vm = screen(form);
        Series any = store.read(tx -> store.series().all(tx)).stream().filter(s -> !s.points().isEmpty())
                .findFirst().orElseThrow();
        vm.open(any.id());
        ChildTable<?> points = form.children().orElseThrow();
        int n = points.rows().size();
        points.addRow();
        SeriesForm.PointRow row = (SeriesForm.PointRow) points.rows().get(n);
        row.period.set("1999");
        row.value.set("1,234");
        row.qualifier.set(Qualifier.MORE_THAN);
        points.rows().remove(0);
        vm.save();
        Series stored = store.read(tx -> store.series().find(tx, any.id())).orElseThrow();
        assertThat(stored.points()).hasSize(n);
        assertThat(stored.points()).anySatisfy(p -> assertThat(p.valueText()).isEqualTo("more than 1,234"));
        assertThat(stored.points()).noneSatisfy(p -> assertThat(p.id()).isEqualTo(any.points().get(0).id()));
    }

    @Test
    void aSizeOrATrendInWordsIsTypedWithoutANumberAndRefusedWithOne() {
        SeriesForm form = new SeriesForm();
        RecordScreenViewModel<Series> vm = screen(form);
        Series any = store.read(tx -> store.series().all(tx)).get(0);
        vm.open(any.id());
        ChildTable<?> points = form.children().orElseThrow();
        int n = points.rows().size();
        points.addRow();
        SeriesForm.PointRow vague = (SeriesForm.PointRow) points.rows().get(n);
        vague.period.set("as of 2022 (inferred)");
        vague.says.set(PointKind.VAGUE_SIZE);
        vague.statement.set("thousands every year");
        vague.value.set("1000");
        vm.save();
        assertThat(dialogs.errors).singleElement().asString().contains("has no number");
        vague.value.set("");
        points.addRow();
        SeriesForm.PointRow trend = (SeriesForm.PointRow) points.rows().get(n + 1);
        trend.period.set("2018–2020");
        trend.says.set(PointKind.TREND);
        trend.statement.set("fell over two years");
        vm.save();
        assertThat(dialogs.errors).hasSize(2).last().asString().contains("direction");
        trend.trend.set(Trend.FALLING);
        vm.save();
        Series stored = store.read(tx -> store.series().find(tx, any.id())).orElseThrow();
        assertThat(stored.points()).hasSize(n + 2);
        assertThat(stored.points()).anySatisfy(p -> {
            assertThat(p.pointKind()).isEqualTo(PointKind.VAGUE_SIZE);
            assertThat(p.value()).isNull();
            assertThat(p.period().date().inferred()).isTrue();
        });
        assertThat(stored.points()).anySatisfy(p -> assertThat(p.valueText())
                .isEqualTo("falling: “fell over two years”"));
    }

    @Test
    void aFigureIsLinkedFromItsStatisticsScreenAndTheConflictShowsOnBothStatistics() {
        SeriesForm form = new SeriesForm();
        RecordScreenViewModel<Series> vm = screen(form);
        List<Series> all = store.read(tx -> store.series().all(tx)).stream().filter(s -> !s.points().isEmpty())
                .toList();
        Series first = all.get(0);
        Series second = all.get(1);
        vm.open(first.id());
        RecordItem from = RecordItem.of(first.points().get(0));
        RecordItem to = RecordItem.of(second.points().get(0));
        dialogs.linkAnswer = new LinkPickerViewModel.Choice(from, to, LinkRelation.CONFLICTS_WITH, "cannot both hold");
        vm.related().pickAndLink();
        assertThat(dialogs.lastPicker.parts()).as("the figures a link can start from")
                .containsExactlyElementsOf(first.points().stream().map(RecordItem::of).toList());
        assertThat(vm.related().links()).anySatisfy(l -> {
            assertThat(l.relation()).isEqualTo(from.ref() + " conflicts with");
            assertThat(l.other()).isEqualTo(to);
        });
        RecordItem sibling = RecordItem.of(first.points().get(1));
        dialogs.linkAnswer = new LinkPickerViewModel.Choice(from, sibling, LinkRelation.PART_OF, null);
        vm.related().pickAndLink();
        assertThat(vm.related().links()).as("a link between two of its figures, listed once")
                .filteredOn(l -> l.other().equals(sibling) || l.other().equals(from)).singleElement()
                .satisfies(l -> assertThat(l.relation()).isEqualTo(from.ref() + " part of"));
        var onSecond = session.workspace().links().read(second.id());
        assertThat(onSecond.links()).anySatisfy(l -> {
            assertThat(l.relation()).isEqualTo(to.ref() + " conflicts with");
            assertThat(l.other().id()).isEqualTo(from.id());
        });
    }

    @Test
    void actorConflictShowsTheDifferingFields() {
        ActorForm form = new ActorForm();
        RecordScreenViewModel<Actor> vm = screen(form);
        Actor a = store.read(tx -> store.actors().all(tx)).get(0);
        vm.open(a.id());
        store.write(tx -> store.actors().update(tx, new Actor(a.id(), a.ref(), a.version(), a.name(), a.nativeName(),
                a.actorKind(), "Elsewhere", a.note())));
        form.note.set("my note");
        dialogs.conflictAnswer = ConflictChoice.KEEP_MINE;
        vm.save();
        assertThat(dialogs.lastDifferences).extracting(d -> d.field()).contains("Country", "Note");
        Actor stored = store.read(tx -> store.actors().find(tx, a.id())).orElseThrow();
        assertThat(stored.note()).isEqualTo("my note");
        assertThat(stored.country()).isEqualTo(a.country());
    }

    @Test
    void aLinkMadeWithThePickerShowsOnBothRecords() {
        ActorForm form = new ActorForm();
        RecordScreenViewModel<Actor> vm = screen(form);
        vm.newRecord();
        form.name.set("Test agency");
        vm.save();
        Actor mine = vm.original();
        LinkPickerViewModel picker = new LinkPickerViewModel(session, runner, mine.id());
        picker.queryProperty().set("Xie Weidong");
        RecordItem xie = picker.results().stream().filter(r -> r.title().startsWith("Xie")).findFirst().orElseThrow();
        dialogs.linkAnswer = new LinkPickerViewModel.Choice(xie, LinkRelation.TARGETED_BY, null);
        vm.related().pickAndLink();
        assertThat(vm.related().links()).singleElement().satisfies(l -> {
            assertThat(l.other()).isEqualTo(xie);
            assertThat(l.relation()).isEqualTo("targeted by");
        });
        var fromCase = session.workspace().links().read(xie.id());
        assertThat(fromCase.links()).anySatisfy(l -> {
            assertThat(l.other().id()).isEqualTo(mine.id());
            assertThat(l.relation()).isEqualTo("targeted");
        });
    }

    @Test
    void aLinkAndACitationAddedBeforeTheFirstSaveAreSavedWithTheRecord() {
        ActorForm form = new ActorForm();
        RecordScreenViewModel<Actor> vm = screen(form);
        vm.newRecord();
        form.name.set("Agency recorded with its sources");
        RecordItem source = store.read(tx -> store.sources().all(tx)).stream().map(RecordItem::of).findFirst()
                .orElseThrow();
        vm.related().addCitation(source, null, "para. 9");
        LinkPickerViewModel picker = new LinkPickerViewModel(session, runner, vm.related().recordId());
        picker.queryProperty().set("Xie Weidong");
        RecordItem xie = picker.results().stream().filter(r -> r.title().startsWith("Xie")).findFirst().orElseThrow();
        dialogs.linkAnswer = new LinkPickerViewModel.Choice(xie, LinkRelation.TARGETED_BY, "before saving");
        vm.related().pickAndLink();
        assertThat(dialogs.infos).as("no \"save first\"").isEmpty();
        assertThat(vm.related().citations()).singleElement()
                .satisfies(c -> assertThat(c.locator()).isEqualTo("para. 9"));
        assertThat(vm.related().links()).singleElement().satisfies(l -> assertThat(l.other()).isEqualTo(xie));
        List<org.returnwatch.domain.Citation> before = store.read(tx -> store.citations().all(tx));
        assertThat(before).as("nothing written before Save")
                .noneMatch(c -> c.recordId().equals(vm.related().recordId()));

        vm.save();

        Actor saved = vm.original();
        assertThat(saved).isNotNull();
        var stored = session.workspace().links().read(saved.id());
        assertThat(stored.citations()).singleElement().satisfies(c -> {
            assertThat(c.locator()).isEqualTo("para. 9");
            assertThat(c.source().id()).isEqualTo(source.id());
        });
        assertThat(stored.links()).singleElement().satisfies(l -> {
            assertThat(l.other().id()).isEqualTo(xie.id());
            assertThat(l.note()).isEqualTo("before saving");
        });
        assertThat(vm.related().citations()).hasSize(1);
        assertThat(vm.related().links()).hasSize(1);
    }

    @Test
    void duplicatingADataPointAddsACopyAfterItSavedWithTheSeries() {
        SeriesForm form = new SeriesForm();
        RecordScreenViewModel<Series> vm = screen(form);
        Series any = store.read(tx -> store.series().all(tx)).stream().filter(s -> !s.points().isEmpty())
                .findFirst().orElseThrow();
        vm.open(any.id());
        @SuppressWarnings("unchecked")
        ChildTable<SeriesForm.PointRow> points = (ChildTable<SeriesForm.PointRow>) form.children().orElseThrow();
        int n = points.rows().size();
        SeriesForm.PointRow first = points.rows().get(0);
        SeriesForm.PointRow copy = points.duplicateRow(first);
        assertThat(points.rows()).hasSize(n + 1);
        assertThat(points.rows().get(1)).isSameAs(copy);
        assertThat(copy.value.get()).isEqualTo(first.value.get());
        assertThat(copy.qualifier.get()).isEqualTo(first.qualifier.get());
        assertThat(copy.note.get()).isEqualTo(first.note.get());
        assertThat(vm.dirtyProperty().get()).isTrue();

        copy.period.set("1998");
        vm.save();
        Series stored = store.read(tx -> store.series().find(tx, any.id())).orElseThrow();
        assertThat(stored.points()).hasSize(n + 1);
        assertThat(stored.points()).anySatisfy(p -> assertThat(p.id()).isEqualTo(any.points().get(0).id()));
        assertThat(stored.points()).anySatisfy(p -> {
            assertThat(p.period().toText()).isEqualTo("1998");
            assertThat(p.value()).isEqualByComparingTo(any.points().get(0).value());
        });
    }

    private static List<String> reversed(List<String> l) {
        List<String> r = new java.util.ArrayList<>(l);
        java.util.Collections.reverse(r);
        return r;
    }

    private static List<String> titles(RecordScreenViewModel<?> vm) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < vm.list().rows().size(); i++) {
            out.add(vm.list().rows().get(i).displayName());
        }
        return out;
    }

    @Test
    void actorsSortByTitleOrReferenceEitherWayAndWithASearch() {
        RecordScreenViewModel<Actor> vm = screen(new ActorForm());
        List<String> stored = titles(vm);
        vm.list().sortBy(RecordSort.TITLE, false);
        List<String> ascending = titles(vm);
        assertThat(ascending).hasSize(stored.size()).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER)
                .isNotEqualTo(stored);
        vm.list().sortBy(RecordSort.TITLE, true);
        assertThat(titles(vm)).isEqualTo(reversed(ascending));
        vm.list().sortBy(RecordSort.REFERENCE, true);
        assertThat(titles(vm)).isEqualTo(reversed(stored));
        vm.list().sortBy(null, false);
        assertThat(titles(vm)).isEqualTo(stored);

        vm.list().sortBy(RecordSort.TITLE, true);
        // a word of several actors' names: the search finds them (and others, by their notes) to sort
        String word = stored.stream().flatMap(t -> java.util.Arrays.stream(t.toLowerCase().split("[^\\p{L}]+")))
                .filter(w -> w.length() >= 5)
                .filter(w -> stored.stream().filter(t -> t.toLowerCase().contains(w)).count() >= 3)
                .findFirst().orElseThrow();
        vm.list().queryProperty().set(word);
        List<String> found = titles(vm);
        assertThat(found).hasSizeGreaterThanOrEqualTo(3).hasSizeLessThan(stored.size()).isSubsetOf(stored)
                .isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER.reversed());
        assertThat(vm.list().matchesProperty().get()).isEqualTo(found.size());
    }
}
