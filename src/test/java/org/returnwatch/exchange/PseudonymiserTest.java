package org.returnwatch.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.domain.Actor;
import org.returnwatch.domain.ActorKind;
import org.returnwatch.domain.Agreement;
import org.returnwatch.domain.AgreementKind;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.CaseKind;
import org.returnwatch.domain.Disclosure;
import org.returnwatch.seed.SeededTemplate;
import org.returnwatch.store.Store;
import org.returnwatch.store.TestDatabases;
import org.returnwatch.work.ProgressListener;

/**
 * A pseudonymised copy of the seed dataset (plus a case with a native-script name whose names are
 * also mentioned in kept text) holds none of the real names anywhere, while figures, dates,
 * countries and tactics are exactly as in the database.
 */
class PseudonymiserTest {
    @TempDir
    static Path dir;
    static Store store;
    static final JsonExchange json = new JsonExchange();
    static final Exports exports = new Exports(json);
    static JsonNode original;
    static List<String> names;

    @BeforeAll
    static void seeded() {
        store = SeededTemplate.create(dir);
        Case extra = new Case(UUID.randomUUID(), null, 0, "Zhou Example", "周例子", List.of("Lao Zhou", "Z. Example"),
                false, CaseKind.INDIVIDUAL, "Former official; brother of Zhou Example's business partner", "China",
                        "Canada", "Richmond", List.of(),
                null, null, "Fraud, per the Zhou Example family lawyer", "CNY 5 million", null, List.of(), null,
                "周例子 was approached by Lao Zhou's cousin.");
        store.write(tx -> {
            store.cases().insert(tx, extra);
            store.actors().insert(tx, new Actor(UUID.randomUUID(), null, 0, "Mother of Zhou Example", "周母",
                    ActorKind.RELATIVE, "China", "Lives in Shenyang"));
            store.agreements().insert(tx, new Agreement(UUID.randomUUID(), null, 0,
                    "Return arrangement discussed in the case of Zhou Example (周例子)", AgreementKind.OTHER,
                    List.of("Canada", "China"), Disclosure.UNKNOWN, null, List.of()));
            return null;
        });
        original = json.exportDocument(store);
        names = new ArrayList<>();
        for (Case c : store.read(tx -> store.cases().all(tx))) {
            names.add(c.name());
            if (c.nativeName() != null) {
                names.add(c.nativeName());
            }
            names.addAll(c.aliases());
        }
        for (Actor a : store.read(tx -> store.actors().all(tx))) {
            if (a.actorKind() == ActorKind.PERSON || a.actorKind() == ActorKind.RELATIVE) {
                names.add(a.name());
                if (a.nativeName() != null) {
                    names.add(a.nativeName());
                }
            }
        }
        assertThat(names).hasSizeGreaterThan(30)
                .contains("Xie Weidong", "Kevin Garratt", "周例子", "Sister of Xie Weidong");
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void theJsonCopyHoldsNoRealNameAnywhere() throws Exception {
        String text = Files.readString(export(Exports.Format.JSON, "standard.json", RedactionProfile.standard()));
        assertNoName(text);
        assertThat(text).contains("PERSON-").contains("ACTOR-").contains("\"pseudonymised\" : \"standard\"");
    }

    @Test
    void theCsvCopyHoldsNoRealNameAnywhere() throws Exception {
        Path zip = export(Exports.Format.CSV, "standard.zip", RedactionProfile.standard());
        StringBuilder all = new StringBuilder();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            while (in.getNextEntry() != null) {
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                in.transferTo(b);
                all.append(b.toString(StandardCharsets.UTF_8));
            }
        }
        assertThat(all).contains("PERSON-");
        assertNoName(all.toString());
    }

