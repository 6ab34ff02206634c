package org.returnwatch.desktop.transfers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.desktop.FakeDialogs;
import org.returnwatch.desktop.Seeded;
import org.returnwatch.desktop.cases.CasesScreen;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.shell.RecordDeleter;
import org.returnwatch.desktop.task.DirectTaskRunner;
import org.returnwatch.exchange.JsonExchange;

/** File → Export through the flow the window runs, on a real seeded database and real files. */
class ExportFlowTest {
    @TempDir
    Path dir;
    Session session;
    final FakeDialogs dialogs = new FakeDialogs();
    final DirectTaskRunner runner = new DirectTaskRunner();
    ExportFlow flow;

    @BeforeEach
    void open() {
        session = Seeded.session(dir);
        flow = new ExportFlow(session, runner, dialogs, dialogs, () -> LocalDate.of(2026, 11, 23));
    }

    @AfterEach
    void close() {
        Seeded.close(session);
    }

    @Test
    void everythingAsJsonWithProgressShownAndClosed() throws Exception {
        dialogs.exportAnswer = dir.resolve("all");
        flow.start(java.util.Optional.empty());
        Path out = dir.resolve("all.json");
        JsonNode doc = new JsonExchange().mapper().readTree(out.toFile());
        assertThat(doc.get("cases")).hasSize(14);
        assertThat(doc.get("agreements")).hasSize(14);
        assertThat(dialogs.progressShown).hasSize(1);
        assertThat(dialogs.progressShown.get(0).title()).isEqualTo("Exporting to all.json");
        assertThat(dialogs.progressShown.get(0).fractionProperty().get()).isEqualTo(1.0);
        assertThat(dialogs.progressClosed).isEqualTo(1);
        assertThat(dialogs.infos).singleElement().asString().startsWith("Exported ").contains(out.toString())
                .contains("not encrypted");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void whatTheCaseListShowsAsAZipOfCsv() throws Exception {
        CasesScreen cases = new CasesScreen(session, runner, dialogs, dialogs,
                new RecordDeleter(session, runner, dialogs));
        cases.activate();
        cases.list().queryProperty().set("xie");
        dialogs.exportChoice = vm -> {
            assertThat(vm.shownDescription()).isEqualTo("The 1 case the list shows (search \u201cxie\u201d), with its "
                    + "incidents");
            vm.onlyShownProperty().set(true);
            vm.destinationProperty().set(ExportViewModel.Destination.CSV_ZIP);
            assertThat(vm.suggestedName(LocalDate.of(2026, 11, 23))).isEqualTo("returnwatch-2026-11-23.zip");
            return true;
        };
        dialogs.exportAnswer = dir.resolve("xie.zip");
        flow.start(cases.shown());
        String casesCsv = zipEntry(dir.resolve("xie.zip"), "cases.csv");
        assertThat(casesCsv.lines().count()).isEqualTo(2);
        assertThat(casesCsv).contains("Xie Weidong");
        assertThat(zipEntry(dir.resolve("xie.zip"), "incidents.csv").lines().count()).isGreaterThan(1);
    }

    @Test
    void whatTheListShowsComesWithWhatItIsLinkedToUnlessOnlyTheseAreAsked() throws Exception {
        CasesScreen cases = new CasesScreen(session, runner, dialogs, dialogs,
                new RecordDeleter(session, runner, dialogs));
        cases.activate();
        cases.list().queryProperty().set("meng");
        for (boolean withLinked : new boolean[] {true, false}) {
            dialogs.exportChoice = vm -> {
                assertThat(vm.withLinkedProperty().get()).as("the default").isTrue();
                vm.onlyShownProperty().set(true);
                vm.withLinkedProperty().set(withLinked);
                return true;
            };
            Path out = dir.resolve("meng-" + withLinked + ".json");
            dialogs.exportAnswer = out;
            flow.start(cases.shown());
            JsonNode doc = new JsonExchange().mapper().readTree(out.toFile());
            assertThat(doc.get("cases")).extracting(c -> c.get("name").asText()).contains("Meng Wanzhou");
            if (withLinked) {
                assertThat(doc.get("agreements")).isNotEmpty();
                assertThat(doc.get("links")).anySatisfy(l -> assertThat(l.get("to").asText()).startsWith("RW-A-"));
            } else {
                assertThat(doc.get("agreements")).isEmpty();
                assertThat(doc.get("cases")).hasSize(1);
            }
        }
    }

    @Test
    void aPseudonymisedCopyHoldsNoRealName() throws Exception {
        List<String> names = new ArrayList<>();
        Seeded.store(session).read(tx -> Seeded.store(session).cases().all(tx)).forEach(c -> names.add(c.name()));
        dialogs.exportChoice = vm -> {
            vm.redactionProperty().set(ExportViewModel.Redaction.STANDARD);
            return true;
        };
        dialogs.exportAnswer = dir.resolve("shared.json");
        flow.start(java.util.Optional.empty());
        String text = Files.readString(dir.resolve("shared.json"));
        assertThat(names).hasSize(14).allSatisfy(n -> assertThat(text).doesNotContain(n));
        assertThat(text).contains("\"pseudonymised\" : \"standard\"").contains("Canada");
        assertThat(dialogs.infos).singleElement().asString().contains("\u201cstandard\u201d profile");
    }

    @Test
    void aFolderExportNeverMixesIntoAnExistingFolder() throws Exception {
        Files.createDirectories(dir.resolve("returnwatch-2026-11-23"));
        dialogs.exportChoice = vm -> {
            vm.destinationProperty().set(ExportViewModel.Destination.CSV_FOLDER);
            return true;
        };
        dialogs.folderAnswer = dir;
        flow.start(java.util.Optional.empty());
        assertThat(dir.resolve("returnwatch-2026-11-23")).isEmptyDirectory();
        assertThat(dir.resolve("returnwatch-2026-11-23-2").resolve("cases.csv")).exists();
    }

    @Test
    void cancellingLeavesNoFileAndSaysSo() {
        dialogs.cancelProgressNumber = 1;
        dialogs.exportAnswer = dir.resolve("cancelled.json");
        flow.start(java.util.Optional.empty());
        assertThat(dir.resolve("cancelled.json")).doesNotExist();
        assertThat(dialogs.infos).containsExactly("Export cancelled. No file was written.");
        assertThat(dialogs.progressClosed).isEqualTo(1);
    }

    @Test
    void theDialogsCancelAndAChooserCancelWriteNothing() throws Exception {
        dialogs.exportChoice = vm -> false;
        dialogs.exportAnswer = dir.resolve("no.json");
        flow.start(java.util.Optional.empty());
        dialogs.exportChoice = vm -> true;
        dialogs.exportAnswer = null;
        flow.start(java.util.Optional.empty());
        assertThat(dir.resolve("no.json")).doesNotExist();
        assertThat(dialogs.progressShown).isEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("returnwatch-"));
        }
    }

    @Test
    void aProfileFileMustBeChosenBeforeExporting() {
        ExportViewModel vm = new ExportViewModel(null, dialogs);
        vm.redactionProperty().set(ExportViewModel.Redaction.FILE);
        assertThat(vm.readyProperty().get()).isFalse();
        dialogs.openAnswer = dir.resolve("profile.json");
        vm.chooseProfileFile();
        assertThat(vm.readyProperty().get()).isTrue();
        assertThat(vm.profileName()).isEqualTo(dir.resolve("profile.json").toString());
        assertThat(vm.suggestedName(LocalDate.of(2026, 1, 2))).isEqualTo("returnwatch-pseudonymised-2026-01-02.json");
    }

    private static String zipEntry(Path zip, String name) throws Exception {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().endsWith(name)) {
                    return new String(((InputStream) in).readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " is not in " + zip);
    }
}
