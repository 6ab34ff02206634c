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

@Command(name = "chart", description = {"Draw series as a chart and export it for a report.",
    "Flows are drawn as bars and stocks as lines unless --type says otherwise; figures over a span are drawn "
        + "across the span; years without a figure are marked; a line joins only consecutive years of one "
        + "source; hedges and ranges are marked; notes and a source line go in a caption under the chart "
        + "(see docs/chart-rules.md)."})
final class ChartCommand implements Callable<Integer> {
    enum Format { png, svg, pdf }

    enum Type { bar, line }

    @ParentCommand
    RootCommand root;

    @Parameters(paramLabel = "SERIES_REF", arity = "1..*",
            description = "series reference codes, e.g. RW-S-0001, or the name of a chart saved on the Charts screen")
    List<String> seriesRefs;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "png, svg or pdf")
    Format format;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "the file to write")
    Path out;

    @Option(names = "--type", paramLabel = "TYPE", description = "bar or line for every series")
    Type type;

    @Option(names = "--from", paramLabel = "YEAR", description = "first year shown")
    Integer from;

    @Option(names = "--to", paramLabel = "YEAR", description = "last year shown")
    Integer to;

    @Option(names = "--dpi", paramLabel = "N", description = "resolution of a PNG (default 300)")
    Integer dpi;

    @Option(names = "--title", paramLabel = "TEXT",
            description = "the chart's title (default: the series' names, joined as a sentence)")
    String title;

    @Option(names = "--layout", paramLabel = "LAYOUT", converter = LayoutConverter.class,
            description = "auto, one-axis, second-axis or small-multiples (default: a saved chart's own, else auto: "
                    + "one "
                    + "axis when the series are comparable, else a panel each)")
    ChartLayout layout;

    @Option(names = "--palette", paramLabel = "PALETTE", converter = PaletteConverter.class,
            description = "colour-blind-safe or greyscale (default: a saved chart's own, else colour-blind-safe)")
    ChartPalette palette;

    @Option(names = "--milestones", paramLabel = "AGREEMENT_REF", split = ",",
            description = "agreements whose dated status changes are marked on the time axis")
    List<String> milestoneRefs = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        // one word that is not a reference code names a saved chart; several words must all be references
        String savedName = seriesRefs.size() == 1 && !Reference.looksLikeReference(seriesRefs.get(0))
                ? seriesRefs.get(0) : null;
        List<Reference> series = savedName != null ? List.of() : references(seriesRefs, RecordKind.SERIES);
        List<Reference> agreements = references(milestoneRefs, RecordKind.AGREEMENT);
        if (from != null && to != null && from > to) {
            throw usage("--from " + from + " is after --to " + to);
        }
        if (dpi != null && (dpi < ExportOptions.MIN_DPI || dpi > ExportOptions.MAX_DPI)) {
            throw usage("--dpi must be between " + ExportOptions.MIN_DPI + " and " + ExportOptions.MAX_DPI);
        }
        ChartRequest request;
        try (Workspace w = root.openWorkspace()) {
            ChartDefinition d = savedName != null ? saved(w, savedName)
                    : new ChartDefinition(ids(w, series, "series"), List.of(), null, null, null, null);
            List<UUID> milestones = agreements.isEmpty() ? d.agreementIds() : ids(w, agreements, "agreement");
            ChartDefinition chosen = new ChartDefinition(d.seriesIds(), milestones,
                    type != null ? ChartType.parse(type.name()) : d.type(), from != null ? from : d.fromYear(),
                    to != null ? to : d.toYear(), title != null ? title : d.title(),
                    layout != null ? layout : d.layout(), palette != null ? palette : d.palette());
            request = w.charts().request(chosen, LocalDate.now());
        } catch (IllegalArgumentException e) {
            // a saved chart's years against a --from or --to given now
            throw new CommandFailedException(e.getMessage());
        }
        ExportOptions options = dpi == null ? ExportOptions.defaults() : ExportOptions.defaults().withDpi(dpi);
        try {
            ChartService.withInstalledFonts().export(request, ExportFormat.parse(format.name()), out, options);
        } catch (IllegalArgumentException e) {
            throw new CommandFailedException(e.getMessage());
        } catch (IOException e) {
            throw new CommandFailedException("cannot write " + out + ": " + e.getMessage());
        }
        root.spec.commandLine().getOut().println("Wrote " + format.name().toUpperCase(Locale.ROOT) + " chart to "
                + out);
        return 0;
    }

    /** A saved chart as it was saved; options given now override its own. */
    private static ChartDefinition saved(Workspace w, String name) {
        SavedChart chart = w.charts().saved(name).orElseThrow(() -> new CommandFailedException(
                "no series reference or saved chart called '" + name + "' (see the Charts screen for saved charts)"));
        if (chart.seriesIds().stream().noneMatch(id -> w.lookup().find(RecordKind.SERIES, id).isPresent())) {
            throw new CommandFailedException("the saved chart '" + chart.name() + "' has no series left to draw");
        }
        return ChartDefinition.of(chart);
    }

    private static List<UUID> ids(Workspace w, List<Reference> refs, String what) {
        List<UUID> found = new ArrayList<>();
        for (Reference r : refs) {
            found.add(w.lookup().byRef(r).map(DomainRecord::id)
                    .orElseThrow(() -> new RecordNotFoundException("no " + what + " " + r)));
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
                throw usage(e.getMessage());
            }
            if (r.kind() != kind) {
                throw usage(t + " is not a reference of " + kind.plural());
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
