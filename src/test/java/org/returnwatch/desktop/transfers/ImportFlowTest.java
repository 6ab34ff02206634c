package org.returnwatch.desktop.transfers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.app.TestWorkspaces;
import org.returnwatch.desktop.FakeDialogs;
import org.returnwatch.desktop.Seeded;
import org.returnwatch.desktop.mapping.MappingViewModel;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.task.DirectTaskRunner;
import org.returnwatch.exchange.CsvExport;
import org.returnwatch.exchange.DatasetReader;
import org.returnwatch.exchange.JsonExchange;
import org.returnwatch.exchange.Mapping;
import org.returnwatch.exchange.MappingFile;
import org.returnwatch.exchange.Selection;
import org.returnwatch.store.Store;
import org.returnwatch.store.TestDatabases;
import org.returnwatch.work.ProgressListener;

/**
 * File → Import through the flow the window runs: checked first, confirmed, then written; refused
 * files show their problems and change nothing; a cancelled import writes nothing.
 */
class ImportFlowTest {
    @TempDir
    Path dir;
    Session seeded;
    Session empty;
    final FakeDialogs dialogs = new FakeDialogs();
    final JsonExchange json = new JsonExchange();
    final AtomicInteger imported = new AtomicInteger();
    ImportFlow flow;

    @BeforeEach
    void open() throws Exception {
        seeded = Seeded.session(Files.createDirectories(dir.resolve("seeded")));
        Path e = Files.createDirectories(dir.resolve("empty"));
        empty = new Session(TestDatabases.file(e).dataFile());
        empty.unlocked(TestWorkspaces.of(TestDatabases.create(e)));
        flow = new ImportFlow(empty, new DirectTaskRunner(), dialogs, dialogs, dialogs);
        flow.setOnImported(imported::incrementAndGet);
    }

    @AfterEach
    void close() {
        Seeded.close(seeded);
        Seeded.close(empty);
    }

    @Test
    void aJsonExportIsCheckedConfirmedAndImported() {
        Path doc = dir.resolve("seed.json");
        json.exportTo(Seeded.store(seeded), doc);
        dialogs.openAnswer = doc;
        flow.importFile();
        assertThat(dialogs.confirmations).singleElement().asString().contains("seed.json was checked")
                .contains("14 cases, 23 incidents");
        assertThat(cases(Seeded.store(empty))).isEqualTo(14);
        assertThat(imported).hasValue(1);
        assertThat(dialogs.progressShown).extracting(p -> p.title()).containsExactly("Checking seed.json",
                "Importing seed.json");
        assertThat(dialogs.progressClosed).isEqualTo(2);
        assertThat(dialogs.infos).singleElement().asString().startsWith("Imported 5 sources");

        flow.importFile();
        assertThat(cases(Seeded.store(empty))).as("imported again: updated, not duplicated").isEqualTo(14);
    }

    @Test
    void aCsvFolderImportsToo() {
        Path folder = dir.resolve("csv");
        new CsvExport(json.mapper())
                .write(new DatasetReader(Seeded.store(seeded)).read(Selection.ALL, ProgressListener.NONE),
                folder, ProgressListener.NONE);
        dialogs.folderAnswer = folder;
        flow.importFolder();
        assertThat(cases(Seeded.store(empty))).isEqualTo(14);
    }

    @Test
    void saidNoAtTheConfirmationWritesNothing() {
        Path doc = dir.resolve("seed.json");
        json.exportTo(Seeded.store(seeded), doc);
        dialogs.confirmAnswer = false;
        dialogs.openAnswer = doc;
        flow.importFile();
        assertThat(cases(Seeded.store(empty))).isZero();
        assertThat(imported).hasValue(0);
    }

    @Test
    void cancelledWhileWritingWritesNothing() {
        Path doc = dir.resolve("seed.json");
        json.exportTo(Seeded.store(seeded), doc);
        dialogs.cancelProgressNumber = 2;
        dialogs.openAnswer = doc;
        flow.importFile();
        assertThat(cases(Seeded.store(empty))).isZero();
        java.util.List<?> sources = Seeded.store(empty).read(tx -> Seeded.store(empty).sources().all(tx));
        assertThat(sources).isEmpty();
        assertThat(dialogs.infos).containsExactly("Importing was cancelled. Nothing was written.");
        assertThat(imported).hasValue(0);
    }

