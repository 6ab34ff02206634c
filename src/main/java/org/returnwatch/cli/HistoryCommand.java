package org.returnwatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.returnwatch.app.ItemHistory;
import org.returnwatch.app.Workspace;
import org.returnwatch.domain.Reference;
import org.returnwatch.store.FieldChange;
import org.returnwatch.store.HistoryAction;
import org.returnwatch.store.HistoryEntry;
import org.returnwatch.store.RecordNotFoundException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, name = "history",
        description = {"Show every change to one record: when, by which caseworker, what it "
        + "was part of (an edit, an import, a merge, a revert), and each field before and after. For a case, "
        + "also its evidence files (and its incidents') attached and removed, and its follow-ups added, done "
        + "and reopened.",
    "Works for deleted records too. The history is tamper-evident: check it with verify."})
final class HistoryCommand implements Callable<Integer> {
    enum Format { table, json }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    @ParentCommand
    RootCommand root;

    @Parameters(paramLabel = "REF", description = "a reference code, e.g. RW-C-0001")
    String refText;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table (default) or json")
    Format format;

    @Override
    public Integer call() {
        Reference ref;
        try {
            ref = Reference.parse(refText);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(root.spec.commandLine().getSubcommands().get("history"),
                    e.getMessage());
        }
        List<HistoryEntry> entries;
        try (Workspace w = root.openWorkspace()) {
            entries = w.history().entries(ref);
        }
        if (entries.isEmpty()) {
            throw new RecordNotFoundException("no record " + ref + " and no history of one");
        }
        PrintWriter out = root.spec.commandLine().getOut();
        if (format == Format.json) {
            printJson(out, entries);
        } else {
            printTable(out, ref, entries);
        }
        return 0;
    }

    private static void printTable(PrintWriter out, Reference ref, List<HistoryEntry> entries) {
        out.println(ref + ": " + entries.size() + (entries.size() == 1 ? " entry" : " entries"));
        for (HistoryEntry e : entries) {
            String note = e.note() == null ? "" : "  (" + e.note() + ")";
            if (ItemHistory.isItem(e)) {
                // an evidence file or a follow-up of the case: one line says it all
                out.println("#" + e.seq() + "  " + WHEN.format(e.at()) + "  " + e.caseworker() + "  "
                        + ItemHistory.what(e) + note);
                continue;
            }
            out.println("#" + e.seq() + "  " + WHEN.format(e.at()) + "  " + e.caseworker() + "  " + verb(e) + note);
            for (FieldChange c : e.changes()) {
                if (e.action() == HistoryAction.UPDATE) {
                    out.println("    " + c.field() + ": " + shown(c.before()) + " → " + shown(c.after()));
                } else {
                    String value = c.after() != null ? c.after() : c.before();
                    if (value != null && !value.equals("[]")) {
                        out.println("    " + c.field() + ": " + shown(value));
                    }
                }
            }
        }
    }

    private static String verb(HistoryEntry e) {
        String what = switch (e.action()) {
            case INSERT -> "added";
            case UPDATE -> "changed";
            case DELETE -> "deleted";
            case BASELINE -> "as it stood when its history began";
            case RESTORE -> "restored";
        };
        return switch (e.origin()) {
            case IMPORT -> what + " by an import";
            case MERGE -> what + " by a merge";
            case REVERT -> what + " back to an earlier version";
            default -> what;
        };
    }

    private static String shown(String value) {
        return value == null ? "(empty)" : value.replace("\r", "").replace("\n", " ⏎ ");
    }

    private static void printJson(PrintWriter out, List<HistoryEntry> entries) {
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode array = mapper.createArrayNode();
        for (HistoryEntry e : entries) {
            ObjectNode n = array.addObject();
            n.put("seq", e.seq());
            n.put("at", e.at().toString());
            n.put("caseworker", e.caseworker());
            n.put("action", e.action().name());
            n.put("origin", e.origin().name());
            n.put("ref", e.ref());
            if (ItemHistory.isItem(e)) {
                n.put("item", e.item());
                n.put("what", ItemHistory.what(e));
            }
            n.put("id", e.recordId() == null ? null : e.recordId().toString());
            n.put("note", e.note());
            n.set("before", tree(mapper, e.before()));
            n.set("after", tree(mapper, e.after()));
        }
        out.println(array.toPrettyString());
    }

    private static JsonNode tree(ObjectMapper mapper, String json) {
        try {
            return json == null ? mapper.nullNode() : mapper.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new CommandFailedException("a history entry holds fields that are not JSON; run verify");
        }
    }
}
