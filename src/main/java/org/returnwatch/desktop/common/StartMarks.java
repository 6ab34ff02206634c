package org.returnwatch.desktop.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;

/**
 * Moments of the start-up written down for the start-up benchmark, only when the system property
 * {@value #PROPERTY} names a file: one line per moment, its name and {@link System#nanoTime()} (the
 * machine's monotonic clock, the same for every process on Linux, so the launching process can
 * subtract its own reading). Nothing but names of moments and times: no record, no path, no word typed.
 */
public final class StartMarks {
    public static final String PROPERTY = "returnwatch.startMarks";

    private StartMarks() {
    }

    /** True when marks are wanted in this run. */
    public static boolean wanted() {
        return System.getProperty(PROPERTY) != null;
    }

    /** Writes {@code moment} now (nothing when no marks are wanted). */
    public static void mark(String moment) {
        String file = System.getProperty(PROPERTY);
        if (file == null) {
            return;
        }
        String line = String.format(Locale.ROOT, "%s %d%n", moment, System.nanoTime());
        try {
            Files.writeString(Path.of(file), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes {@code moment} once the frame after the present one has been drawn: an animation timer's
     * second call comes at the pulse after the one that rendered what is on the scene now.
     */
    public static void markAfterNextFrame(String moment) {
        if (!wanted()) {
            return;
        }
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    mark(moment);
                }
            }
        }.start();
    }

    /**
     * Writes {@code moment} after the next frame drawn once every one of {@code busy} is false and stays
     * so past the work the last answer started (an answer may start further work as it arrives).
     */
    public static void markWhenIdle(String moment, ObservableBooleanValue... busy) {
        if (!wanted()) {
            return;
        }
        Platform.runLater(() -> {
            for (ObservableBooleanValue b : busy) {
                if (b.get()) {
                    b.addListener(new javafx.beans.value.ChangeListener<>() {
                        @Override
                        public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was,
                                            Boolean now) {
                            if (!now) {
                                b.removeListener(this);
                                markWhenIdle(moment, busy);
                            }
                        }
                    });
                    return;
                }
            }
            markAfterNextFrame(moment);
        });
    }
}
