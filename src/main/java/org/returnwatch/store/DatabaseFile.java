package org.returnwatch.store;

import static org.returnwatch.i18n.Phrase.phrase;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a database lives: the H2 data file ({@code NAME.mv.db}) and its key file
 * ({@code NAME.rwkey}) beside it. A path given without the {@code .mv.db} ending gets it, as H2
 * itself does.
 */
public record DatabaseFile(Path dataFile) {
    public static final String DATA_SUFFIX = ".mv.db";
    public static final String KEY_SUFFIX = ".rwkey";

    public DatabaseFile {
        dataFile = dataFile.toAbsolutePath().normalize();
        if (!dataFile.getFileName().toString().endsWith(DATA_SUFFIX)) {
            throw new IllegalArgumentException("a database file name ends in " + DATA_SUFFIX);
        }
    }

    /** Resolves what a user typed: "cases", "cases.mv.db" → cases.mv.db; an existing other file is refused. */
    public static DatabaseFile of(Path given) {
        if (Files.isDirectory(given)) {
            throw new NotADatabaseException(phrase("{0} is a folder; give the database a file name (for example "
                    + "{1})", given, given.resolve("cases")));
        }
        String name = given.getFileName().toString();
        if (name.endsWith(DATA_SUFFIX)) {
            return new DatabaseFile(given);
        }
        if (Files.isRegularFile(given)) {
            throw new NotADatabaseException(phrase("{0} is not a ReturnWatch database (database files end in {1})",
                    given, DATA_SUFFIX));
        }
        return new DatabaseFile(given.resolveSibling(name + DATA_SUFFIX));
    }

    public Path keyFile() {
        return dataFile.resolveSibling(baseName() + KEY_SUFFIX);
    }

    /** The path H2 is given: the data file without its ending. */
    String h2Base() {
        return dataFile.resolveSibling(baseName()).toString();
    }

    private String baseName() {
        String name = dataFile.getFileName().toString();
        return name.substring(0, name.length() - DATA_SUFFIX.length());
    }

    public boolean exists() {
        return Files.exists(dataFile);
    }

    @Override
    public String toString() {
        return dataFile.toString();
    }
}
