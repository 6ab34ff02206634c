package org.returnwatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.Citation;
import org.returnwatch.domain.DataPoint;
import org.returnwatch.domain.DomainRecord;
import org.returnwatch.domain.Incident;
import org.returnwatch.domain.Link;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Reference;
import org.returnwatch.domain.Series;
import org.returnwatch.domain.Source;
import org.returnwatch.domain.Stance;
import org.returnwatch.exchange.JsonExchange;
import org.returnwatch.exchange.RecordWriter;
import org.returnwatch.store.Merges;
import org.returnwatch.store.RecordNotFoundException;
import org.returnwatch.store.Store;
import org.returnwatch.store.Transaction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "show", description = "Show one record with its timeline, links and citations.")
final class ShowCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Parameters(paramLabel = "REF", description = "a reference code, e.g. RW-C-0001")
    String refText;

    @Override
    public Integer call() {
        Reference ref;
        try {
            ref = Reference.parse(refText);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(root.spec.commandLine().getSubcommands().get("show"),
                    e.getMessage());
        }
        PrintWriter out = root.spec.commandLine().getOut();
        try (Store store = root.openStore()) {
            store.read(tx -> {
                Optional<DomainRecord> found = store.findByRef(tx, ref);
                if (found.isEmpty()) {
                    // a record merged into another: its reference still leads there
                    Optional<Merges.Merged> merged = store.merges().ofReference(tx, ref);
                    found = merged.flatMap(m -> store.find(tx, m.kind(), m.keptId()));
                    found.ifPresent(kept -> out.println(ref + " was merged into " + kept.ref() + " on "
                            + merged.get().mergedAt().toLocalDate()));
                }
                DomainRecord rec = found.orElseThrow(() -> new RecordNotFoundException("no record " + ref + " in "
                        + store.database().file()));
                describe(out, store, tx, rec);
                return null;
            });
        }
        return 0;
    }

    private void describe(PrintWriter out, Store store, Transaction tx, DomainRecord rec) {
        RecordWriter writer = new RecordWriter(new JsonExchange().mapper(), new ReferenceLookup(store, tx));
        out.println(rec.ref() + "  " + rec.displayName());
        printFields(out, writer.write(rec), "  ");
        for (Merges.Merged m : store.merges().into(tx, rec.id())) {
            out.println("  merged into it: " + m.oldRef() + " on " + m.mergedAt().toLocalDate());
        }
        if (rec instanceof Case c) {
            List<Incident> timeline = store.incidents().forCase(tx, c.id());
            out.println("Timeline (" + timeline.size() + "):");
            for (Incident i : timeline) {
                out.println("  " + i.ref() + "  " + i.date().toDisplay() + "  " + String.join(", ", i.tactics())
                        + (i.country() == null ? "" : "  " + i.country())
                        + (i.description() == null ? "" : "  — " + i.description()));
            }
        }
        List<Link> links = store.links().touching(tx, rec.id());
        out.println("Links (" + links.size() + "):");
        links.forEach(l -> printLink(out, store, tx, rec.id(), "", l));
        if (rec instanceof Series series) {
            // a conflict between figures shows wherever either figure is
            // a link between two of its figures is listed once, from its first end
            Map<UUID, DataPoint> fromPoint = new java.util.LinkedHashMap<>();
            Map<UUID, Link> pointLinks = new java.util.LinkedHashMap<>();
            for (DataPoint p : series.points()) {
                for (Link l : store.links().touching(tx, p.id())) {
                    fromPoint.putIfAbsent(l.id(), p);
                    pointLinks.putIfAbsent(l.id(), l);
                }
            }
            if (!pointLinks.isEmpty()) {
                out.println("Links of its figures (" + pointLinks.size() + "):");
                pointLinks.forEach((id, l) -> printLink(out, store, tx, fromPoint.get(id).id(),
                        fromPoint.get(id).ref() + "  ", l));
            }
        }
        List<Citation> citations = store.citations().forRecord(tx, rec.id());
        out.println("Citations (" + citations.size() + "):");
        for (Citation c : citations) {
            Source s = store.sources().find(tx, c.sourceId()).orElseThrow();
            out.println("  " + (c.stance() == Stance.SUPPORTS ? "" : c.stance().label().toUpperCase(Locale.ROOT)
                    + (c.claimant() == null ? "" : " (" + c.claimant() + ")") + ": ")
                    + s.ref() + "  " + s.title() + " — " + s.shortCitation()
                    + (c.locator() == null ? "" : ", " + c.locator())
                    + (c.field() == null ? "" : "  [" + c.field() + "]")
                    + (c.grade() == null ? "" : "  graded " + c.grade().code() + " (" + c.grade().describe() + ")"));
        }
    }

    private static void printLink(PrintWriter out, Store store, Transaction tx, UUID from, String prefix, Link l) {
        boolean outgoing = l.fromId().equals(from);
        UUID otherId = outgoing ? l.toId() : l.fromId();
        RecordKind otherKind = outgoing ? l.toKind() : l.fromKind();
        DomainRecord other = store.find(tx, otherKind, otherId).orElseThrow();
        out.println("  " + prefix + (outgoing ? l.relation().label() : l.relation().inverseLabel()) + "  "
                + other.ref() + "  " + other.displayName() + (l.note() == null ? "" : "  (" + l.note() + ")"));
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
