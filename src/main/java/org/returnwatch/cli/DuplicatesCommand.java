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

@Command(name = "duplicates", description = {"List pairs of cases or actors that may be one person, with a "
        + "score (0-100) and the reasons: the same name in characters or in any romanisation (pinyin, "
        + "Wade-Giles, Cantonese), shared aliases, the same city or country.",
    "Pairs marked \"not the same person\" in the window are not listed."})
final class DuplicatesCommand implements Callable<Integer> {
    enum Kind { cases, actors }

    enum Format { table, json }

    @ParentCommand
    RootCommand root;

    @Option(names = "--kind", paramLabel = "KIND", defaultValue = "cases", description = "cases (default) or actors")
    Kind kind;

    @Option(names = "--min-score", paramLabel = "N", defaultValue = "" + Duplicates.DEFAULT_MIN_SCORE,
            description = "only pairs scoring at least N (0-100; default ${DEFAULT-VALUE})")
    int minScore;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table (default) or json")
    Format format;

    @Override
    public Integer call() {
        if (minScore < 0 || minScore > 100) {
            throw new picocli.CommandLine.ParameterException(root.spec.commandLine().getSubcommands()
                    .get("duplicates"), "--min-score must be between 0 and 100, not " + minScore);
        }
        RecordKind k = kind == Kind.cases ? RecordKind.CASE : RecordKind.ACTOR;
        List<Duplicates.Pair> pairs;
        try (Workspace w = root.openWorkspace()) {
            pairs = w.duplicates().all(k, minScore);
        }
        if (pairs.isEmpty() && format == Format.table) {
            root.spec.commandLine().getOut().println("No likely duplicates among the " + k.plural() + " (score "
                    + minScore + " or more).");
            return 0;
        }
        print(root.spec.commandLine().getOut(), pairs, format);
        return 0;
    }

    static void print(PrintWriter out, List<Duplicates.Pair> pairs, Format format) {
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
        TextTable.print(out, List.of("Score", "Ref", "Name", "Ref", "Name", "Why"), rows);
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
