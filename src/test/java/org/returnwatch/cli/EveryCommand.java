package org.returnwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.returnwatch.store.Database;
import org.returnwatch.store.DatabaseFile;
import org.returnwatch.store.Passphrase;
import org.returnwatch.store.TestDatabases;

/**
 * Every command of the command line, run one after another as a user would on records whose names
 * and notes are unique markers: init, import, list, search, show, chart, export (JSON and CSV),
 * backup, restore, history, verify, caseworker, passphrase.
 */
final class EveryCommand {
    static final String LATIN = "Qwzmarkeralpha";
    static final String CHINESE = "标记甲乙丙";
    static final String NOTE = "Notemarkerzeta";
    static final List<String> MARKERS = List.of(LATIN, CHINESE, NOTE, "Seriesmarkeromega");

    final Path root;
    /** A new database made by init (with the real key derivation, and the seed dataset). */
    final Path initialised;
    /** The database every other command works on; made with a quick key derivation to keep the test short. */
    final Path db;
    final Path restored;
    final Path pw;
    final Path newPw;
    final Path input;
    /** What the user chose to write: exports and the chart. */
    final List<Path> chosenOutputs;
    final Path backup;

    EveryCommand(Path root) throws IOException {
        this.root = root;
        Path dbFolder = root.resolve("data");
        initialised = root.resolve("fresh").resolve("new.mv.db"); // init makes the folder
        Path inputs = Files.createDirectories(root.resolve("input"));
        Path outputs = Files.createDirectories(root.resolve("out"));
        db = dbFolder.resolve("cases.mv.db");
        restored = dbFolder.resolve("restored.mv.db");
        pw = Files.writeString(inputs.resolve("pw"), "every command passphrase\n");
        newPw = Files.writeString(inputs.resolve("new-pw"), "every command passphrase, changed\n");
        input = Files.writeString(inputs.resolve("markers.json"), """
                {"format": "returnwatch", "formatVersion": 1,
                 "cases": [{"ref": "RW-C-0500", "name": "%s Person", "nativeName": "%s",
                            "summary": "%s in the summary", "residenceCity": "%s Town"}],
                 "series": [{"ref": "RW-S-0500", "name": "Seriesmarkeromega returns", "measure": "FLOW",
                             "unit": "people", "points": [{"ref": "RW-P-0500", "period": "2019", "value": 12,
                             "qualifier": "EXACT", "note": "%s"}]}]}
                """.formatted(LATIN, CHINESE, NOTE, LATIN, NOTE));
        chosenOutputs = List.of(outputs.resolve("everything.json"), outputs.resolve("everything.zip"),
                outputs.resolve("chart.png"), outputs.resolve("chart.svg"), outputs.resolve("csv-folder"));
        backup = outputs.resolve("cases.rwbackup");
        try (Passphrase p = Passphrase.fromFile(pw)) {
            Database.create(new DatabaseFile(db), p, TestDatabases.FAST).close();
        }
    }

    /** The command lines, each a list of arguments; {@code passphrase} is last, as it changes the passphrase. */
    List<List<Object>> commands() {
        List<List<Object>> c = new ArrayList<>();
        c.add(List.of("--db", initialised, "--passphrase-file", pw, "init"));
        c.add(List.of("--db", db, "--passphrase-file", pw, "import", input));
        c.add(List.of("--db", db, "--passphrase-file", pw, "list", "cases", "--query", LATIN.toLowerCase()));
        c.add(List.of("--db", db, "--passphrase-file", pw, "list", "series", "--query", "seriesmarkeromega",
                "--format", "json"));
        c.add(List.of("--db", db, "--passphrase-file", pw, "show", "RW-C-0500"));
        c.add(List.of("--db", db, "--passphrase-file", pw, "chart", "RW-S-0500", "--format", "svg", "--out",
                chosenOutputs.get(3), "--title", LATIN));
        c.add(List.of("--db", db, "--passphrase-file", pw, "export", "--format", "json", "--out",
                chosenOutputs.get(0)));
        c.add(List.of("--db", db, "--passphrase-file", pw, "export", "--format", "csv", "--out", chosenOutputs.get(1)));
        c.add(List.of("--db", db, "--passphrase-file", pw, "export", "--format", "csv", "--out", chosenOutputs.get(4)));
        c.add(List.of("--db", db, "--passphrase-file", pw, "chart", "RW-S-0500", "--format", "png", "--out",
                chosenOutputs.get(2)));
        c.add(List.of("--db", db, "--passphrase-file", pw, "backup", "--out", backup));
        c.add(List.of("--db", restored, "--passphrase-file", pw, "restore", backup));
        c.add(List.of("--db", db, "--passphrase-file", pw, "history", "RW-C-0500"));
        c.add(List.of("--db", db, "--passphrase-file", pw, "history", "RW-C-0500", "--format", "json"));
        c.add(List.of("--db", db, "--passphrase-file", pw, "caseworker", "Field Office"));
        c.add(List.of("--db", db, "--passphrase-file", pw, "verify"));
        c.add(List.of("--db", db, "--passphrase-file", pw, "passphrase", "--new-passphrase-file", newPw));
        c.add(List.of("--db", db, "--passphrase-file", newPw, "verify"));
        return c;
    }

    /** What one command printed, and its exit status. */
    record Outcome(List<Object> command, int code, String out, String err) {
    }

    /** What the whole run left: each command's outcome, and what the JVM wrote to standard error (log lines). */
    record Run(List<Outcome> outcomes, String processErr, int processCode) {
    }

    /**
     * Runs every command, one after another, in one child JVM started by {@code cli} (so that a trace
     * of it pays for one start); each command must succeed.
     */
    Run runAll(ChildCli cli) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        var array = mapper.createArrayNode();
        for (List<Object> command : commands()) {
            var a = array.addArray();
            command.forEach(x -> a.add(String.valueOf(x)));
        }
        Path list = Files.writeString(root.resolve("input").resolve("commands.json"), mapper.writeValueAsString(array));
        ChildCli.Result r = cli.runMain(CommandSequence.class.getName(), list);
        List<Outcome> outcomes = new ArrayList<>();
        List<String> lines = r.out().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            JsonNode n = mapper.readTree(lines.get(i));
            outcomes.add(new Outcome(commands().get(i), n.get("code").asInt(), n.get("out").asText(),
                    n.get("err").asText()));
        }
        assertThat(outcomes).as(r.err()).hasSize(commands().size());
        for (Outcome o : outcomes) {
            assertThat(o.code()).as(o.command() + ": " + o.err()).isZero();
        }
        assertThat(outcomes.get(2).out()).as("search finds the marker").contains(LATIN);
        assertThat(outcomes.get(4).out()).contains(CHINESE);
        return new Run(outcomes, r.err(), r.code());
    }
}
