package org.returnwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code history REF} of a case lists its evidence files and follow-ups among its own changes, with who and when. */
class CaseHistoryItemsCommandTest {
    @TempDir
    Path dir;

    @Test
    void theCasesHistoryShowsAFileAttachedAndAFollowUpDone() throws Exception {
        SeededDatabase db = new SeededDatabase(dir, "cases");
        Path order = Files.writeString(dir.resolve("court order.pdf"), "%PDF-1.4 an order");
        assertThat(db.run("attach", "RW-C-0002", order).code()).isZero();
        assertThat(db.run("follow-up", "RW-C-0002", "--due", "2020-01-15", "--note", "call the lawyer").code())
                .isZero();
        assertThat(db.run("follow-up", "RW-FU-0001", "--done").code()).isZero();

        CliRunner.Result history = db.run("history", "RW-C-0002");

        assertThat(history.code()).as(history.err()).isZero();
        assertThat(history.out())
                .containsPattern("#\\d+  \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC  \\S.*  file attached: "
                        + "court order\\.pdf \\(SHA-256 [0-9a-f]{8}…[0-9a-f]{8}\\)")
                .containsPattern("UTC  \\S.*  follow-up added: call the lawyer, due 2020-01-15")
                .containsPattern("UTC  \\S.*  follow-up done: call the lawyer");
        assertThat(history.out().indexOf("follow-up added")).isLessThan(history.out().indexOf("follow-up done"));
        assertThat(db.run("history", "RW-C-0001").out()).doesNotContain("court order.pdf", "call the lawyer");
        assertThat(db.run("history", "RW-C-0002", "--format", "json").out()).contains("\"item\" : \"FOLLOW_UP\"",
                "\"what\" : \"follow-up done: call the lawyer\"");
    }
}
