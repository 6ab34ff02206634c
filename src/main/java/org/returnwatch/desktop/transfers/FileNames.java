package org.returnwatch.desktop.transfers;

import java.nio.file.Path;
import java.util.Locale;

/** What the file choosers give back, made into the file that is written. */
final class FileNames {
    private FileNames() {
    }

    /** The chosen file with {@code ext} added when its name does not end in it: choosers do not add it everywhere. */
    static Path withExtension(Path chosen, String ext) {
        return chosen.getFileName().toString().toLowerCase(Locale.ROOT).endsWith("." + ext) ? chosen
                : chosen.resolveSibling(chosen.getFileName() + "." + ext);
    }
}
