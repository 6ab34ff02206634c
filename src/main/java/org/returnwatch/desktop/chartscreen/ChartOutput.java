package org.returnwatch.desktop.chartscreen;

import java.awt.HeadlessException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.returnwatch.chart.ChartRequest;
import org.returnwatch.chart.ChartService;
import org.returnwatch.chart.ExportFormat;
import org.returnwatch.chart.ExportOptions;
import org.returnwatch.desktop.dialog.DialogService;
import org.returnwatch.desktop.task.TaskRunner;

/**
 * Export and print of the chart on show. Each builds its own chart from the request in the background,
 * so the viewer's chart is never drawn on two threads at once.
 */
public final class ChartOutput {
    /** The resolutions offered for a PNG; 300 dpi is what printers of reports expect. */
    public static final List<Integer> DPI_CHOICES = List.of(96, 150, 300, 600);

    private final TaskRunner runner;
    private final TaskRunner printRunner;
    private final DialogService dialogs;
    private final Supplier<ChartService> service;
    private final ChartsViewModel.Printer printer;
    private final ReadOnlyObjectProperty<ChartRequest> request;
    private final IntegerProperty dpi;
    private final ReadOnlyBooleanWrapper working;
    private final ReadOnlyStringWrapper status;

    ChartOutput(TaskRunner runner, TaskRunner printRunner, DialogService dialogs, Supplier<ChartService> service,
                ChartsViewModel.Printer printer, ReadOnlyObjectProperty<ChartRequest> request, IntegerProperty dpi,
                ReadOnlyBooleanWrapper working, ReadOnlyStringWrapper status) {
        this.runner = runner;
        this.printRunner = printRunner;
        this.dialogs = dialogs;
        this.service = service;
        this.printer = printer;
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
        dialogs.chooseExportFile("Export chart as " + format.name(), suggestedName(r) + "." + ext,
                format.name() + " file", ext).ifPresent(chosen -> {
                    Path out = ExportFormat.ofFileName(chosen).orElse(null) == format ? chosen
                            : chosen.resolveSibling(chosen.getFileName() + "." + ext);
                    ExportOptions options = ExportOptions.defaults().withDpi(dpi.get());
                    working.set(true);
                    status.set("Exporting\u2026");
                    runner.run("exporting the chart", () -> {
                        service.get().export(r, format, out, options);
                        return out;
                    }, done -> {
                        working.set(false);
                        status.set("Wrote " + done.getFileName() + ".");
                    }, e -> {
                        working.set(false);
                        status.set("");
                        dialogs.showError("Export chart", "Could not write " + out.getFileName() + ": "
                                + e.getMessage());
                    });
                });
    }

    /** Prints through the system's page and printer dialogs, which are opened off the JavaFX thread. */
    public void print() {
        ChartRequest r = request.get();
        if (r == null) {
            return;
        }
        working.set(true);
        status.set("Printing\u2026");
        printRunner.run("printing the chart", () -> printer.print(service.get().build(r)), sent -> {
            working.set(false);
            status.set(sent ? "Sent to the printer." : "Printing cancelled.");
        }, e -> {
            working.set(false);
            status.set("");
            dialogs.showError("Print chart", e instanceof HeadlessException
                    ? "There is no display for the print dialogs." : "Could not print: " + e.getMessage());
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
