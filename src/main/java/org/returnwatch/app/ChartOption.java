package org.returnwatch.app;

import java.util.UUID;

/** A series or agreement as the Charts screen offers it: its id and the words of its line. */
public record ChartOption(UUID id, String label) {
}
