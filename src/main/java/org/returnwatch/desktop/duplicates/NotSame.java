package org.returnwatch.desktop.duplicates;

import static org.returnwatch.i18n.Localization.lang;
import static org.returnwatch.i18n.Localization.message;

import java.util.List;
import javafx.beans.property.StringProperty;
import org.returnwatch.app.Duplicates;
import org.returnwatch.app.Workspace;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.task.Tasks;

/** What the window says once a pair is marked as two people. */
final class NotSame {
    private NotSame() {
    }

    /**
     * Marks the pair as two people off the window's thread; then it leaves {@code pairs} and
     * {@code notice} says so (or says what went wrong).
     */
    static void mark(Session session, Tasks tasks, Duplicates.Pair p, List<Duplicates.Pair> pairs,
                     StringProperty notice) {
        Workspace w = session.workspace();
        tasks.run(lang("marking two records as different people"), () -> {
            w.duplicates().markDistinct(p.first().kind(), p.first().id(), p.second().id());
            return p;
        }, done -> {
            pairs.remove(done);
            notice.set(said(done));
        }, e -> notice.set(message(e)));
    }

    static String said(Duplicates.Pair p) {
        return lang("{0} and {1} are marked as not the same person; they will not be "
                + "proposed as duplicates again.", p.first().ref(), p.second().ref());
    }
}