    @Test
    void aRefusedFileShowsEveryProblemWithItsPlaceAndChangesNothing() throws Exception {
        Path ragged = Path.of("src/test/resources/exchange/malformed/ragged-row").toAbsolutePath();
        String before = json.exportDocument(Seeded.store(seeded)).toString();
        ImportFlow intoSeeded = new ImportFlow(seeded, new DirectTaskRunner(), dialogs, dialogs, dialogs);
        dialogs.folderAnswer = ragged;
        intoSeeded.importFolder();
        assertThat(dialogs.problemsShown).hasSize(1);
        assertThat(dialogs.problemsShown.get(0)).isNotEmpty().allSatisfy(problem -> {
            assertThat(problem.file()).endsWith(".csv");
            assertThat(problem.line()).isPositive();
        });
        assertThat(dialogs.confirmations).isEmpty();
        assertThat(json.exportDocument(Seeded.store(seeded)).toString()).isEqualTo(before);
    }

    @Test
    void aFileThatIsNoExportIsRefusedWithOneMessage() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.json"), "this is not JSON");
        dialogs.openAnswer = text;
        flow.importFile();
        assertThat(dialogs.problemsShown).hasSize(1);
        assertThat(dialogs.problemsShown.get(0)).hasSize(1);
        assertThat(cases(Seeded.store(empty))).isZero();
    }

    @Test
    void someoneElsesCsvGoesThroughTheColumnMappingAndBackToItWhenRefused() {
        Path csv = Path.of("src/test/resources/exchange/foreign/incidents-2019.csv").toAbsolutePath();
        Mapping good = new MappingFile(json.mapper()).read(csv.resolveSibling("mapping.json"));
        Mapping.Rule rawTactic = Mapping.Rule.column("Method");
        java.util.Map<String, Mapping.Rule> incidentFields = new java.util.HashMap<>(good.incidentFields());
        incidentFields.put("tactic", rawTactic);
        Mapping bad = new Mapping(good.dataset(), good.delimiter(), good.encoding(), good.source(), good.locator(),
                good.caseKey(), good.caseFields(), good.incidentKey(), incidentFields);
        java.util.List<MappingViewModel> shown = new java.util.ArrayList<>();
        dialogs.mappingAnswer = vm -> {
            shown.add(vm);
            return shown.size() == 1 ? bad : good;
        };
        dialogs.retryAnswer = true;
        dialogs.openAnswer = csv;
        flow.importFile();

        assertThat(dialogs.problemsShown).hasSize(1);
        assertThat(dialogs.problemsShown.get(0)).anySatisfy(p -> {
            assertThat(p.file()).endsWith("incidents-2019.csv");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.reason().english()).contains("family threatened");
        });
        assertThat(shown).hasSize(2);
        assertThat(shown.get(1)).as("back to the same dialog, choices kept").isSameAs(shown.get(0));
        assertThat(shown.get(0).csv()).isEqualTo(csv);
        assertThat(dialogs.confirmations).singleElement().asString().contains("4 cases, 7 incidents");
        assertThat(cases(Seeded.store(empty))).isEqualTo(4);
    }

    @Test
    void cancellingTheColumnMappingImportsNothing() {
        dialogs.openAnswer = Path.of("src/test/resources/exchange/foreign/incidents-2019.csv").toAbsolutePath();
        flow.importFile();
        assertThat(dialogs.progressShown).isEmpty();
        assertThat(cases(Seeded.store(empty))).isZero();
    }

    @Test
    void theLikelyDuplicatesAnImportWouldAddAreListedBeforeItIsConfirmed() {
        Store from = Seeded.store(seeded);
        from.write(tx -> from.cases().insert(tx, inToronto("Wong Siu-ming")));
        Store into = Seeded.store(empty);
        into.write(tx -> into.cases().insert(tx, inToronto("Wang Xiaoming")));
        Path doc = dir.resolve("with-a-duplicate.json");
        json.exportTo(from, doc);
        dialogs.openAnswer = doc;
        dialogs.confirmAnswer = false;

        flow.importFile();

        assertThat(dialogs.confirmations).singleElement().asString().contains("It would add 1 likely duplicate")
                .containsPattern("Wong Siu-ming \\(王小明\\)  —  RW-C-\\d+ Wang Xiaoming \\(王小明\\): .*Toronto");
        assertThat(cases(into)).as("said no: nothing written").isEqualTo(1);
    }

    private static org.returnwatch.domain.Case inToronto(String name) {
        return new org.returnwatch.domain.Case(java.util.UUID.randomUUID(), null, 0, name, "王小明",
                java.util.List.of(), false, null, null, "China", "Canada", "Toronto", java.util.List.of(), null, null,
                null, null, null, java.util.List.of(), null, null);
    }

    private static int cases(Store store) {
        return store.read(tx -> store.cases().all(tx)).size();
    }
}
