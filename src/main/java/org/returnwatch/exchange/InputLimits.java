package org.returnwatch.exchange;

import static org.returnwatch.i18n.Phrase.phrase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How big an input may be. Imports are checked whole before anything is written, so they are held
 * in memory; these limits keep a wrong or hostile file from exhausting it.
 */
final class InputLimits {
    /** One file (JSON document, or one CSV file, also inside a zip). */
    static final long MAX_FILE_BYTES = 256L * 1024 * 1024;
    /** One CSV field: far above any text field of the database (100,000 characters). */
    static final int MAX_FIELD_CHARS = 1024 * 1024;
    /** One CSV record, so a quote left open cannot swallow the whole file into one field. */
    static final int MAX_RECORD_CHARS = 2 * MAX_FIELD_CHARS;

    private InputLimits() {
    }

    static void checkSize(Path file, String name) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new ImportRejectedException(List.of(new Problem(name, 0, null, phrase("is larger than {0} "
                        + "MB; split it into smaller files", MAX_FILE_BYTES / (1024 * 1024)))));
            }
        } catch (IOException e) {
            throw new ImportRejectedException(List.of(new Problem(name, 0, null, phrase("cannot be read ({0})",
                    e.getClass().getSimpleName()))));
        }
    }
}
