package org.returnwatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.returnwatch.app.LinkRow;
import org.returnwatch.app.RecordSheet;
import org.returnwatch.app.References;
import org.returnwatch.app.Workspace;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.Citation;
import org.returnwatch.domain.DomainRecord;
import org.returnwatch.domain.Incident;
import org.returnwatch.domain.Reference;
import org.returnwatch.domain.Source;
import org.returnwatch.domain.Stance;
import org.returnwatch.exchange.JsonExchange;
import org.returnwatch.exchange.RecordWriter;
import org.returnwatch.store.RecordNotFoundException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "show", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class ShowCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Parameters(paramLabel = "REF")
    String refText;

    @Override
    public Integer call() {
        Reference ref;
        try {
            ref = Reference.parse(refText);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(root.spec.commandLine().getSubcommands().get("show"),
                    root.words().message(e));
        }
        PrintWriter out = root.spec.commandLine().getOut();
        try (Workspace w = root.openWorkspace()) {
            RecordSheet sheet = w.lookup().sheet(ref).orElseThrow(() -> new RecordNotFoundException(
                    root.msg("no record {0} in {1}", ref, w.file())));
            if (sheet.reachedThrough() != null) {
                // a record merged into another: its reference still leads there
                out.println(root.msg("{0} was merged into {1} on {2}", ref, sheet.record().ref(),
                        sheet.reachedThrough().on()));
            }
            describe(out, sheet, w.lookup().references(), root.words());
        }
        return 0;
    }

    private static void describe(PrintWriter out, RecordSheet sheet, References refs, Words words) {
        DomainRecord rec = sheet.record();
        RecordWriter writer = new RecordWriter(new JsonExchange().mapper(), refs);
        out.println(rec.ref() + "  " + rec.displayName());
        printFields(out, writer.write(rec), "  ");
        for (RecordSheet.Merge m : sheet.mergedIn()) {
            out.println("  " + words.msg("merged into it: {0} on {1}", m.oldRef(), m.on()));
        }
        if (rec instanceof Case) {
            out.println(words.msg("Timeline ({0}):", sheet.timeline().size()));
            for (Incident i : sheet.timeline()) {
                out.println("  " + i.ref() + "  " + words.date(i.date()) + "  " + String.join(", ", i.tactics())
                        + (i.country() == null ? "" : "  " + i.country())
                        + (i.description() == null ? "" : "  — " + i.description()));
            }
        }
        out.println(words.msg("Links ({0}):", sheet.links().size()));
        sheet.links().forEach(l -> printLink(out, "", l));
        if (!sheet.figureLinks().isEmpty()) {
            // a conflict between figures shows wherever either figure is
            out.println(words.msg("Links of its figures ({0}):", sheet.figureLinks().size()));
            sheet.figureLinks().forEach(f -> printLink(out, f.figure() + "  ", f.link()));
        }
        out.println(words.msg("Citations ({0}):", sheet.citations().size()));
        for (RecordSheet.Cited cited : sheet.citations()) {
            Citation c = cited.citation();
            Source s = cited.source();
            out.println("  " + (c.stance() == Stance.SUPPORTS ? "" : words.label(c.stance()).toUpperCase(Locale.ROOT)
                    + (c.claimant() == null ? "" : " (" + c.claimant() + ")") + ": ")
                    + s.ref() + "  " + s.title() + " — " + s.shortCitation()
                    + (c.locator() == null ? "" : ", " + c.locator())
                    + (c.field() == null ? "" : "  [" + c.field() + "]")
                    + (c.grade() == null ? "" : "  " + words.msg("graded {0} ({1})", c.grade().code(),
                            c.grade().describe())));
        }
    }

    private static void printLink(PrintWriter out, String prefix, LinkRow l) {
        out.println("  " + prefix + l.relation() + "  " + l.other().ref() + "  " + l.other().title()
                + (l.note() == null ? "" : "  (" + l.note() + ")"));
    }

    private static void printFields(PrintWriter out, JsonNode node, String indent) {
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> f = it.next();
            String name = f.getKey();
            JsonNode v = f.getValue();
            if (name.equals("id") || name.equals("ref") || name.equals("version")) {
                continue;
            }
            if (v.isArray() && v.size() > 0 && v.get(0).isObject()) {
                out.println(indent + name + ":");
                for (JsonNode e : v) {
                    out.println(indent + "  - " + oneLine((ObjectNode) e));
                }
            } else if (v.isArray()) {
                if (v.size() > 0) {
                    StringBuilder joined = new StringBuilder();
                    v.forEach(e -> joined.append(joined.length() == 0 ? "" : ", ").append(e.asText()));
                    out.println(indent + name + ": " + joined);
                }
            } else {
                out.println(indent + name + ": " + v.asText());
            }
        }
    }

    private static String oneLine(ObjectNode n) {
        StringBuilder s = new StringBuilder();
        n.fields().forEachRemaining(f -> {
            if (!f.getKey().equals("id") && !f.getKey().equals("version")) {
                s.append(s.length() == 0 ? "" : ", ").append(f.getKey()).append(" ").append(f.getValue().asText());
            }
        });
        return s.toString();
    }
}
