package org.returnwatch.chart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * The chart faces PDFs embed, each read from its file once per run and kept open: parsing the
 * bundled CJK collection's tables (its character map of tens of thousands of entries, the glyph
 * locations) took about half of every export. What stays in memory is the font file's own tables;
 * the glyphs a chart used are not kept (PDFBox caches no glyph of a face of 5,000 glyphs or more, as
 * the CJK faces are, and at most 100 of a smaller face), and each document's subset goes with it.
 * A face is read by one document at a time: hold its lock from the first use to the save.
 */
final class PdfFaces {
    private static final Map<String, TrueTypeFont> OPEN = new HashMap<>();

    private PdfFaces() {
    }

    /** The face {@code postScriptName} of {@code file} (a .ttc collection or a single .ttf), read once. */
    static synchronized TrueTypeFont face(Path file, String postScriptName) throws IOException {
        String key = file.toAbsolutePath() + "#" + postScriptName;
        TrueTypeFont face = OPEN.get(key);
        if (face == null) {
            face = read(file, postScriptName);
            OPEN.put(key, face);
        }
        return face;
    }

    private static TrueTypeFont read(Path file, String postScriptName) throws IOException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            // the collection is not closed: closing it would close the face taken from it
            @SuppressWarnings("resource")
            TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
            TrueTypeFont ttf = collection.getFontByName(postScriptName);
            if (ttf == null) {
                collection.close();
                throw new IOException("font collection " + file.getFileName() + " lacks face " + postScriptName);
            }
            return ttf;
        }
        return new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
    }
}
