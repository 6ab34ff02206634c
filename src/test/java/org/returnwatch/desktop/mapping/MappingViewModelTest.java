package org.returnwatch.desktop.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.app.RecordItem;
import org.returnwatch.desktop.FakeDialogs;
import org.returnwatch.desktop.task.DirectTaskRunner;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.Incident;
import org.returnwatch.domain.Tactic;
import org.returnwatch.exchange.ImportBatch;
import org.returnwatch.exchange.JsonExchange;
import org.returnwatch.exchange.MappedImport;
import org.returnwatch.exchange.Mapping;
import org.returnwatch.exchange.MappingFile;
import org.returnwatch.store.Store;
import org.returnwatch.store.TestDatabases;
import org.returnwatch.work.ProgressListener;

/** The mapping dialog's model on the example of docs/csv-mapping.md, against a real database. */
class MappingViewModelTest {
    @TempDir
    Path dir;
    Store store;
    Path csv;
    Path cliMapping;
    final JsonExchange json = new JsonExchange();
    final FakeDialogs dialogs = new FakeDialogs();
    List<String> tactics;
    List<RecordItem> sources;

    @BeforeEach
    void databaseAndExample() throws Exception {
        store = TestDatabases.create(Files.createDirectories(dir.resolve("db")));
        tactics = store.<List<Tactic>>read(tx -> store.tactics().all(tx)).stream().map(Tactic::code).toList();
        sources = store.read(tx -> store.sources().all(tx)).stream().map(RecordItem::of).toList();
        csv = copy("/exchange/foreign/incidents-2019.csv");
        cliMapping = copy("/exchange/foreign/mapping.json");
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Path copy(String resource) throws Exception {
        Path to = dir.resolve(Path.of(resource).getFileName().toString());
        try (var in = Objects.requireNonNull(getClass().getResourceAsStream(resource))) {
            Files.copy(in, to);
        }
        return to;
    }

    private MappingViewModel open(Path file) {
        return new MappingViewModel(file, sources, tactics, json.mapper(), new DirectTaskRunner(), dialogs);
    }

    private static String column(MappingViewModel vm, String field) {
        return vm.field(field).columnProperty().get();
    }

    @Test
    void guessesColumnsFromTheHeaderNeverTakingOneTwice() {
        MappingViewModel vm = open(csv);
        assertThat(vm.header()).startsWith("Incident ID", "Person ID", "Name");
        assertThat(vm.rows()).hasSize(7);
        assertThat(vm.rows().get(0)).contains("高文杰");
        assertThat(vm.datasetProperty().get()).isEqualTo("incidents-2019");
        assertThat(vm.source().titleProperty().get()).isEqualTo("incidents-2019.csv");
        assertThat(column(vm, "name")).isEqualTo("Name");
        assertThat(column(vm, "nativeName")).isEqualTo("Name (native script)");
        assertThat(column(vm, "aliases")).isEqualTo("Other names");
        assertThat(column(vm, "residenceCountry")).isEqualTo("Lives in");
        assertThat(column(vm, "residenceCity")).isEqualTo("City");
        assertThat(column(vm, "campaign")).isEqualTo("Operation");
        assertThat(column(vm, "outcome")).isEqualTo("Outcome");
        assertThat(column(vm, "date")).isEqualTo("When");
        assertThat(column(vm, "country")).isEqualTo("Where");
        assertThat(column(vm, "tactic")).isEqualTo("Method");
        assertThat(vm.caseKeyProperty().get()).isEqualTo("Person ID");
        assertThat(vm.incidentKeyProperty().get()).isEqualTo("Incident ID");
        List<String> chosen = java.util.stream.Stream.concat(vm.caseFields().stream(), vm.incidentFields().stream())
                .map(f -> f.columnProperty().get()).filter(Objects::nonNull).toList();
        assertThat(chosen).doesNotHaveDuplicates();
        // a value already spelled like the list is pre-filled; one that is not is left to the user
        assertThat(vm.field("outcome").values()).extracting(ValueChoice::value, ValueChoice::choice)
                .contains(org.assertj.core.groups.Tuple.tuple("not returned", "NOT_RETURNED"),
                        org.assertj.core.groups.Tuple.tuple("returned (pressure)", null));
        assertThat(vm.isReady()).isTrue();
    }

    @Test
    void theChoicesOfMappingJsonGiveTheSameCasesAndIncidentsAsTheCommandLine() {
        MappingViewModel vm = open(csv);
        vm.datasetProperty().set("example-incident-dataset-2019");
        vm.field("summary").columnProperty().set(null);
        vm.field("description").columnProperty().set("Summary");
        vm.field("originCountry").fixedProperty().set("China");
        vm.field("aliases").separatorProperty().set(";");
        vm.field("pseudonymous").columnProperty().set("Name");
        vm.field("pseudonymous").values().forEach(v -> v.choiceProperty().set(
                v.value().startsWith("Name withheld") ? "true" : "false"));
        vm.field("campaign").defaultValueProperty().set("UNKNOWN");
        vm.field("outcome").defaultValueProperty().set("UNKNOWN");
        choose(vm, "outcome", "returned (pressure)", "RETURNED_UNDER_PRESSURE");
        vm.field("date").dateFormProperty().set(Mapping.DateForm.DAY_MONTH_YEAR);
        choose(vm, "tactic", "family threatened", "FAMILY_PRESSURE");
        choose(vm, "tactic", "approached abroad", "AGENTS_ABROAD");
        choose(vm, "tactic", "passport refused", "DOCUMENT_REFUSAL");
        choose(vm, "tactic", "online threats", "DIGITAL_THREATS");
        assertThat(vm.isReady()).isTrue();

        MappedImport service = new MappedImport(json.mapper());
        ImportBatch dialog = service.check(store, csv, vm.mapping(), "dialog", ProgressListener.NONE);
        ImportBatch cli = service.check(store, csv, cliMapping, ProgressListener.NONE);
        assertThat(dialog.cases()).hasSize(4);
        assertThat(dialog.incidents()).hasSize(7);
        assertThat(dialog.cases()).extracting(Case::name, Case::outcome, Case::campaign, Case::pseudonymous,
                Case::aliases, Case::originCountry).containsExactlyInAnyOrderElementsOf(cli.cases().stream()
                .map(c -> org.assertj.core.groups.Tuple.tuple(c.name(), c.outcome(), c.campaign(), c.pseudonymous(),
                        c.aliases(), c.originCountry())).toList());
        assertThat(dialog.incidents()).extracting(i -> i.date().toText(), Incident::description)
                .containsExactlyInAnyOrderElementsOf(cli.incidents().stream()
                        .map(i -> org.assertj.core.groups.Tuple.tuple(i.date().toText(), i.description())).toList());
    }

    private static void choose(MappingViewModel vm, String field, String value, String choice) {
        vm.field(field).values().stream().filter(v -> v.value().equals(value)).findFirst().orElseThrow()
                .choiceProperty().set(choice);
    }

    @Test
    void guessesASemicolonDelimiterFromTheFirstLine() throws Exception {
        Path semi = dir.resolve("partner.csv");
        Files.writeString(semi, "Name;Country, region;When\nAnna Li;Canada, Ontario;2019\n");
        MappingViewModel vm = open(semi);
        assertThat(vm.delimiterProperty().get()).isEqualTo(';');
        assertThat(vm.header()).containsExactly("Name", "Country, region", "When");
        assertThat(vm.rows()).containsExactly(List.of("Anna Li", "Canada, Ontario", "2019"));
    }

    @Test
    void aWindows1252FileShowsAProblemUnderUtf8AndReadsCleanlyUnderItsEncoding() throws Exception {
        Path old = dir.resolve("excel.csv");
        Files.write(old, "Name,City\nJosé Núñez,Montréal\n".getBytes(Charset.forName("windows-1252")));
        MappingViewModel vm = open(old);
        assertThat(vm.previewProblemProperty().get()).isNotBlank();
        vm.encodingProperty().set(Charset.forName("windows-1252"));
        assertThat(vm.previewProblemProperty().get()).isEmpty();
        assertThat(vm.rows()).containsExactly(List.of("José Núñez", "Montréal"));
        assertThat(vm.mapping().encoding().name()).isEqualTo("windows-1252");
    }

    @Test
    void notReadyWithoutANameOrWithIncidentFieldsButNoTactic() {
        MappingViewModel vm = open(csv);
        assertThat(vm.isReady()).isTrue();
        vm.field("name").columnProperty().set(null);
        assertThat(vm.isReady()).isFalse();
        assertThat(vm.problemProperty().get()).contains("name");
        vm.field("name").fixedProperty().set("Unknown person");
        assertThat(vm.isReady()).isTrue();
        vm.field("tactic").columnProperty().set(null);
        assertThat(vm.isReady()).isFalse();
        assertThat(vm.problemProperty().get()).contains("tactic");
        vm.incidentFields().forEach(f -> f.columnProperty().set(null));
        assertThat(vm.isReady()).isTrue();
        assertThat(vm.mapping().incidentFields()).isNull();
        vm.datasetProperty().set(" ");
        assertThat(vm.isReady()).isFalse();
    }

    @Test
    void aSavedMappingLoadsBackIntoTheControls() throws Exception {
        MappingViewModel vm = open(csv);
        vm.field("originCountry").fixedProperty().set("China");
        vm.field("date").dateFormProperty().set(Mapping.DateForm.MONTH_DAY_YEAR);
        choose(vm, "tactic", "online threats", "DIGITAL_THREATS");
        vm.source().publisherProperty().set("Example Monitor");
        vm.locatorProperty().set("incident {Incident ID}");
        Mapping saved = vm.mapping();
        dialogs.exportAnswer = dir.resolve("saved.json");
        vm.saveMapping();
        assertThat(new MappingFile(json.mapper()).read(dialogs.exportAnswer)).isEqualTo(saved);

        MappingViewModel other = open(csv);
        dialogs.openAnswer = dialogs.exportAnswer;
        other.loadMapping();
        assertThat(dialogs.errors).isEmpty();
        assertThat(other.mapping()).isEqualTo(saved);
        assertThat(other.field("originCountry").fixedProperty().get()).isEqualTo("China");
        assertThat(other.field("date").dateFormProperty().get()).isEqualTo(Mapping.DateForm.MONTH_DAY_YEAR);
        assertThat(other.source().publisherProperty().get()).isEqualTo("Example Monitor");
        assertThat(other.field("tactic").values()).filteredOn(v -> v.value().equals("online threats"))
                .extracting(ValueChoice::choice).containsExactly("DIGITAL_THREATS");
    }

    @Test
    void theCommandLineExampleLoadsWithItsWildcardSpreadOverTheValues() {
        MappingViewModel vm = open(csv);
        dialogs.openAnswer = cliMapping;
        vm.loadMapping();
        assertThat(vm.datasetProperty().get()).isEqualTo("example-incident-dataset-2019");
        assertThat(column(vm, "description")).isEqualTo("Summary");
        assertThat(column(vm, "summary")).isNull();
        assertThat(vm.field("pseudonymous").values()).extracting(ValueChoice::value, ValueChoice::choice)
                .contains(org.assertj.core.groups.Tuple.tuple("Name withheld (Vancouver)", "true"),
                        org.assertj.core.groups.Tuple.tuple("Gao Wenjie", "false"));
        assertThat(vm.mapping().source().fields()).containsEntry("kind", "NGO_REPORT")
                .containsEntry("publisher", "Example Monitor");
    }

    @Test
    void aRefusedMappingFileIsReportedWithItsProblemsAndChangesNothing() throws Exception {
        MappingViewModel vm = open(csv);
        Mapping before = vm.mapping();
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(cliMapping).replace("\"residenceCity\"", "\"favouriteColour\""),
                StandardCharsets.UTF_8);
        dialogs.openAnswer = bad;
        vm.loadMapping();
        assertThat(dialogs.errors).hasSize(1);
        assertThat(dialogs.errors.get(0)).contains("bad.json, case.fields.favouriteColour: is not a field");
        assertThat(vm.mapping()).isEqualTo(before);
        assertThat(vm.datasetProperty().get()).isEqualTo("incidents-2019");
    }
}
