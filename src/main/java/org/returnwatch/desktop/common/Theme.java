package org.returnwatch.desktop.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javafx.application.Application;
import javafx.scene.text.Font;
import org.returnwatch.chart.BundledFont;
import org.returnwatch.i18n.Language;
import org.returnwatch.i18n.Localization;
import org.slf4j.LoggerFactory;

/**
 * The AtlantaFX Primer theme and our own few styles. The theme is loaded by its stylesheet and its
 * style classes are named here, so the look does not depend on AtlantaFX's Java API.
 */
public final class Theme {
    public static final String TITLE_2 = "title-2";
    public static final String TITLE_3 = "title-3";
    public static final String TITLE_4 = "title-4";
    public static final String TEXT_MUTED = "text-muted";
    public static final String TEXT_SMALL = "text-small";
    public static final String ACCENT = "accent";
    public static final String DANGER = "danger";
    public static final String WARNING = "warning";
    public static final String SUCCESS = "success";
    public static final String FLAT = "flat";
    /** A button with less padding, for a row of many (the ticked choices below a field). */
    public static final String SMALL = "small";
    public static final String STRIPED = "striped";
    public static final String DENSE = "dense";
    public static final String BUTTON_ICON = "button-icon";

    private static final String PRIMER_LIGHT = "/atlantafx/base/theme/primer-light.css";
    private static final String OWN = "/css/returnwatch.css";
    /** The root text size the theme is drawn for. */
    private static final double THEME_ROOT_PIXELS = 14;
    /** JavaFX's default font size on a platform at its usual text size. */
    private static final double PLATFORM_USUAL_PIXELS = 13;

    private Theme() {
    }

    /**
     * The theme for the language now chosen, its text at the size the platform asks for (see
     * {@link #rootFontPixels}). Call again after a change.
     */
    public static void applyTheme() {
        applyTheme(rootFontPixels(System.getenv(), Font.getDefault().getSize()));
    }

    /**
     * The theme with its root text {@code rootPixels} high: every other size, the theme's and ours, is
     * in em and follows. While the window speaks Chinese every window and dialog is set in the program's
     * own font. The theme's stylesheet and our rules are one user agent stylesheet, so that dialogs with
     * scenes of their own follow too.
     */
    public static void applyTheme(double rootPixels) {
        URL primer = Theme.class.getResource(PRIMER_LIGHT);
        if (primer == null) {
            return;
        }
        String family = Localization.language() == Language.ENGLISH ? ""
                : " -fx-font-family: \"" + BundledFont.FAMILY + "\";";
        String css = "@import url(\"" + primer.toExternalForm() + "\");\n.root { -fx-font-size: "
                + String.format(java.util.Locale.ROOT, "%.1f", rootPixels) + "px;" + family + " }\n";
        Application.setUserAgentStylesheet("data:text/css;base64,"
                + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The root text size in pixels: {@code RETURNWATCH_TEXT_SIZE} if set to a size between 10 and 40,
     * else the theme's 14 px scaled as the platform's default font is scaled from its usual 13 (a user who
     * asked the system for larger text gets larger text here too).
     */
    static double rootFontPixels(java.util.Map<String, String> env, double platformDefault) {
        String chosen = env.get("RETURNWATCH_TEXT_SIZE");
        if (chosen != null) {
            try {
                double px = Double.parseDouble(chosen.trim());
                if (px >= 10 && px <= 40) {
                    return px;
                }
            } catch (NumberFormatException e) {
                // not a size: the platform's decides
            }
        }
        return Math.max(THEME_ROOT_PIXELS, THEME_ROOT_PIXELS * platformDefault / PLATFORM_USUAL_PIXELS);
    }

    /**
     * Makes the program's own font known to JavaFX, before any window shows, so that Chinese is set
     * even on a machine with no CJK font installed.
     */
    public static void loadBundledFont() {
        try (InputStream in = BundledFont.open()) {
            Font.loadFonts(in, Font.getDefault().getSize());
        } catch (IOException | UncheckedIOException e) {
            LoggerFactory.getLogger(Theme.class).warn("The program's own font could not be loaded: {}",
                    e.getClass().getSimpleName());
        }
    }

    public static String ownStylesheet() {
        URL own = Theme.class.getResource(OWN);
        return own == null ? null : own.toExternalForm();
    }
}
