package org.returnwatch.desktop.transfers;

import static org.returnwatch.i18n.Localization.lang;
import static org.returnwatch.i18n.Localization.message;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.returnwatch.app.Transfers.MappingChoices;
import org.returnwatch.app.Workspace;
import org.returnwatch.desktop.dialog.DialogService;
import org.returnwatch.desktop.mapping.MappingDialogs;
import org.returnwatch.desktop.mapping.MappingViewModel;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.task.TaskRunner;
import org.returnwatch.exchange.JsonExchange;
import org.returnwatch.exchange.Mapping;

/**
 * The column-mapping step of importing someone else's CSV. The mapping dialog's state is kept for
 * the file, so going back to it from the problems of a refused check finds every choice as it was.
 */
final class ColumnMapping {
    private final Session session;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final MappingDialogs mappingDialogs;
    /** Made at the first mapping, off the window's thread: the JSON library is not loaded before it is used. */
    private volatile ObjectMapper mapper;
    private MappingViewModel last;

    ColumnMapping(Session session, TaskRunner runner, DialogService dialogs, MappingDialogs mappingDialogs) {
        this.session = session;
        this.runner = runner;
        this.dialogs = dialogs;
        this.mappingDialogs = mappingDialogs;
    }

    /** Opens the mapping dialog on a new file; {@code then} gets the mapping, unless the user cancels. */
    void ask(Path csv, Consumer<Mapping> then) {
        Workspace w = session.workspace();
        runner.run(lang("reading sources and tactics"), () -> new Ready(w.transfers().mappingChoices(), mapper()),
                r -> {
                    last = new MappingViewModel(csv, r.choices().sources(), r.choices().tactics(), r.mapper(), runner,
                            dialogs);
                    mappingDialogs.mapColumns(last).ifPresent(then);
                }, e -> dialogs.showError(lang("Import"), message(e)));
    }

    private ObjectMapper mapper() {
        if (mapper == null) {
            mapper = new JsonExchange().mapper();
        }
        return mapper;
    }

    /** What the mapping dialog needs, made in the background. */
    private record Ready(MappingChoices choices, ObjectMapper mapper) {
    }

    /** Opens the dialog again with the choices made for {@code csv}, or afresh for another file. */
    void askAgain(Path csv, Consumer<Mapping> then) {
        if (last != null && last.csv().equals(csv)) {
            mappingDialogs.mapColumns(last).ifPresent(then);
        } else {
            ask(csv, then);
        }
    }
}
