package org.returnwatch.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.returnwatch.app.References;
import org.returnwatch.app.Workspace;
import org.returnwatch.domain.CaseQuery;
import org.returnwatch.domain.CaseStatus;
import org.returnwatch.domain.DomainRecord;
import org.returnwatch.domain.FuzzyDate;
import org.returnwatch.domain.Labelled;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.exchange.JsonExchange;
import org.returnwatch.exchange.RecordWriter;
import org.returnwatch.exchange.SpreadsheetSafe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class ListCommand implements Callable<Integer> {
    enum Format { table, csv, json }

    @ParentCommand
    RootCommand root;

    @Parameters(paramLabel = "KIND")
    String kindWord;

    @Option(names = "--query", paramLabel = "TEXT")
    String query;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table")
    Format format;

    @Option(names = "--status", paramLabel = "STATUS", split = ",")
    List<String> statusWords;

    @Option(names = "--due-before", paramLabel = "DATE")
    String dueBefore;

    @Override
    public Integer call() throws IOException {
        RecordKind kind = RecordKind.fromPlural(kindWord).filter(k -> k != RecordKind.DATA_POINT)
                .orElseThrow(() -> new picocli.CommandLine.ParameterException(root.spec.commandLine()
                        .getSubcommands().get("list"), root.msg("unknown KIND '{0}' (use cases, incidents, agreements, "
                        + "series, sources, actors, links or citations)", kindWord)));
        CaseQuery casework = caseworkFilter(kind);
        PrintWriter out = root.spec.commandLine().getOut();
        try (Workspace w = root.openWorkspace()) {
            List<? extends DomainRecord> records = casework != null ? w.caseList().page(casework, 0, Integer.MAX_VALUE)
                    : w.lookup().page(kind, query, 0, Integer.MAX_VALUE);
            print(out, kind, records, w.lookup().references());
        }
        return 0;
    }

    /** The case query of --status and --due-before, or null when neither is given; a bad value stops here. */
    private CaseQuery caseworkFilter(RecordKind kind) {
        if (statusWords == null && dueBefore == null) {
            return null;
        }
        picocli.CommandLine list = root.spec.commandLine().getSubcommands().get("list");
        if (kind != RecordKind.CASE) {
            throw new picocli.CommandLine.ParameterException(list, root.msg("--status and --due-before apply to cases "
                    + "only, not {0}", kind.plural()));
        }
        Set<CaseStatus> statuses = new HashSet<>();
        for (String w : statusWords == null ? List.<String>of() : statusWords) {
            statuses.add(CaseStatus.fromWord(w).orElseThrow(() -> new picocli.CommandLine.ParameterException(list,
                    root.msg("--status: '{0}' is not a status (use open, monitoring or closed)", w))));
        }
        LocalDate due = null;
        if (dueBefore != null) {
            try {
                due = LocalDate.parse(dueBefore.strip());
            } catch (DateTimeParseException e) {
                throw new picocli.CommandLine.ParameterException(list, root.msg("--due-before: '{0}' is not a date "
                        + "of the form YYYY-MM-DD", dueBefore));
            }
        }
        return CaseQuery.ALL.withText(query).withCasework(statuses, null, due);
    }

    private void print(PrintWriter out, RecordKind kind, List<? extends DomainRecord> records, References refs) {
        Function<UUID, String> refOf = refs::text;
        switch (format) {
            case json -> {
                JsonExchange exchange = new JsonExchange();
                RecordWriter writer = new RecordWriter(exchange.mapper(), refs);
                ArrayNode array = exchange.mapper().createArrayNode();
                records.forEach(r -> array.add(writer.write(r)));
                out.println(array.toPrettyString());
            }
            case csv -> printCsv(out, kind, records, refOf);
            case table -> {
                // a table is read by a person, in their language; CSV and JSON stay as scripts expect them
                Words words = root.words();
                List<RecordColumns.Column> cols = new RecordColumns(refOf, words::label, words::date).forKind(kind);
                List<List<String>> rows = new ArrayList<>();
                for (DomainRecord r : records) {
                    rows.add(cols.stream().map(c -> c.value().apply(r)).toList());
                }
                TextTable.print(out, cols.stream().map(c -> words.msg(c.header())).toList(), rows);
            }
        }
    }

    private void printCsv(PrintWriter out, RecordKind kind, List<? extends DomainRecord> records,
                          Function<UUID, String> refOf) {
        List<RecordColumns.Column> cols = new RecordColumns(refOf, Labelled::label, FuzzyDate::toDisplay).forKind(kind);
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(cols.stream().map(c -> c.header().toLowerCase(java.util.Locale.ROOT).replace(' ', '_'))
                        .toArray(String[]::new)).build())) {
            for (DomainRecord r : records) {
                csv.printRecord(cols.stream().map(c -> SpreadsheetSafe.cell(c.value().apply(r))).toList());
            }
        } catch (IOException e) {
            throw new CommandFailedException(root.msg("cannot write CSV: {0}", e.getMessage()));
        }
    }
}
