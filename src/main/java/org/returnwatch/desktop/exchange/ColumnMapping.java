package org.returnwatch.desktop.exchange;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.returnwatch.desktop.dialog.DialogService;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.task.TaskRunner;
import org.returnwatch.exchange.MappedImport;
import org.returnwatch.exchange.Mapping;

/** How a single CSV file's columns map to fields; until the window has its mapping dialog, the command line does it. */
final class ColumnMapping {
    private final DialogService dialogs;

    ColumnMapping(Session session, TaskRunner runner, DialogService dialogs, MappedImport service) {
        this.dialogs = dialogs;
    }

    void ask(Path csv, Consumer<Mapping> then) {
        dialogs.showError("Import", csv.getFileName() + " is a single CSV file: import it from the command line with "
                + "import PATH --mapping FILE (docs/csv-mapping.md).");
    }

    void askAgain(Path csv, Consumer<Mapping> then) {
        ask(csv, then);
    }
}
