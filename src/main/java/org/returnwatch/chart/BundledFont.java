package org.returnwatch.chart;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The typeface that ships with the program (WenQuanYi Micro Hei, Apache-2.0; Latin and Chinese in both
 * scripts), so the window, the charts and every PDF can set Chinese on a machine with no CJK font
 * installed. Its licence is beside it in {@code resources/fonts/}.
 */
public final class BundledFont {
    /** On the class path. */
    public static final String RESOURCE = "/fonts/wqy-microhei.ttc";
    /** The AWT and JavaFX family name of its regular face. */
    public static final String FAMILY = "WenQuanYi Micro Hei";
    private static Path file;

    private BundledFont() {
    }

    public static InputStream open() {
        InputStream in = BundledFont.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new UncheckedIOException(new IOException("the font " + RESOURCE + " is missing from the program"));
        }
        return in;
    }

    /**
     * The font as a file, which AWT and PDFBox need: the resource itself when the program runs from
     * folders, else a copy made once per run in the temporary folder, readable by the user alone.
     */
    public static synchronized Path file() throws IOException {
        if (file != null && Files.isRegularFile(file)) {
            return file;
        }
        URL url = BundledFont.class.getResource(RESOURCE);
        if (url == null) {
            throw new IOException("the font " + RESOURCE + " is missing from the program");
        }
        if ("file".equals(url.getProtocol())) {
            try {
                file = Path.of(url.toURI());
                return file;
            } catch (URISyntaxException e) {
                throw new IOException(e);
            }
        }
        Path copy = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                ? Files.createTempFile("returnwatch-font", ".ttc",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile("returnwatch-font", ".ttc");
        copy.toFile().deleteOnExit();
        try (InputStream in = open()) {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        file = copy;
        return file;
    }
}
