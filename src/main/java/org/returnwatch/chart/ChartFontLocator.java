package org.returnwatch.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds a face that can set names in Chinese script and that PDFBox can embed as a subset (TrueType
 * outlines: PDFBox cannot subset CFF-based OpenType such as the Noto CJK .otf/.ttc files): the
 * program's own {@link BundledFont} when asked to use it (the window uses the same one), else one in the
 * font folders given.
 */
public final class ChartFontLocator {

    private static final Logger LOG = LoggerFactory.getLogger(ChartFontLocator.class);

    /** Debian package that provides the first preferred face; named in the warning. */
    public static final String CJK_PACKAGE = "fonts-wqy-microhei";

    /** In order of preference; all hold TrueType outlines and Latin glyphs as well as CJK ones. */
    static final List<String> CJK_FILES = List.of(
            "wqy-microhei.ttc", "wqy-zenhei.ttc", "droidsansfallbackfull.ttf", "uming.ttc",
            "msyh.ttc", "msyh.ttf", "simhei.ttf", "simsun.ttc", "arial unicode.ttf", "arialuni.ttf");

    static final List<String> LATIN_FILES = List.of(
            "dejavusans.ttf", "liberationsans-regular.ttf", "notosans-regular.ttf", "arial.ttf",
                    "opensans-regular.ttf");

    private static final String CJK_PROBE = "谢卫东";
    private static final int MAX_DEPTH = 5;

    private final List<Path> directories;
    private final boolean bundled;

    /** Looks in {@code directories} only. */
    public ChartFontLocator(List<Path> directories) {
        this(directories, false);
    }

    /** @param bundled true to use the program's own font first, the folders only if it cannot be read */
    public ChartFontLocator(List<Path> directories, boolean bundled) {
        this.directories = List.copyOf(directories);
        this.bundled = bundled;
    }

    /** The program's own font, then the font folders of Linux, macOS and Windows, user folders included. */
    public static ChartFontLocator standardDirectories() {
        List<Path> dirs = new ArrayList<>();
        String home = System.getProperty("user.home", "");
        for (String d
                : List.of("/usr/share/fonts", "/usr/local/share/fonts", "/Library/Fonts", "/System/Library/Fonts")) {
            dirs.add(Paths.get(d));
        }
        if (!home.isEmpty()) {
            dirs.add(Paths.get(home, ".local", "share", "fonts"));
            dirs.add(Paths.get(home, ".fonts"));
            dirs.add(Paths.get(home, "Library", "Fonts"));
        }
        Optional.ofNullable(System.getenv("WINDIR")).ifPresent(w -> dirs.add(Paths.get(w, "Fonts")));
        Optional.ofNullable(System.getenv("LOCALAPPDATA"))
                .ifPresent(l -> dirs.add(Paths.get(l, "Microsoft", "Windows", "Fonts")));
        return new ChartFontLocator(dirs, true);
    }

    /** The best face found; never fails: without any usable file it returns {@link ChartFont#BUILT_IN}. */
    public ChartFont locate() {
        if (bundled) {
            try {
                Optional<ChartFont> own = tryLoad(BundledFont.file(), true);
                if (own.isPresent()) {
                    return own.get();
                }
            } catch (IOException e) {
                LOG.warn("The program's own font could not be read ({}); looking in the font folders.",
                        e.getClass().getSimpleName());
            }
        }
        Map<String, Path> files = indexFontFiles();
        for (String name : CJK_FILES) {
            Optional<ChartFont> found = tryLoad(files.get(name), true);
            if (found.isPresent()) {
                return found.get();
            }
        }
        LOG.warn("No font for Chinese script found in the standard font folders: names in Chinese, Japanese or"
                + " Korean script will not print correctly in charts. Install one, e.g. the Debian package {}.",
                CJK_PACKAGE);
        for (String name : LATIN_FILES) {
            Optional<ChartFont> found = tryLoad(files.get(name), false);
            if (found.isPresent()) {
                return found.get();
            }
        }
        LOG.warn("No TrueType font found in the standard font folders: charts use the built-in sans-serif font.");
        return ChartFont.BUILT_IN;
    }

    private Map<String, Path> indexFontFiles() {
        Map<String, Path> byName = new HashMap<>();
        for (Path dir : directories) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir, MAX_DEPTH)) {
                walk.filter(Files::isRegularFile)
                        .forEach(p -> byName.putIfAbsent(p.getFileName().toString().toLowerCase(Locale.ROOT), p));
            } catch (IOException | java.io.UncheckedIOException e) {
                LOG.debug("Skipping unreadable font folder: {}", e.getMessage());
            }
        }
        return byName;
    }

    private static Optional<ChartFont> tryLoad(Path file, boolean needCjk) {
        if (file == null) {
            return Optional.empty();
        }
        try {
            for (Font face : Font.createFonts(file.toFile())) {
                boolean cjk = face.canDisplayUpTo(CJK_PROBE) < 0;
                String family = face.getFamily(Locale.ENGLISH);
                if (family.contains("Mono") || (needCjk && !cjk) || !pdfCanEmbed(file, face.getPSName())) {
                    continue;
                }
                GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(face);
                return Optional.of(new ChartFont(family, file, face.getPSName(), cjk));
            }
        } catch (IOException | FontFormatException e) {
            LOG.debug("Font file {} is not usable: {}", file.getFileName(), e.getMessage());
        }
        return Optional.empty();
    }

    /** True if PDFBox reads the face with TrueType outlines, which it can subset and embed. */
    static boolean pdfCanEmbed(Path file, String postScriptName) throws IOException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            try (TrueTypeCollection collection = new TrueTypeCollection(file.toFile())) {
                TrueTypeFont ttf = collection.getFontByName(postScriptName);
                return ttf != null && hasTrueTypeOutlines(ttf);
            }
        }
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
            return hasTrueTypeOutlines(ttf);
        }
    }

    private static boolean hasTrueTypeOutlines(TrueTypeFont ttf) throws IOException {
        boolean postScript = ttf instanceof OpenTypeFont otf && otf.isPostScript();
        return !postScript && ttf.getGlyph() != null;
    }
}
