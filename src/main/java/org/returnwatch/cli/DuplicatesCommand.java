package org.returnwatch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.returnwatch.app.Duplicates;
import org.returnwatch.app.RecordItem;
import org.returnwatch.app.Workspace;
import org.returnwatch.domain.RecordKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "duplicates", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class DuplicatesCommand implements Callable<Integer> {
    enum Kind { cases, actors }

    enum Format { table, json }

    @ParentCommand
    RootCommand root;

    @Option(names = "--kind", paramLabel = "KIND", defaultValue = "cases")
    Kind kind;

    @Option(names = "--min-score", paramLabel = "N", defaultValue = "" + Duplicates.DEFAULT_MIN_SCORE)
    int minScore;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table")
    Format format;

    @Override
    public Integer call() {
        if (minScore < 0 || minScore > 100) {
            throw new picocli.CommandLine.ParameterException(root.spec.commandLine().getSubcommands()
                    .get("duplicates"), root.msg("--min-score must be between 0 and 100, not {0}", minScore));
        }
        RecordKind k = kind == Kind.cases ? RecordKind.CASE : RecordKind.ACTOR;
        List<Duplicates.Pair> pairs;
        try (Workspace w = root.openWorkspace()) {
            pairs = w.duplicates().all(k, minScore);
        }
        if (pairs.isEmpty() && format == Format.table) {
            root.spec.commandLine().getOut().println(k == RecordKind.CASE
                    ? root.msg("No likely duplicates among the cases (score {0} or more).", minScore)
                    : root.msg("No likely duplicates among the actors (score {0} or more).", minScore));
            return 0;
        }
        print(root.spec.commandLine().getOut(), pairs, format, root.words());
        return 0;
    }

    static void print(PrintWriter out, List<Duplicates.Pair> pairs, Format format, Words words) {
        if (format == Format.json) {
            ObjectMapper mapper = new ObjectMapper();
            ArrayNode array = mapper.createArrayNode();
            for (Duplicates.Pair p : pairs) {
                ObjectNode n = array.addObject();
                n.set("first", item(mapper, p.first()));
                n.set("second", item(mapper, p.second()));
                n.put("score", p.score());
                ArrayNode reasons = n.putArray("reasons");
                p.reasons().forEach(reasons::add);
            }
            out.println(array.toPrettyString());
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (Duplicates.Pair p : pairs) {
            rows.add(List.of(String.valueOf(p.score()), ref(p.first()), p.first().title(), ref(p.second()),
                    p.second().title(), p.explanation()));
        }
        TextTable.print(out, List.of(words.msg("Score"), words.msg("Ref"), words.msg("Name"), words.msg("Ref"),
                words.msg("Name"), words.msg("Why")), rows);
    }

    private static ObjectNode item(ObjectMapper mapper, RecordItem i) {
        ObjectNode n = mapper.createObjectNode();
        n.put("ref", ref(i));
        n.put("name", i.title());
        return n;
    }

    private static String ref(RecordItem i) {
        return i.ref() == null ? "(new)" : i.ref().toString();
    }
}