    @Test
    void figuresDatesCountriesAndTacticsAreUnchanged() throws Exception {
        JsonNode copy = json.mapper().readTree(export(Exports.Format.JSON, "facts.json",
                RedactionProfile.standard()).toFile());
        for (String array : List.of("cases", "incidents", "agreements", "series", "sources", "citations", "actors",
                "links")) {
            assertThat(copy.get(array).size()).as(array).isEqualTo(original.get(array).size());
        }
        for (int i = 0; i < original.get("series").size(); i++) {
            JsonNode a = original.get("series").get(i);
            JsonNode b = copy.get("series").get(i);
            for (String f : List.of("ref", "name", "measure", "unit", "countries", "reportedBy")) {
                assertThat(b.get(f)).as("series " + i + " " + f).isEqualTo(a.get(f));
            }
            for (int j = 0; j < a.get("points").size(); j++) {
                for (String f : List.of("ref", "period", "value", "high", "qualifier", "claimedBy")) {
                    assertThat(text(b.get("points").get(j).get(f))).as("series " + i + " point " + j + " " + f)
                            .isEqualTo(text(a.get("points").get(j).get(f)));
                }
            }
        }
        for (int i = 0; i < original.get("incidents").size(); i++) {
            JsonNode a = original.get("incidents").get(i);
            JsonNode b = copy.get("incidents").get(i);
            for (String f : List.of("ref", "case", "date", "country", "tactic", "perpetrator", "hostStateRole")) {
                assertThat(b.get(f)).as("incident " + i + " " + f).isEqualTo(a.get(f));
            }
        }
        for (int i = 0; i < original.get("cases").size(); i++) {
            JsonNode a = original.get("cases").get(i);
            JsonNode b = copy.get("cases").get(i);
            for (String f : List.of("originCountry", "residenceCountry", "campaign", "outcome", "targetCategory",
                    "immigrationStatus", "riskLevel", "pseudonymous")) {
                assertThat(b.get(f)).as("case " + i + " " + f).isEqualTo(a.get(f));
            }
            assertThat(b.get("name").asText()).matches("PERSON-[0-9A-Z]{8}");
            assertThat(b.get("aliases")).isEmpty();
            assertThat(b.has("summary")).isFalse();
        }
        for (int i = 0; i < original.get("agreements").size(); i++) {
            JsonNode a = original.get("agreements").get(i).get("statusHistory");
            JsonNode b = copy.get("agreements").get(i).get("statusHistory");
            for (int j = 0; j < a.size(); j++) {
                assertThat(b.get(j).get("status")).isEqualTo(a.get(j).get("status"));
                assertThat(b.get(j).get("date")).isEqualTo(a.get(j).get("date"));
            }
        }
        assertThat(copy.get("tactics")).isEqualTo(original.get("tactics"));
    }

    @Test
    void codesAreStableAcrossExportsAndTheCopyImportsIntoAnEmptyDatabase() throws Exception {
        JsonNode first = json.mapper().readTree(export(Exports.Format.JSON, "one.json", RedactionProfile.standard())
                .toFile());
        JsonNode second = json.mapper().readTree(export(Exports.Format.JSON, "two.json", RedactionProfile.strict())
                .toFile());
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < first.get("cases").size(); i++) {
            String code = first.get("cases").get(i).get("name").asText();
            assertThat(second.get("cases").get(i).get("name").asText()).isEqualTo(code);
            codes.add(code);
        }
        assertThat(codes).doesNotHaveDuplicates();
        try (Store empty = TestDatabases.create(Files.createDirectories(dir.resolve("researcher")))) {
            json.importFile(empty, dir.resolve("one.json"));
            assertThat(empty.<List<Case>>read(tx -> empty.cases().all(tx))).extracting(Case::name).containsAll(codes);
        }
    }

    @Test
    void strictAlsoRemovesCitiesPlacesRolesAndCodesOfficials() throws Exception {
        JsonNode copy = json.mapper().readTree(export(Exports.Format.JSON, "strict.json", RedactionProfile.strict())
                .toFile());
        for (JsonNode c : copy.get("cases")) {
            assertThat(c.has("residenceCity") || c.has("role") || c.has("accusation") || c.has("amount")).isFalse();
        }
        for (JsonNode i : copy.get("incidents")) {
            assertThat(i.has("place")).isFalse();
        }
        assertThat(copy.toString()).doesNotContain("Justin Trudeau").doesNotContain("Richmond");
        String standard = Files.readString(export(Exports.Format.JSON, "std.json", RedactionProfile.standard()));
        assertThat(standard).contains("Justin Trudeau").contains("Richmond");
    }

    @Test
    void aProfileFileChangesFieldsOfItsBaseAndAMistakeInItIsNamed() throws Exception {
        Path file = dir.resolve("profile.json");
        Files.writeString(file, """
                {"format": "returnwatch-redaction", "name": "partner", "base": "standard",
                 "personKinds": ["PERSON", "RELATIVE", "OFFICIAL"],
                 "fields": {"cases.residenceCity": "remove", "series.description": "remove"}}
                """);
        RedactionProfile p = RedactionProfile.named(file.toString(), json.mapper());
        String text = Files.readString(export(Exports.Format.JSON, "custom.json", p));
        assertNoName(text);
        assertThat(text).doesNotContain("Richmond").doesNotContain("Barack Obama")
                .contains("\"pseudonymised\" : \"partner\"");

        Files.writeString(file, "{\"format\": \"returnwatch-redaction\", \"fields\": {\"cases.summary\": \"code\"}}");
        assertThatThrownBy(() -> RedactionProfile.named(file.toString(), json.mapper()))
                .hasMessage(file + ", fields.cases.summary: only names (cases.name, actors.name) are replaced by "
                        + "codes; use \"remove\"");
    }

    private static Path export(Exports.Format format, String name, RedactionProfile profile) {
        Path out = dir.resolve(name);
        exports.export(store, new Exports.Request(format, out, Selection.ALL, profile), ProgressListener.NONE);
        return out;
    }

    private static void assertNoName(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String n : names) {
            assertThat(lower).as("the copy must not hold \"" + n + "\"").doesNotContain(n.toLowerCase(Locale.ROOT));
        }
    }

    /** Numbers compare as written (a number read back from a file is another kind of node). */
    private static String text(JsonNode n) {
        return n == null ? null : n.asText();
    }
}
