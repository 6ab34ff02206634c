package org.returnwatch.desktop.duplicates;

import static org.returnwatch.i18n.Localization.lang;
import static org.returnwatch.i18n.Localization.message;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.returnwatch.app.Merging;
import org.returnwatch.app.Merging.Choice;
import org.returnwatch.app.RecordItem;
import org.returnwatch.app.Workspace;
import org.returnwatch.desktop.task.TaskRunner;
import org.returnwatch.desktop.task.Tasks;
import org.returnwatch.domain.RecordKind;

/**
 * The merge dialog's state: the two records side by side, for each field they differ on the value to
 * keep (the kept record's, the removed one's, or both where a field can hold both; the proposal
 * chosen at first), and what moves from the removed record to the kept one.
 */
public final class MergeViewModel {
    /** One field that differs, and the value chosen for it. */
    public static final class Row {
        private final Merging.FieldDifference difference;
        private final ObjectProperty<Choice> choice;

        Row(Merging.FieldDifference difference) {
            this.difference = difference;
            this.choice = new SimpleObjectProperty<>(this, "choice", difference.proposed());
        }

        public String label() {
            return difference.label();
        }

        public String kept() {
            return difference.kept();
        }

        public String removed() {
            return difference.removed();
        }

        public boolean bothAllowed() {
            return difference.bothAllowed();
        }

        public String field() {
            return difference.field();
        }

        public ObjectProperty<Choice> choiceProperty() {
            return choice;
        }
    }

    private final Workspace workspace;
    private final Tasks tasks;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Merging.Preview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    public MergeViewModel(Workspace workspace, TaskRunner runner, Merging.Preview first) {
        this.workspace = workspace;
        this.tasks = new Tasks(runner);
        show(first);
    }

    private void show(Merging.Preview p) {
        preview.set(p);
        rows.setAll(p.differences().stream().map(Row::new).toList());
        summary.set(summary(p));
        problem.set("");
    }

    /** Keeps the other record instead: read again, since the fields and what moves change with it. */
    public void swap() {
        Merging.Preview p = preview.get();
        RecordKind kind = p.kept().kind();
        tasks.supersede();
        tasks.run(lang("reading the two records"), () -> workspace.merging().preview(kind, p.removed().id(),
                p.kept().id()),
                this::show, e -> problem.set(message(e)));
    }

    /** Sets the choice for a field; a choice of both where the field holds one value is refused. */
    public void choose(String field, Choice c) {
        for (Row r : rows) {
            if (r.field().equals(field)) {
                if (c == Choice.BOTH && !r.bothAllowed()) {
                    throw new IllegalArgumentException(lang("{0} holds one value: choose one", r.label()));
                }
                r.choice.set(c);
                return;
            }
        }
        throw new IllegalArgumentException(lang("the two records do not differ on {0}", field));
    }

    /** The choice of each differing field, as the merge takes them. */
    public Map<String, Choice> choices() {
        Map<String, Choice> out = new LinkedHashMap<>();
        rows.forEach(r -> out.put(r.field(), r.choice.get()));
        return out;
    }

    /** "2 incidents, 3 links and 4 citations move to RW-C-0007 …". */
    static String summary(Merging.Preview p) {
        List<String> moves = new ArrayList<>();
        add(moves, p.incidents(), "incident");
        add(moves, p.links(), "link");
        add(moves, p.citations(), "citation");
        add(moves, p.files(), lang("evidence file"));
        add(moves, p.followUps(), "follow-up");
        String what = moves.isEmpty() ? lang("Nothing else hangs on {0}. ", p.removed().ref())
                : joined(moves) + (moves.size() == 1 && moves.get(0).startsWith("1 ") ? lang(" moves") : lang(" move"))
                + lang(" from {0} to {1}. ", p.removed().ref(), p.kept().ref());
        String names = p.kept().kind() == RecordKind.CASE ? lang("{0}'s name stays as an alias. ",
                p.removed().ref()) : "";
        return what + names + p.removed().ref() + lang(" is then retired and leads to {0}"
                + ". Edit → Undo delete or merge (Ctrl+Z) undoes the merge while {1}"
                + " is unchanged.", p.kept().ref(), p.kept().ref());
    }

    private static void add(List<String> out, int n, String word) {
        if (n > 0) {
            out.add(n + " " + word + (n == 1 ? "" : "s"));
        }
    }

    private static String joined(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return lang("{0} and {1}", String.join(", ", parts.subList(0, parts.size() - 1)), parts.get(parts.size() - 1));
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<Merging.Preview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public RecordItem kept() {
        return preview.get().kept();
    }

    public RecordItem removed() {
        return preview.get().removed();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Why swapping failed (a record deleted meanwhile); empty otherwise. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
