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

@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class ReportCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf")
    Path out;

    @Option(names = "--query", paramLabel = "TEXT")
    String query;

    @Option(names = "--tactic", paramLabel = "CODE", split = ",")
    List<String> tactics = new ArrayList<>();

    @Option(names = "--residence", paramLabel = "COUNTRY", split = ",")
    List<String> residence = new ArrayList<>();

    @Option(names = "--outcome", paramLabel = "OUTCOME", split = ",")
    List<String> outcomes = new ArrayList<>();

    @Option(names = "--campaign", paramLabel = "CAMPAIGN", split = ",")
    List<String> campaigns = new ArrayList<>();

    @Option(names = "--year", paramLabel = "YEAR", split = ",")
    List<Integer> years = new ArrayList<>();

    @Option(names = "--kind", paramLabel = "KIND", split = ",")
    List<String> kinds = new ArrayList<>();

    @Mixin
    PrintOptions print;

    @Override
    public Integer call() {
        Dossiers.Options options = print.toOptions(spec, root);
        CaseQuery q = new CaseQuery(query, Set.copyOf(upper(tactics)), Set.copyOf(residence),
                values(outcomes, Outcome.class, "--outcome"), values(campaigns, Campaign.class, "--campaign"),
                Set.copyOf(years), values(kinds, CaseKind.class, "--kind"), CaseQuery.CaseSort.REFERENCE, false);
        Dossiers.Printed p;
        try (Workspace ws = root.openWorkspace()) {
            p = ws.dossiers().printList(q, options, out);
        }
        root.spec.commandLine().getOut().println(PrintOptions.done(p, root));
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
                throw new ParameterException(spec.commandLine(), root.msg("{0}: unknown value {1}", option, w));
            }
        }
        return out;
    }
}
