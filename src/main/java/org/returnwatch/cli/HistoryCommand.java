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

@Command(mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, name = "history")
final class HistoryCommand implements Callable<Integer> {
    enum Format { table, json }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    @ParentCommand
    RootCommand root;

    @Parameters(paramLabel = "REF")
    String refText;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table")
    Format format;

    @Override
    public Integer call() {
        Reference ref;
        try {
            ref = Reference.parse(refText);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(root.spec.commandLine().getSubcommands().get("history"),
                    root.words().message(e));
        }
        List<HistoryEntry> entries;
        try (Workspace w = root.openWorkspace()) {
            entries = w.history().entries(ref);
        }
        if (entries.isEmpty()) {
            throw new RecordNotFoundException(root.msg("no record {0} and no history of one", ref));
        }
        PrintWriter out = root.spec.commandLine().getOut();
        if (format == Format.json) {
            printJson(out, entries, root.words());
        } else {
            printTable(out, ref, entries, root.words());
        }
        return 0;
    }

    private static void printTable(PrintWriter out, Reference ref, List<HistoryEntry> entries, Words words) {
        out.println(entries.size() == 1 ? words.msg("{0}: 1 entry", ref) : words.msg("{0}: {1} entries", ref,
                entries.size()));
        for (HistoryEntry e : entries) {
            String note = e.note() == null ? "" : "  (" + e.note() + ")";
            if (ItemHistory.isItem(e)) {
                // an evidence file or a follow-up of the case: one line says it all
                out.println("#" + e.seq() + "  " + WHEN.format(e.at()) + "  " + e.caseworker() + "  "
                        + ItemHistory.what(e) + note);
                continue;
            }
            out.println("#" + e.seq() + "  " + WHEN.format(e.at()) + "  " + e.caseworker() + "  " + verb(e, words)
                    + note);
            for (FieldChange c : e.changes()) {
                if (e.action() == HistoryAction.UPDATE) {
                    out.println("    " + c.field() + ": " + shown(c.before(), words) + " → " + shown(c.after(), words));
                } else {
                    String value = c.after() != null ? c.after() : c.before();
                    if (value != null && !value.equals("[]")) {
                        out.println("    " + c.field() + ": " + shown(value, words));
                    }
                }
            }
        }
    }

    private static String verb(HistoryEntry e, Words words) {
        String what = switch (e.action()) {
            case INSERT -> words.msg("added");
            case UPDATE -> words.msg("changed");
            case DELETE -> words.msg("deleted");
            case BASELINE -> words.msg("as it stood when its history began");
            case RESTORE -> words.msg("restored");
        };
        return switch (e.origin()) {
            case IMPORT -> words.msg("{0} by an import", what);
            case MERGE -> words.msg("{0} by a merge", what);
            case REVERT -> words.msg("{0} back to an earlier version", what);
            default -> what;
        };
    }

    private static String shown(String value, Words words) {
        return value == null ? words.msg("(empty)") : value.replace("\r", "").replace("\n", " ⏎ ");
    }

    private static void printJson(PrintWriter out, List<HistoryEntry> entries, Words words) {
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
            n.set("before", tree(mapper, e.before(), words));
            n.set("after", tree(mapper, e.after(), words));
        }
        out.println(array.toPrettyString());
    }

    private static JsonNode tree(ObjectMapper mapper, String json, Words words) {
        try {
            return json == null ? mapper.nullNode() : mapper.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new CommandFailedException(words.msg("a history entry holds fields that are not JSON; run verify"));
        }
    }
}
