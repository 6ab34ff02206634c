package org.returnwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.RecordKind;

/** Drafts of unsaved edits survive a lock (a close) inside the encrypted file, one per record, and damage shows. */
class DraftsTest {
    private static final String PAYLOAD = "{\"residenceCity\":\"Draftmarkertown\"}";

    @TempDir
    Path dir;

    @Test
    void aDraftIsKeptEncryptedAcrossAClosingAndReplacedByALaterOne() throws Exception {
        Case c;
        try (Store store = TestDatabases.create(dir)) {
            c = store.write(tx -> store.cases().insert(tx, Records.caseNamed("Being Edited")));
            store.write(tx -> store.drafts()
                    .save(tx, RecordKind.CASE, c.id(), c.ref().toString(), "the case Being Edited",
                    "{\"residenceCity\":\"first try\"}"));
            store.write(tx -> store.drafts()
                    .save(tx, RecordKind.CASE, c.id(), c.ref().toString(), "the case Being Edited",
                    PAYLOAD));
            store.write(tx -> store.drafts().save(tx, RecordKind.INCIDENT, null, null, "a new incident", "{}"));
        }
        String file = new String(Files.readAllBytes(TestDatabases.file(dir).dataFile()), StandardCharsets.ISO_8859_1);
        assertThat(file).doesNotContain("Draftmarkertown");
        try (Store store = TestDatabases.open(dir)) {
            List<Draft> drafts = store.read(tx -> store.drafts().all(tx));
            assertThat(drafts).extracting(Draft::label).containsExactly("the case Being Edited", "a new incident");
            Draft d = store.read(tx -> store.drafts().forRecord(tx, RecordKind.CASE, c.id())).orElseThrow();
            assertThat(d.payload()).isEqualTo(PAYLOAD);
            assertThat(d.ref()).isEqualTo(c.ref().toString());
            store.write(tx -> {
                store.drafts().discard(tx, d.id());
                return null;
            });
            assertThat(store.<List<Draft>>read(tx -> store.drafts().all(tx))).hasSize(1);
            assertThat(store.verify().problems()).as("a draft is no change to a record").isEmpty();
        }
    }

    @Test
    void aDraftChangedOutsideReturnWatchIsReportedNotOffered() {
        try (Store store = TestDatabases.create(dir)) {
            store.write(tx -> store.drafts().save(tx, RecordKind.INCIDENT, null, null, "a new incident", PAYLOAD));
            store.write(tx -> {
                try (var st = tx.connection().createStatement()) {
                    st.execute("UPDATE draft SET payload = '{\"planted\":true}'");
                }
                return null;
            });
            assertThatThrownBy(() -> store.read(tx -> store.drafts().all(tx))).isInstanceOf(IntegrityException.class)
                    .hasMessageContaining("a new incident");
        }
    }
}
