package org.returnwatch.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.DatePrecision;
import org.returnwatch.domain.Incident;
import org.returnwatch.domain.Outcome;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.store.Store;
import org.returnwatch.store.TestDatabases;
import org.returnwatch.work.ProgressListener;

/** Someone else's CSV through a mapping file: the example of docs/csv-mapping.md, and what goes wrong. */
class MappedImportTest {
    @TempDir
    Path dir;
    Store store;
    Path csv;
    Path mapping;
    final JsonExchange json = new JsonExchange();
    final MappedImport mapped = new MappedImport(json.mapper());

    @BeforeEach
    void emptyDatabaseAndTheExample() throws Exception {
        store = TestDatabases.create(Files.createDirectories(dir.resolve("db")));
        csv = copy("/exchange/foreign/incidents-2019.csv");
        mapping = copy("/exchange/foreign/mapping.json");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theExampleBecomesCasesAndIncidentsKeepingDatePrecision() {
        ImportBatch batch = mapped.importFile(store, csv, mapping, ProgressListener.NONE);
        assertThat(batch.describe()).startsWith("1 sources, 0 actors, 4 cases, 7 incidents");
        assertThat(batch.citations()).hasSize(11);

        Case gao = caseNamed("Gao Wenjie");
        assertThat(gao.nativeName()).isEqualTo("高文杰");
        assertThat(gao.aliases()).containsExactly("Gao W.", "Wenjie Gao");
        assertThat(gao.originCountry()).isEqualTo("China");
        assertThat(gao.residenceCity()).isEqualTo("Toronto");
        assertThat(gao.outcome()).isEqualTo(Outcome.NOT_RETURNED);
        assertThat(caseNamed("Lin Meihua").outcome()).isEqualTo(Outcome.RETURNED_UNDER_PRESSURE);
        assertThat(caseNamed("Name withheld (Vancouver)").pseudonymous()).isTrue();

        Map<String, String> dates = new java.util.HashMap<>();
        for (Incident i : store.read(tx -> store.incidents().all(tx))) {
            dates.put(i.description() == null ? "none" : i.description().substring(0, 10),
                    i.date().precision() + " " + i.date().toText());
        }
        assertThat(dates).containsEntry("Police vis", DatePrecision.YEAR + " 2019")
                .containsEntry("Two men wa", DatePrecision.MONTH + " 2019-05")
                .containsEntry("Her brothe", DatePrecision.MONTH + " 2019-05")
                .containsEntry("Consulate ", DatePrecision.SPAN + " 2014–2017")
                .containsEntry("=HYPERLINK", DatePrecision.SEASON + " spring 2016")
                .containsEntry("Threats by", DatePrecision.DAY + " 2018-04-03")
                .containsEntry("none", DatePrecision.MONTH + " 2019-05");
        assertThat(store.<java.util.List<org.returnwatch.domain.Citation>>read(tx -> store.citations().all(tx)))
                .extracting(c -> c.locator())
                .contains("incident INC-001", "incident INC-007");
    }

    @Test
    void importingTheFileAgainUpdatesWhatItBroughtIn() throws Exception {
        mapped.importFile(store, csv, mapping, ProgressListener.NONE);
        Map<RecordKind, Integer> first = store.read(store::counts);
        Files.writeString(csv, Files.readString(csv).replace("Her brother lost his job", "Her brother was fired"));
        mapped.importFile(store, csv, mapping, ProgressListener.NONE);
        assertThat(store.<Map<RecordKind, Integer>>read(store::counts)).isEqualTo(first);
        assertThat(store.<java.util.List<Incident>>read(tx -> store.incidents().all(tx)))
                .extracting(Incident::description)
                .anySatisfy(d -> assertThat(d).startsWith("Her brother was fired"))
                .noneSatisfy(d -> assertThat(d).startsWith("Her brother lost"));
    }

    @Test
    void aDryRunWritesNothing() {
        ImportBatch batch = mapped.check(store, csv, mapping, ProgressListener.NONE);
        assertThat(batch.cases()).hasSize(4);
        assertThat(store.<Integer>read(tx -> store.cases().count(tx, null))).isZero();
    }

    @Test
    void mistakesInTheMappingAreReportedWithTheirPlace() throws Exception {
        editMapping(m -> {
            ((ObjectNode) m.get("case").get("fields")).put("residenceCity", "Town");
            ((ObjectNode) m.get("case").get("fields")).put("favouriteColour", "Colour");
            ((ObjectNode) m.get("incident").get("fields").get("date")).put("dateForm", "year/day/month");
        });
        assertProblems(mapped, "mapping.json, case.fields.favouriteColour: is not a field that can be filled",
                "mapping.json, incident.fields.date.dateForm: must be \"auto\", \"day/month/year\" or "
                        + "\"month/day/year\"");
        editMapping(m -> ((ObjectNode) m.get("case").get("fields")).put("residenceCity", "Town"));
        assertProblems(mapped, "mapping.json, case.fields.residenceCity: names the column \"Town\", which");
    }

    @Test
    void valuesThatDisagreeForOnePersonOrMatchNoListAreReportedByLineAndColumn() throws Exception {
        Files.writeString(csv, Files.readString(csv)
                .replace("INC-002,P-01,Gao Wenjie,高文杰,,Canada,Toronto", "INC-002,P-01,Gao Wenjie,高文杰,,Canada,Ottawa")
                .replace("online threats", "ghosting"));
        assertProblems(mapped, "incidents-2019.csv, line 3, column City: \"Ottawa\" differs from \"Toronto\" on line 2 "
                        + "for the same person",
                "incidents-2019.csv, line 8, column Method: \"ghosting\" is not on the tactic list");
        assertThat(store.<Integer>read(tx -> store.cases().count(tx, null))).isZero();
    }

    @Test
    void anEncodingOtherThanUtf8IsReadWhenTheMappingSaysSo() throws Exception {
        Charset cp1252 = Charset.forName("windows-1252");
        Files.write(csv, Files.readString(csv).replace("高文杰", "").replace("林美华", "")
                .replace("中文也可以", "").replace("回来吧", "").replace("Toronto", "Montréal").getBytes(cp1252));
        assertProblems(mapped, "incidents-2019.csv, line 2: is not UTF-8 text: byte 0xE9");
        editMapping(m -> ((ObjectNode) m.get("csv")).put("encoding", "windows-1252"));
        mapped.importFile(store, csv, mapping, ProgressListener.NONE);
        assertThat(caseNamed("Gao Wenjie").residenceCity()).isEqualTo("Montréal");
    }

    @Test
    void theWindowCanPreviewTheFirstRows() {
        MappedImport.Preview p = mapped.preview(csv, ',', StandardCharsets.UTF_8, 2);
        assertThat(p.header()).startsWith("Incident ID", "Person ID", "Name");
        assertThat(p.rows()).hasSize(2);
        assertThat(p.rows().get(1).get(12))
                .isEqualTo("Two men waited outside his office.\nHe reported it to the police.");
        assertThat(p.problems()).isEmpty();
        assertThat(mapped.distinctValues(csv, ',', StandardCharsets.UTF_8, "Outcome", 10))
                .containsEntry("not returned", 2).containsEntry("returned (pressure)", 2).containsEntry("", 1);
        assertThat(MappedImport.choices("outcome")).contains("RETURNED_UNDER_PRESSURE");
        assertThat(MappedImport.choices("pseudonymous")).containsExactly("true", "false");
    }

    private void assertProblems(MappedImport m, String... expected) {
        assertThatThrownBy(() -> m.importFile(store, csv, mapping, ProgressListener.NONE))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
                    for (String x : expected) {
                        assertThat(e.problems()).extracting(Problem::toString)
                                .anySatisfy(p -> assertThat(p).contains(x));
                    }
                });
    }

    private Case caseNamed(String name) {
        return store.read(tx -> store.cases().all(tx)).stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow();
    }

    private void editMapping(Consumer<ObjectNode> edit) throws Exception {
        ObjectNode m = (ObjectNode) json.mapper().readTree(getClass().getResource("/exchange/foreign/mapping.json"));
        edit.accept(m);
        json.mapper().writeValue(mapping.toFile(), m);
    }

    private Path copy(String resource) throws Exception {
        Path target = dir.resolve(Path.of(resource).getFileName().toString());
        Files.copy(Path.of(getClass().getResource(resource).toURI()), target);
        return target;
    }
}
