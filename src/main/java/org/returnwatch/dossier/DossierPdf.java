package org.returnwatch.dossier;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.logging.Level;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.returnwatch.chart.ChartFont;
import org.returnwatch.chart.ChartFontLocator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prints a case's dossier and the list report as PDF: an HTML/CSS template from
 * {@code resources/dossier} filled in with Mustache, set by openhtmltopdf on PDFBox. The PDF is
 * tagged (PDF/UA structure, so it reads aloud and its text is searchable) and PDF/A-3u for
 * archiving: every font is embedded, DejaVu Sans (bundled) for Latin script and, where the machine
 * has one, the CJK font the charts use for names in Chinese script. It reads nothing from the network
 * or the disk but its own fonts: only data: images are allowed.
 */
public final class DossierPdf {
    private static final Logger LOG = LoggerFactory.getLogger(DossierPdf.class);
    static final String LATIN_FAMILY = "Dossier Sans";
    static final String CJK_FAMILY = "Dossier CJK";

    static {
        XRLog.setLoggerImpl(new QuietLog());
    }

    private final MustacheFactory templates = new DefaultMustacheFactory("dossier");
    private final ChartFont cjk;

    /** @param cjk a font with Chinese script that PDFBox can embed, or null to print without one */
    public DossierPdf(ChartFont cjk) {
        this.cjk = cjk != null && cjk.coversCjk() && cjk.file() != null ? cjk : null;
    }

    /** With the CJK font found in the machine's font folders, as the charts find theirs. */
    public static DossierPdf withSystemFonts() {
        return new DossierPdf(ChartFontLocator.standardDirectories().locate());
    }

    /** True if names in Chinese script will print (a CJK font was found). */
    public boolean printsChinese() {
        return cjk != null;
    }

    public void writeCase(CaseFile file, Printing printing, OutputStream out) throws IOException {
        CaseDossierView view = CaseDossierView.of(file, printing);
        render("case.html", view, out);
    }

    public void writeList(CaseListView.Input cases, Printing printing, OutputStream out) throws IOException {
        render("list.html", CaseListView.of(cases, printing), out);
    }

    /** The filled-in template, for tests and for anyone changing the layout. */
    String html(String template, Object view) {
        Mustache m = templates.compile(template);
        StringWriter w = new StringWriter();
        m.execute(w, view);
        return w.toString();
    }

    private void render(String template, Object view, OutputStream out) throws IOException {
        String html = html(template, view);
        try (PDDocument doc = new PDDocument(); TrueTypeCollection collection = openCollection()) {
            PdfRendererBuilder b = new PdfRendererBuilder().useFastMode();
            b.usePDDocument(doc);
            b.usePdfUaAccessibility(true);
            b.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U);
            b.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
            b.useFont(() -> resource("fonts/DejaVuSans.ttf"), LATIN_FAMILY, 400, FontStyle.NORMAL, true);
            b.useFont(() -> resource("fonts/DejaVuSans-Bold.ttf"), LATIN_FAMILY, 700, FontStyle.NORMAL, true);
            if (cjk != null) {
                if (collection != null) {
                    TrueTypeFont face = collection.getFontByName(cjk.postScriptName());
                    b.useFont(new PDFontSupplier(PDType0Font.load(doc, face, true)), CJK_FAMILY);
                } else {
                    b.useFont(cjk.file().toFile(), CJK_FAMILY);
                }
            }
            b.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                    ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            b.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                    ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            b.withDiagnosticConsumer(DossierPdf::log);
            b.withProducer("ReturnWatch");
            b.withHtmlContent(html, null);
            b.toStream(out);
            b.run();
        }
    }

    private TrueTypeCollection openCollection() throws IOException {
        if (cjk != null && cjk.file().getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            return new TrueTypeCollection(cjk.file().toFile());
        }
        return null;
    }

    /** Only the kind of message: its arguments may quote the text being set, and names must not reach logs. */
    private static void log(Diagnostic d) {
        if (d.getLevel().intValue() >= Level.WARNING.intValue()) {
            LOG.warn("PDF layout: {}", d.getLogMessageId());
        }
    }

    /**
     * openhtmltopdf logs through java.util.logging to the console by default, with messages that can
     * quote the text being set; here nothing of it is printed, and warnings reach our log by kind only
     * (through the diagnostic consumer).
     */
    private static final class QuietLog implements XRLogger {
        @Override
        public void log(String where, Level level, String msg) {
        }

        @Override
        public void log(String where, Level level, String msg, Throwable th) {
        }

        @Override
        public void setLevel(String logger, Level level) {
        }

        @Override
        public boolean isLogLevelEnabled(Diagnostic diagnostic) {
            return diagnostic.getLevel().intValue() >= Level.WARNING.intValue();
        }
    }

    private static InputStream resource(String name) {
        InputStream in = DossierPdf.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new UncheckedIOException(new IOException("the font " + name + " is missing from the program"));
        }
        return in;
    }
}
