package org.returnwatch.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.returnwatch.app.Dossiers;
import org.returnwatch.app.Workspace;
import org.returnwatch.domain.Campaign;
import org.returnwatch.domain.CaseKind;
import org.returnwatch.domain.CaseQuery;
import org.returnwatch.domain.Outcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Print the cases a search and filters select (as the case list in the window shows them), one "
                + "row each, as a PDF table.")
final class ReportCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "the PDF to write")
    Path out;

    @Option(names = "--query", paramLabel = "TEXT", description = "only cases whose text holds every word of TEXT")
    String query;

    @Option(names = "--tactic", paramLabel = "CODE", split = ",", description = "only cases with an incident of "
            + "this tactic (its code, e.g. FAMILY_PRESSURE)")
    List<String> tactics = new ArrayList<>();

    @Option(names = "--residence", paramLabel = "COUNTRY", split = ",", description = "only cases living in COUNTRY")
    List<String> residence = new ArrayList<>();

    @Option(names = "--outcome", paramLabel = "OUTCOME", split = ",", description = "e.g. RETURNED_UNDER_PRESSURE")
    List<String> outcomes = new ArrayList<>();

    @Option(names = "--campaign", paramLabel = "CAMPAIGN", split = ",", description = "FOX_HUNT, SKY_NET, OTHER, NONE")
    List<String> campaigns = new ArrayList<>();

    @Option(names = "--year", paramLabel = "YEAR", split = ",", description = "only cases with an incident that year")
    List<Integer> years = new ArrayList<>();

    @Option(names = "--kind", paramLabel = "KIND", split = ",",
            description = "INDIVIDUAL, GROUP or CONTEXT (default: every kind)")
    List<String> kinds = new ArrayList<>();

    @Mixin
    PrintOptions print;

    @Override
    public Integer call() {
        Dossiers.Options options = print.toOptions(spec);
        CaseQuery q = new CaseQuery(query, Set.copyOf(upper(tactics)), Set.copyOf(residence),
                values(outcomes, Outcome.class, "--outcome"), values(campaigns, Campaign.class, "--campaign"),
                Set.copyOf(years), values(kinds, CaseKind.class, "--kind"), CaseQuery.CaseSort.REFERENCE, false);
        Dossiers.Printed p;
        try (Workspace ws = root.openWorkspace()) {
            p = ws.dossiers().printList(q, options, out);
        }
        root.spec.commandLine().getOut().println(PrintOptions.done(p));
        return 0;
    }

    private static List<String> upper(List<String> words) {
        return words.stream().map(w -> w.strip().toUpperCase(Locale.ROOT)).toList();
    }

    private <E extends Enum<E>> Set<E> values(List<String> words, Class<E> type, String option) {
        Set<E> out = new HashSet<>();
        for (String w : upper(words)) {
            try {
                out.add(Enum.valueOf(type, w));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), option + ": unknown value " + w);
            }
        }
        return out;
    }
}
