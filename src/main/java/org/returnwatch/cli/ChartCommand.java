package org.returnwatch.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.returnwatch.app.ChartDefinition;
import org.returnwatch.app.Workspace;
import org.returnwatch.chart.ChartLayout;
import org.returnwatch.chart.ChartPalette;
import org.returnwatch.chart.ChartRequest;
import org.returnwatch.chart.ChartService;
import org.returnwatch.chart.ChartType;
import org.returnwatch.chart.ExportFormat;
import org.returnwatch.chart.ExportOptions;
import org.returnwatch.domain.DomainRecord;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Reference;
import org.returnwatch.domain.SavedChart;
import org.returnwatch.store.RecordNotFoundException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "chart", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class ChartCommand implements Callable<Integer> {
    enum Format { png, svg, pdf }

    enum Type { bar, line }

    @ParentCommand
    RootCommand root;

    @Parameters(paramLabel = "SERIES_REF", arity = "1..*")
    List<String> seriesRefs;

    @Option(names = "--format", required = true, paramLabel = "FORMAT")
    Format format;

    @Option(names = "--out", required = true, paramLabel = "PATH")
    Path out;

    @Option(names = "--type", paramLabel = "TYPE")
    Type type;

    @Option(names = "--from", paramLabel = "YEAR")
    Integer from;

    @Option(names = "--to", paramLabel = "YEAR")
    Integer to;

    @Option(names = "--dpi", paramLabel = "N")
    Integer dpi;

    @Option(names = "--title", paramLabel = "TEXT")
    String title;

    @Option(names = "--layout", paramLabel = "LAYOUT", converter = LayoutConverter.class)
    ChartLayout layout;

    @Option(names = "--palette", paramLabel = "PALETTE", converter = PaletteConverter.class)
    ChartPalette palette;

    @Option(names = "--milestones", paramLabel = "AGREEMENT_REF", split = ",")
    List<String> milestoneRefs = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        // one word that is not a reference code names a saved chart; several words must all be references
        String savedName = seriesRefs.size() == 1 && !Reference.looksLikeReference(seriesRefs.get(0))
                ? seriesRefs.get(0) : null;
        List<Reference> series = savedName != null ? List.of() : references(seriesRefs, RecordKind.SERIES);
        List<Reference> agreements = references(milestoneRefs, RecordKind.AGREEMENT);
        if (from != null && to != null && from > to) {
            throw usage(root.msg("--from {0} is after --to {1}", from, to));
        }
        if (dpi != null && (dpi < ExportOptions.MIN_DPI || dpi > ExportOptions.MAX_DPI)) {
            throw usage(root.msg("--dpi must be between {0} and {1}", ExportOptions.MIN_DPI, ExportOptions.MAX_DPI));
        }
        ChartRequest request;
        try (Workspace w = root.openWorkspace()) {
            ChartDefinition d = savedName != null ? saved(w, savedName)
                    : new ChartDefinition(ids(w, series, r -> root.msg("no series {0}", r)), List.of(), null, null,
                            null, null);
            List<UUID> milestones = agreements.isEmpty() ? d.agreementIds()
                    : ids(w, agreements, r -> root.msg("no agreement {0}", r));
            ChartDefinition chosen = new ChartDefinition(d.seriesIds(), milestones,
                    type != null ? ChartType.parse(type.name()) : d.type(), from != null ? from : d.fromYear(),
                    to != null ? to : d.toYear(), title != null ? title : d.title(),
                    layout != null ? layout : d.layout(), palette != null ? palette : d.palette());
            request = w.charts().request(chosen, LocalDate.now());
        } catch (IllegalArgumentException e) {
            // a saved chart's years against a --from or --to given now
            throw new CommandFailedException(root.words().message(e));
        }
        ExportOptions options = dpi == null ? ExportOptions.defaults() : ExportOptions.defaults().withDpi(dpi);
        try {
            ChartService.withInstalledFonts().export(request, ExportFormat.parse(format.name()), out, options);
        } catch (IllegalArgumentException e) {
            throw new CommandFailedException(root.words().message(e));
        } catch (IOException e) {
            throw new CommandFailedException(root.msg("cannot write {0}: {1}", out, e.getMessage()));
        }
        root.spec.commandLine().getOut().println(root.msg("Wrote {0} chart to {1}",
                format.name().toUpperCase(Locale.ROOT), out));
        return 0;
    }

    /** A saved chart as it was saved; options given now override its own. */
    private ChartDefinition saved(Workspace w, String name) {
        SavedChart chart = w.charts().saved(name).orElseThrow(() -> new CommandFailedException(root.msg(
                "no series reference or saved chart called '{0}' (see the Charts screen for saved charts)", name)));
        if (chart.seriesIds().stream().noneMatch(id -> w.lookup().find(RecordKind.SERIES, id).isPresent())) {
            throw new CommandFailedException(root.msg("the saved chart '{0}' has no series left to draw",
                    chart.name()));
        }
        return ChartDefinition.of(chart);
    }

    /** @param missing the message for a reference that names no record */
    private static List<UUID> ids(Workspace w, List<Reference> refs,
                                  java.util.function.Function<Reference, String> missing) {
        List<UUID> found = new ArrayList<>();
        for (Reference r : refs) {
            found.add(w.lookup().byRef(r).map(DomainRecord::id)
                    .orElseThrow(() -> new RecordNotFoundException(missing.apply(r))));
        }
        return found;
    }

    private List<Reference> references(List<String> texts, RecordKind kind) {
        List<Reference> refs = new ArrayList<>();
        for (String t : texts) {
            Reference r;
            try {
                r = Reference.parse(t);
            } catch (IllegalArgumentException e) {
                throw usage(root.words().message(e));
            }
            if (r.kind() != kind) {
                throw usage(kind == RecordKind.SERIES ? root.msg("{0} is not a reference of series", t)
                        : root.msg("{0} is not a reference of agreements", t));
            }
            refs.add(r);
        }
        return refs;
    }

    /** Reads "small-multiples" and the like; a wrong word is a usage error naming the choices. */
    static final class LayoutConverter implements ITypeConverter<ChartLayout> {
        @Override
        public ChartLayout convert(String value) {
            return ChartLayout.parse(value);
        }
    }

    static final class PaletteConverter implements ITypeConverter<ChartPalette> {
        @Override
        public ChartPalette convert(String value) {
            return ChartPalette.parse(value);
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(root.spec.commandLine().getSubcommands().get("chart"), message);
    }
}
