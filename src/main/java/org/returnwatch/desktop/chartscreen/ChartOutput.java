package org.returnwatch.desktop.chartscreen;

import static org.returnwatch.i18n.Localization.lang;
import static org.returnwatch.i18n.Localization.message;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.returnwatch.chart.ChartFigure;
import org.returnwatch.chart.ChartRequest;
import org.returnwatch.chart.ChartService;
import org.returnwatch.chart.ExportFormat;
import org.returnwatch.chart.ExportOptions;
import org.returnwatch.desktop.dialog.DialogService;
import org.returnwatch.desktop.task.TaskRunner;

/**
 * Export and print of the chart on show. Each builds its own chart from the request in the background,
 * so the viewer's chart is never drawn on two threads at once, and no file is written on the JavaFX thread.
 */
public final class ChartOutput {
    /** The resolutions offered for a PNG; 300 dpi is what printers of reports expect. */
    public static final List<Integer> DPI_CHOICES = List.of(96, 150, 300, 600);

    private final TaskRunner runner;
    private final TaskRunner printRunner;
    private final DialogService dialogs;
    private final Supplier<ChartService> service;
    private final ChartPrinters printers;
    private final ChartDialogs chartDialogs;
    private final ReadOnlyObjectProperty<ChartRequest> request;
    private final IntegerProperty dpi;
    private final ReadOnlyBooleanWrapper working;
    private final ReadOnlyStringWrapper status;

    /**
     * @param runner      file work (exports)
     * @param printRunner preparing and sending a print job: not the database's runner, so the database
     *                    never waits behind a printer
     */
    ChartOutput(TaskRunner runner, TaskRunner printRunner, DialogService dialogs, ChartDialogs chartDialogs,
                Supplier<ChartService> service, ChartPrinters printers, ReadOnlyObjectProperty<ChartRequest> request,
                IntegerProperty dpi, ReadOnlyBooleanWrapper working, ReadOnlyStringWrapper status) {
        this.runner = runner;
        this.printRunner = printRunner;
        this.dialogs = dialogs;
        this.chartDialogs = chartDialogs;
        this.service = service;
        this.printers = printers;
        this.request = request;
        this.dpi = dpi;
        this.working = working;
        this.status = status;
    }

    /** Asks where to write the chart on show, then writes it in the background. */
    public void export(ExportFormat format) {
        ChartRequest r = request.get();
        if (r == null) {
            return;
        }
        String ext = format.extension();
        dialogs.chooseExportFile(lang("Export chart as {0}", format.name()), suggestedName(r) + "." + ext,
                lang("{0} file", format.name()), ext).ifPresent(chosen -> {
                    Path out = ExportFormat.ofFileName(chosen).orElse(null) == format ? chosen
                            : chosen.resolveSibling(chosen.getFileName() + "." + ext);
                    ExportOptions options = ExportOptions.defaults().withDpi(dpi.get());
                    working.set(true);
                    status.set(lang("Exporting…"));
                    runner.run(lang("exporting the chart"), () -> {
                        service.get().export(r, format, out, options);
                        return out;
                    }, done -> {
                        working.set(false);
                        status.set(lang("Wrote {0}.", done.getFileName()));
                    }, e -> {
                        working.set(false);
                        status.set("");
                        dialogs.showError(lang("Export chart"), lang("Could not write {0}: "
                                + "{1}", out.getFileName(), message(e)));
                    });
                });
    }

    /**
     * Prints the chart on show: its figure is prepared in the background, then the preview shows the page
     * as it will print and the job goes from the background too. With no printer installed it says so and
     * offers a PDF instead.
     */
    public void print() {
        ChartRequest r = request.get();
        if (r == null) {
            return;
        }
        working.set(true);
        status.set(lang("Preparing the page…"));
        printRunner.run(lang("preparing the chart for print"), () -> new ForPrint(printers.names(),
                service.get().figure(r)),
                prepared -> {
                    working.set(false);
                    status.set("");
                    if (prepared.printers().isEmpty()) {
                        offerPdf();
                    } else {
                        preview(prepared);
                    }
                }, e -> {
                    working.set(false);
                    status.set("");
                    dialogs.showError(lang("Print chart"), lang("Could not prepare the chart for print: {0}",
                            message(e)));
                });
    }

    /** The printers found and the chart with its caption, as they print. */
    private record ForPrint(List<String> printers, ChartFigure figure) {
    }

    private void offerPdf() {
        if (dialogs.confirm(lang("Print chart"),
                lang("No printer is installed on this computer. Save the chart as a PDF "
                + "instead, to print it from another computer?"), lang("Save as PDF…"))) {
            export(ExportFormat.PDF);
        }
    }

    private void preview(ForPrint prepared) {
        PrintPreviewViewModel preview = new PrintPreviewViewModel(prepared.figure(), prepared.printers(),
                Locale.getDefault());
        if (!chartDialogs.askPrint(preview)) {
            return;
        }
        PrintPreviewViewModel.Placement placed = preview.placement();
        String printer = placed.page().printer();
        working.set(true);
        status.set(lang("Printing on {0}…", printer));
        printRunner.run(lang("printing the chart"), () -> printers.print(prepared.figure(), placed.page(),
                placed.chartHeightPt()), sent -> {
                    working.set(false);
                    status.set(sent ? lang("Sent to {0}.", printer) : lang("{0} did not take the chart.", printer));
                }, e -> {
                    working.set(false);
                    status.set("");
                    dialogs.showError(lang("Print chart"), lang("Could not print on {0}: {1}", printer,
                            message(e)));
                });
    }

    /** The title, made safe as a file name. */
    static String suggestedName(ChartRequest r) {
        String name = r.displayTitle().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("^-|-$", "");
        if (name.length() > 60) {
            name = name.substring(0, 60).replaceAll("-$", "");
        }
        return name.isEmpty() ? "chart" : name;
    }
}
