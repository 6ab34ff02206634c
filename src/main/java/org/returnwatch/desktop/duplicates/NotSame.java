package org.returnwatch.desktop.duplicates;

import org.returnwatch.app.Duplicates;

/** What the window says once a pair is marked as two people. */
final class NotSame {
    private NotSame() {
    }

    static String said(Duplicates.Pair p) {
        return p.first().ref() + " and " + p.second().ref() + " are marked as not the same person; they will not be "
                + "proposed as duplicates again.";
    }
}
