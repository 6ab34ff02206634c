package org.returnwatch.desktop.common;

import java.net.URL;
import javafx.application.Application;

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
    public static final String STRIPED = "striped";
    public static final String DENSE = "dense";
    public static final String BUTTON_ICON = "button-icon";

    private static final String PRIMER_LIGHT = "/atlantafx/base/theme/primer-light.css";
    private static final String OWN = "/css/returnwatch.css";

    private Theme() {
    }

    public static void applyTheme() {
        URL primer = Theme.class.getResource(PRIMER_LIGHT);
        if (primer != null) {
            Application.setUserAgentStylesheet(primer.toExternalForm());
        }
    }

    public static String ownStylesheet() {
        URL own = Theme.class.getResource(OWN);
        return own == null ? null : own.toExternalForm();
    }
}
