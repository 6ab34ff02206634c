package org.returnwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Reference;
import org.returnwatch.exchange.JsonExchange;
import org.returnwatch.i18n.Language;
import org.returnwatch.i18n.Localization;
import org.returnwatch.seed.SeedDataset;
import org.returnwatch.store.Store;
import org.returnwatch.store.TestDatabases;

/** The warning before a delete, on the seeded database, in the language of the window. */
class DeletionWordsTest {
    @TempDir
    Path dir;
    Workspace workspace;
    Store store;

    @BeforeEach
    void open() {
        store = TestDatabases.create(dir);
        new SeedDataset(new JsonExchange()).loadInto(store);
        workspace = TestWorkspaces.of(store);
    }

    @AfterEach
    void close() {
        Localization.use(Language.ENGLISH);
        workspace.close();
    }

    @Test
    void theWarningBeforeDeletingACaseIsInTheLanguageOfTheWindow() {
        Case xie = store.read(tx -> store.cases().search(tx, "xie weidong", 0, 1)).get(0);
        Deleting.Plan plan = workspace.deletions().plan(RecordKind.CASE, xie.id());

        Localization.use(Language.ENGLISH);
        String english = plan.describe();
        assertThat(english).startsWith("Delete " + xie.ref()).contains("incidents.",
                "Linked records (the links go too):",
                "citation(s) go too.", "You can undo this with Edit → Undo delete.");

        Localization.use(Language.SIMPLIFIED_CHINESE);
        String chinese = plan.describe();
        assertThat(chinese).startsWith("删除 " + xie.ref()).contains("个事件也一并删除", "关联的记录（链接也一并删除）：",
                "条引用也一并删除", "撤销删除");
        // what is left in Latin letters is the records' own names and codes, never the warning's words
        assertThat(chinese).doesNotContain("With it go", "Linked records", "go too", "undo", "related to",
                "relative of");
    }

    /** A source a history step names cannot be deleted; what names it is said in the window's language. */
    @Test
    void whatKeepsASourceFromBeingDeletedIsInTheLanguageOfTheWindow() {
        UUID source = store.read(tx -> store.sources().findByRef(tx, Reference.parse("RW-SRC-0001"))).orElseThrow()
                .id();
        Localization.use(Language.ENGLISH);
        List<String> english = workspace.deletions().plan(RecordKind.SOURCE, source).deletion().blockers();
        assertThat(english).contains("RW-A-0001: status step \u201cproposed\u201d");

        Localization.use(Language.SIMPLIFIED_CHINESE);
        List<String> chinese = workspace.deletions().plan(RecordKind.SOURCE, source).deletion().blockers();
        assertThat(chinese).hasSameSizeAs(english).contains("RW-A-0001：状态步骤“已提议”");
        assertThat(String.join("\n", chinese)).doesNotContain("status step", "outcome step", "proposed");

        Localization.use(Language.TRADITIONAL_CHINESE);
        assertThat(workspace.deletions().plan(RecordKind.SOURCE, source).deletion().blockers())
                .contains("RW-A-0001：狀態步驟「已提議」");
    }
}
