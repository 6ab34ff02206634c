package org.returnwatch.desktop.shell;

import org.returnwatch.exchange.Selection;

/**
 * What a screen's list shows, for an export of just that: the selection, and the words the export
 * dialog offers it with ("the 6 cases the list shows (search “xie”)").
 */
public record ShownRecords(Selection selection, String description) {
}
