package org.returnwatch.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The window's side of "no name or note in plain text outside the encrypted database": a case is
 * recorded, saved, searched for and the window locked, with a name and a note that are unique
 * markers (Latin and Chinese script). Afterwards neither marker is in any file written since the
 * test began in the database's folder or the temporary folder (in UTF-8 or UTF-16), other than the
 * encrypted database itself; nor in the program's preferences, nor in any log line.
 */
class WindowLeavesNoTraceUiTest extends RealWindowTest {
    private final String latin = "Qvzmark" + Long.toString(System.nanoTime(), 36);
    private final String chinese = "甯鬯" + (char) ('\u4e00' + (int) (System.nanoTime() % 2000)) + "鬲";

    private static final long LARGEST_READ = 64L << 20;

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void aCaseRecordedInTheWindowLeavesItsNameOnlyInTheEncryptedDatabase(FxRobot robot) throws Exception {
        Instant began = Instant.now().minusSeconds(2);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        log.start();
        root.addAppender(log);
        try {
            UiDriver ui = new UiDriver(robot);
            ui.createDatabase("river stone lantern");
            ui.waitUntil("the seeded cases", () -> ui.rows("#case-table") == 14);
            ui.shortcut(KeyCode.N);
            ui.waitUntil("a new case", () -> ui.text("#case-title").startsWith("New case"));
            ui.retype("#case-name", latin);
            robot.interact(() -> robot.lookup("#case-summary").queryAs(TextInputControl.class)
                    .setText("Relatives of " + chinese + " were visited"));
            ui.shortcut(KeyCode.S);
            ui.waitUntil("the save", () -> ui.text("#case-title").contains(latin));
            robot.clickOn("#button-back");
            robot.clickOn("#case-search").write(latin.substring(0, 8));
            ui.waitUntil("the search", () -> ui.rows("#case-table") == 1);
            robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
            ui.waitUntil("the lock", () -> !app.session().isUnlocked());
        } finally {
            root.detachAppender(log);
        }

        List<String> leaks = new ArrayList<>();
        Path database = app.session().file();
        for (Path folder : List.of(database.getParent(), Path.of(System.getProperty("java.io.tmpdir")))) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path p : files.filter(Files::isRegularFile).filter(p -> !p.equals(database)).toList()) {
                    found(readIfWrittenSince(p, began)).forEach(m -> leaks.add(p + ": " + m));
                }
            } catch (java.io.UncheckedIOException e) {
                // a folder of another program vanished while it was walked
            }
        }
        ByteArrayOutputStream prefs = new ByteArrayOutputStream();
        Preferences.userRoot().node("org/returnwatch").exportSubtree(prefs);
        found(prefs.toByteArray()).forEach(m -> leaks.add("preferences: " + m));
        log.list.forEach(e -> found(e.getFormattedMessage().getBytes(StandardCharsets.UTF_8))
                .forEach(m -> leaks.add("log line: " + m)));
        assertThat(leaks).isEmpty();
    }

    /** The file's bytes when it was written since {@code began}; other programs' large files are not the window's. */
    private static byte[] readIfWrittenSince(Path p, Instant began) {
        try {
            FileTime t = Files.getLastModifiedTime(p);
            return t.toInstant().isAfter(began) && Files.size(p) < LARGEST_READ ? Files.readAllBytes(p) : new byte[0];
        } catch (java.io.IOException e) {
            return new byte[0];
        }
    }

    private List<String> found(byte[] bytes) {
        List<String> out = new ArrayList<>();
        for (String marker : List.of(latin, chinese)) {
            if (contains(bytes, marker.getBytes(StandardCharsets.UTF_8))
                    || contains(bytes, marker.getBytes(StandardCharsets.UTF_16LE))
                    || contains(bytes, marker.getBytes(StandardCharsets.UTF_16BE))) {
                out.add(marker);
            }
        }
        return out;
    }

    private static boolean contains(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
