package org.returnwatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.domain.Actor;
import org.returnwatch.domain.ActorKind;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.CaseKind;

/** One person under every spelling the search box meets, on a real encrypted database. */
class NameSearchTest {
    @TempDir
    Path dir;
    Store store;

    @BeforeEach
    void open() {
        store = TestDatabases.create(dir);
        store.write(tx -> {
            store.cases().insert(tx, person("Wang Xiaoming", "王小明", List.of()));
            store.cases().insert(tx, person("Wang Xiaomin", null, List.of()));
            store.cases().insert(tx, person("陈美玲", null, List.of()));
            store.cases().insert(tx, person("Zhang Wei", null, List.of()));
            store.cases().insert(tx, person("Li Hua", null, List.of("Tsang Chi-keung")));
            store.cases().insert(tx, person("Lin Jie", "林傑", List.of()));
            store.actors().insert(tx, new Actor(UUID.randomUUID(), null, 0, "Zeng Ming", "曾明", ActorKind.PERSON,
                    "China", null));
            return null;
        });
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void everySpellingOfOnePersonFindsTheSameCase() {
        for (String q : List.of("王小明", "Wang Xiaoming", "wang xiaoming", "xiao ming", "xiao-ming", "ming",
                "Xiaoming Wang", "Wong Siu-ming", "Wang Hsiao-ming", "王曉明", "wangxiaoming", "Wáng Xiǎomíng",
                "wang2 xiao3 ming2", "siu ming", "小明")) {
            assertThat(search(q)).as(q).contains("Wang Xiaoming");
        }
        assertThat(search("xiaoming")).as("not the person with the similar name").containsExactly("Wang Xiaoming");
        assertThat(search("Wong Siu-ming")).containsExactly("Wang Xiaoming");
        assertThat(search("Wang Hsiao-ming")).containsExactly("Wang Xiaoming");
    }

    @Test
    void aNameStoredInOneScriptIsFoundFromTheOther() {
        assertThat(search("chen meiling")).as("characters only, found by pinyin").containsExactly("陈美玲");
        assertThat(search("Chan Mei-ling")).as("and by Cantonese").containsExactly("陈美玲");
        assertThat(search("陳美玲")).as("and in traditional script").containsExactly("陈美玲");
        assertThat(search("张伟")).as("pinyin only, found by characters").containsExactly("Zhang Wei");
        assertThat(search("張偉")).containsExactly("Zhang Wei");
        assertThat(search("林杰")).as("traditional stored, simplified asked").containsExactly("Lin Jie");
        assertThat(search("tsang")).as("an alias is read too").containsExactly("Li Hua");
    }

    @Test
    void actorsAreFoundByTheReadingsOfTheirNames() {
        List<String> found = store.read(tx -> store.actors().search(tx, "Tsang Ming", 0, 10)).stream()
                .map(Actor::name).toList();
        assertThat(found).containsExactly("Zeng Ming");
        assertThat(store.<Integer>read(tx -> store.actors().count(tx, "曾明"))).isEqualTo(1);
    }

    @Test
    void anOlderDatabaseIsReindexedWhenItIsOpened() throws Exception {
        // a database of the first release, whose index knew the words only as they were written
        java.nio.file.Path fixture = java.nio.file.Path.of("src/test/resources/fixtures/release-0.1");
        java.nio.file.Path old = java.nio.file.Files.createDirectories(dir.resolve("first-release"));
        for (String f : List.of("release-0.1.mv.db", "release-0.1.rwkey")) {
            java.nio.file.Files.copy(fixture.resolve(f), old.resolve(f));
        }
        char[] pass = java.nio.file.Files.readString(fixture.resolve("pass.txt")).strip().toCharArray();
        try (Passphrase p = Passphrase.adopt(pass);
             Store upgraded = new Store(Database.open(DatabaseFile.of(old.resolve("release-0.1.mv.db")), p))) {
            List<String> found = upgraded.read(tx -> upgraded.cases().search(tx, "Hsieh Wei-tung", 0, 50)).stream()
                    .map(Case::name).toList();
            assertThat(found).as("found by a romanisation the old index never held").containsExactly("Xie Weidong");
        }
    }

    private List<String> search(String q) {
        return store.read(tx -> store.cases().search(tx, q, 0, 50)).stream().map(Case::name).toList();
    }

    private static Case person(String name, String nativeName, List<String> aliases) {
        return new Case(UUID.randomUUID(), null, 0, name, nativeName, aliases, false, CaseKind.INDIVIDUAL, null, null,
                "Canada",
                "Toronto", List.of(), null, null, null, null, null, List.of(), null, null);
    }
}
