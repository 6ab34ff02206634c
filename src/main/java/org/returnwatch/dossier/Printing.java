package org.returnwatch.dossier;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How a dossier or report is printed: its language, the day it is printed, the database it comes
 * from (printed in every page's footer), and, for a pseudonymised copy, the redaction profile's name.
 *
 * @param profile null for an exact copy
 */
public record Printing(DossierLanguage language, LocalDate printedOn, String database, String profile) {
    public Printing {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(printedOn, "printed on");
        Objects.requireNonNull(database, "database");
    }

    public boolean pseudonymised() {
        return profile != null;
    }
}
