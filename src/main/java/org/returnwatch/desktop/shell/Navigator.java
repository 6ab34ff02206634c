package org.returnwatch.desktop.shell;

import org.returnwatch.app.RecordItem;

/** Opens any record where it belongs (a link's other end, an undone delete). */
@FunctionalInterface
public interface Navigator {
    void open(RecordItem item);
}
