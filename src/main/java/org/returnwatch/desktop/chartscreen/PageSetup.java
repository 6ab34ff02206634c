package org.returnwatch.desktop.chartscreen;

import static org.returnwatch.i18n.Localization.key;
import static org.returnwatch.i18n.Localization.lang;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A printed page as the print preview sets it: which printer, the paper, its orientation and margins.
 * Sizes are in points (1/72 inch), the unit the chart's type sizes and JavaFX printing use.
 *
 * @param printer the printer's name
 */
public record PageSetup(String printer, Paper paper, Orientation orientation, Margins margins) {
    private static final double POINTS_PER_MM = 72 / 25.4;

    public PageSetup {
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(orientation, "orientation");
        Objects.requireNonNull(margins, "margins");
    }

    /** The paper sizes offered. */
    public enum Paper {
        A4(key("A4 (210 × 297 mm)"), 210 * POINTS_PER_MM, 297 * POINTS_PER_MM),
        LETTER(key("Letter (8.5 × 11 in)"), 8.5 * 72, 11 * 72);

        private final String label;
        private final double shortSide;
        private final double longSide;

        Paper(String label, double shortSide, double longSide) {
            this.label = label;
            this.shortSide = shortSide;
            this.longSide = longSide;
        }

        public String label() {
            return lang(label);
        }

        /** Letter where it is the usual paper (North America and a few more), A4 elsewhere. */
        public static Paper usualFor(Locale locale) {
            return Set.of("US", "CA", "MX", "PH", "CL", "CO", "VE").contains(locale.getCountry()) ? LETTER : A4;
        }
    }

    public enum Orientation {
        PORTRAIT(key("Portrait")), LANDSCAPE(key("Landscape"));

        private final String label;

        Orientation(String label) {
            this.label = label;
        }

        public String label() {
            return lang(label);
        }
    }

    /** The space left white on every side of the page. */
    public enum Margins {
        NORMAL(key("Normal (20 mm)"), 20), NARROW(key("Narrow (10 mm)"), 10);

        private final String label;
        private final double millimetres;

        Margins(String label, double millimetres) {
            this.label = label;
            this.millimetres = millimetres;
        }

        public String label() {
            return lang(label);
        }

        public double points() {
            return millimetres * POINTS_PER_MM;
        }
    }

    public double pageWidthPt() {
        return orientation == Orientation.PORTRAIT ? paper.shortSide : paper.longSide;
    }

    public double pageHeightPt() {
        return orientation == Orientation.PORTRAIT ? paper.longSide : paper.shortSide;
    }

    public double marginPt() {
        return margins.points();
    }

    /** Across the page inside the margins: the width the chart is printed at. */
    public double printableWidthPt() {
        return pageWidthPt() - 2 * marginPt();
    }

    public double printableHeightPt() {
        return pageHeightPt() - 2 * marginPt();
    }
}
