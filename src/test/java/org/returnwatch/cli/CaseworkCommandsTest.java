package org.returnwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** caseworker --team/--add/--remove, casework, show and list cases --status --due-before, as a user types them. */
class CaseworkCommandsTest {
    @TempDir
    Path dir;

    @Test
    void aCaseIsGivenToATeamMemberClosedWithAReasonAndListedByStatus() throws Exception {
        SeededDatabase db = SeededDatabase.quick(dir, "cases");
        assertThat(db.run("caseworker", "--add", "Mei Lin").out()).contains("Mei Lin is on the team");
        assertThat(db.run("caseworker", "--team").out()).contains("Mei Lin");

        CliRunner.Result notOnTeam = db.run("casework", "RW-C-0001", "--holder", "Someone Else");
        assertThat(notOnTeam.code()).isEqualTo(1);
        assertThat(notOnTeam.err()).contains("\"Someone Else\" is not one of the team's caseworkers", "Mei Lin",
                "nothing was changed");
        assertThat(notOnTeam.err().lines().count()).isEqualTo(1);

        CliRunner.Result noReason = db.run("casework", "RW-C-0001", "--status", "closed");
        assertThat(noReason.code()).isEqualTo(1);
        assertThat(noReason.err()).contains("a closed case needs a reason");

        CliRunner.Result closed = db.run("casework", "RW-C-0001", "--status", "closed", "--reason",
                "the family asked us to stop", "--holder", "Mei Lin", "--opened", "2024-02-01");
        assertThat(closed.code()).as(closed.err()).isZero();
        assertThat(closed.out()).contains("status: closed (the family asked us to stop)", "opened: 2024-02-01",
                "held by: Mei Lin");
        assertThat(db.run("casework", "RW-C-0002", "--status", "monitoring").code()).isZero();

        assertThat(db.run("show", "RW-C-0001").out()).contains("CLOSED", "the family asked us to stop", "Mei Lin",
                "2024-02-01");
        assertThat(db.run("history", "RW-C-0001").out()).contains("the family asked us to stop");

        String closedList = db.run("list", "cases", "--status", "closed").out();
        assertThat(closedList).contains("RW-C-0001").doesNotContain("RW-C-0002").doesNotContain("RW-C-0003");
        String some = db.run("list", "cases", "--status", "closed,monitoring").out();
        assertThat(some).contains("RW-C-0001", "RW-C-0002").doesNotContain("RW-C-0003");
        String open = db.run("list", "cases", "--status", "open").out();
        assertThat(open).contains("RW-C-0003").doesNotContain("RW-C-0001").doesNotContain("RW-C-0002");

        // a removed caseworker leaves the team, not the case they hold
        assertThat(db.run("caseworker", "--remove", "Mei Lin").code()).isZero();
        assertThat(db.run("caseworker", "--team").out()).doesNotContain("Mei Lin");
        assertThat(db.run("casework", "RW-C-0001").out()).contains("held by: Mei Lin");
        assertThat(db.run("verify").code()).isZero();
    }

    @Test
    void dueBeforeListsTheCasesWithAnUnfinishedFollowUpDueBeforeTheDay() {
        SeededDatabase db = SeededDatabase.quick(dir, "cases");
        db.run("follow-up", "RW-C-0002", "--due", "2025-03-01", "--note", "call the lawyer");
        db.run("follow-up", "RW-C-0003", "--due", "2025-06-01", "--note", "ask for the court file");
        db.run("follow-up", "RW-C-0004", "--due", "2025-01-10", "--note", "already done");
        db.run("follow-up", "RW-FU-0003", "--done");
        String due = db.run("list", "cases", "--due-before", "2025-04-01").out();
        assertThat(due).contains("RW-C-0002").doesNotContain("RW-C-0003").doesNotContain("RW-C-0004");
        String later = db.run("list", "cases", "--status", "open", "--due-before", "2025-07-01", "--format", "csv")
                .out();
        assertThat(later).contains("RW-C-0002", "RW-C-0003").doesNotContain("RW-C-0004");
    }

    @Test
    void detachDeletesAFileForGoodAndVerifyStillPasses() throws Exception {
        SeededDatabase db = SeededDatabase.quick(dir, "cases");
        Path file = java.nio.file.Files.writeString(dir.resolve("summons.txt"), "Zqxdetachmarker");
        assertThat(db.run("attach", "RW-C-0001", file).code()).isZero();
        CliRunner.Result detached = db.run("detach", "RW-ATT-0001");
        assertThat(detached.code()).as(detached.err()).isZero();
        assertThat(detached.out()).contains("Deleted RW-ATT-0001", "summons.txt", "for good");
        assertThat(db.run("attachments", "RW-C-0001").out()).contains("No files are attached");
        CliRunner.Result extract = db.run("extract", "RW-ATT-0001", "--out", dir.resolve("back.txt"));
        assertThat(extract.code()).isEqualTo(1);
        assertThat(db.run("detach", "RW-ATT-0001").err()).contains("no attachment RW-ATT-0001");
        assertThat(db.run("verify").code()).isZero();
        assertThat(db.run("history", "RW-C-0001").code()).isZero();
    }

    @Test
    void badValuesGetOneLineAndChangeNothing() {
        SeededDatabase db = SeededDatabase.quick(dir, "cases");
        CliRunner.Result status = db.run("list", "cases", "--status", "pending");
        assertThat(status.code()).isEqualTo(2);
        assertThat(status.err().lines().findFirst().orElse(""))
                .isEqualTo("returnwatch: --status: 'pending' is not a status (use open, monitoring or closed)");
        CliRunner.Result date = db.run("list", "cases", "--due-before", "next week");
        assertThat(date.code()).isEqualTo(2);
        assertThat(date.err()).contains("--due-before: 'next week' is not a date of the form YYYY-MM-DD");
        assertThat(db.run("list", "agreements", "--status", "open").err()).contains("apply to cases only");
        assertThat(db.run("casework", "RW-C-0001", "--status", "shut").code()).isEqualTo(2);
        assertThat(db.run("casework", "RW-C-0001", "--opened", "2099-01-01").err()).contains("in the future");
        assertThat(db.run("casework", "RW-C-0001").out()).contains("status: open", "held by: nobody")
                .doesNotContain("2099");
    }
}
