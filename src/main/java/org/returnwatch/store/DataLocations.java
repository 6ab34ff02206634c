package org.returnwatch.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the default database lives on each operating system, unless RETURNWATCH_DB says otherwise. */
public final class DataLocations {
    public static final String DB_ENV = "RETURNWATCH_DB";
    private static final String DEFAULT_NAME = "returnwatch" + DatabaseFile.DATA_SUFFIX;

    private DataLocations() {
    }

    public static DatabaseFile defaultDatabase(Map<String, String> env, String osName, Path home) {
        String override = env.get(DB_ENV);
        if (override != null && !override.isBlank()) {
            return DatabaseFile.of(Path.of(override));
        }
        return new DatabaseFile(dataFolder(env, osName, home).resolve(DEFAULT_NAME));
    }

    public static DatabaseFile defaultDatabase() {
        return defaultDatabase(System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")));
    }

    /**
     * Linux $XDG_DATA_HOME/returnwatch, macOS ~/Library/Application Support/ReturnWatch, Windows
     * %APPDATA%\ReturnWatch.
     */
    static Path dataFolder(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData/Roaming");
            return base.resolve("ReturnWatch");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support/ReturnWatch");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share");
        return base.resolve("returnwatch");
    }
}
