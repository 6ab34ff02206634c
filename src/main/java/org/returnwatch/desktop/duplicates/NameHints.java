package org.returnwatch.desktop.duplicates;

import static org.returnwatch.i18n.Localization.lang;

import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import org.returnwatch.app.Workspace;
import org.returnwatch.desktop.common.FormText;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.task.TaskRunner;
import org.returnwatch.desktop.task.Tasks;

/**
 * "Also found as: Wang Hsiao-ming, Wong Siu-ming" under a name being typed, so the user sees why a
 * record matches a search. The readings are worked out off the window's thread (the first one loads
 * ICU's transforms, about a second); each keystroke supersedes the answer still on its way.
 */
public final class NameHints {
    private final Session session;
    private final Tasks tasks;
    private final ObservableValue<String> name;
    private final ObservableValue<String> nativeName;
    private final ObservableValue<String> aliases;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");

    /** @param aliases one alias per line, or null for a record without aliases */
    public NameHints(Session session, TaskRunner runner, ObservableValue<String> name,
                     ObservableValue<String> nativeName, ObservableValue<String> aliases) {
        this.session = session;
        this.tasks = new Tasks(runner);
        this.name = name;
        this.nativeName = nativeName;
        this.aliases = aliases;
        name.addListener((o, a, b) -> update());
        nativeName.addListener((o, a, b) -> update());
        if (aliases != null) {
            aliases.addListener((o, a, b) -> update());
        }
    }

    private void update() {
        tasks.supersede();
        if (!session.isUnlocked()) {
            text.set("");
            return;
        }
        Workspace w = session.workspace();
        String n = FormText.orEmpty(name.getValue());
        String nn = FormText.orEmpty(nativeName.getValue());
        List<String> al = aliases == null ? List.of() : FormText.splitLines(aliases.getValue());
        tasks.runAside(lang("reading names"), () -> w.names().alsoFoundAs(n, nn, al),
                forms -> text.set(forms.isEmpty() ? "" : lang("Also found as: {0}", String.join(", ", forms))),
                e -> text.set(""));
    }

    /** Drops the line and any answer on its way (on lock). */
    public void forget() {
        tasks.cancelAll();
        text.set("");
    }

    /** Empty when the name has no other reading. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
