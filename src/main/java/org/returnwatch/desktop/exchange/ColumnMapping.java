package org.returnwatch.desktop.exchange;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.returnwatch.desktop.common.RecordItem;
import org.returnwatch.desktop.dialog.DialogService;
import org.returnwatch.desktop.mapping.MappingViewModel;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.task.TaskRunner;
import org.returnwatch.domain.Tactic;
import org.returnwatch.exchange.Mapping;
import org.returnwatch.store.Store;

/**
 * The column-mapping step of importing someone else's CSV. The mapping dialog's state is kept for
 * the file, so going back to it from the problems of a refused check finds every choice as it was.
 */
final class ColumnMapping {
    /** What the dialog offers from the database: stored sources to cite, and the tactics' codes. */
    private record Choices(List<RecordItem> sources, List<String> tactics) {
    }

    private final Session session;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final ObjectMapper mapper;
    private MappingViewModel last;

    ColumnMapping(Session session, TaskRunner runner, DialogService dialogs, ObjectMapper mapper) {
        this.session = session;
        this.runner = runner;
        this.dialogs = dialogs;
        this.mapper = mapper;
    }

    /** Opens the mapping dialog on a new file; {@code then} gets the mapping, unless the user cancels. */
    void ask(Path csv, Consumer<Mapping> then) {
        Store store = session.store();
        runner.run("reading sources and tactics", () -> store.read(tx -> new Choices(
                store.sources().all(tx).stream().map(RecordItem::of).toList(),
                store.tactics().all(tx).stream().map(Tactic::code).toList())), c -> {
                    last = new MappingViewModel(csv, c.sources(), c.tactics(), mapper, runner, dialogs);
                    dialogs.mapColumns(last).ifPresent(then);
                }, e -> dialogs.showError("Import", e.getMessage()));
    }

    /** Opens the dialog again with the choices made for {@code csv}, or afresh for another file. */
    void askAgain(Path csv, Consumer<Mapping> then) {
        if (last != null && last.csv().equals(csv)) {
            dialogs.mapColumns(last).ifPresent(then);
        } else {
            ask(csv, then);
        }
    }
}
