package org.returnwatch.chart;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file formats a chart is exported to. */
public enum ExportFormat {
    PNG("png"),
    SVG("svg"),
    PDF("pdf");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** Reads "png", "svg" or "pdf" as typed on the command line. */
    public static ExportFormat parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (f.extension.equals(t)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown chart format '" + text + "' (expected png, svg or pdf)");
    }

    /** The format a file name's extension names, if any. */
    public static Optional<ExportFormat> ofFileName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (name.endsWith("." + f.extension)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
