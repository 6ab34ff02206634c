package org.returnwatch.dossier;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages the dossier's headings and labels are printed in (the records stay as they were written). */
public enum DossierLanguage {
    EN("en"),
    ZH_HANS("zh-Hans"),
    ZH_HANT("zh-Hant");

    private final String tag;

    DossierLanguage(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 tag, as given on the command line and written in the PDF. */
    public String tag() {
        return tag;
    }

    public static Optional<DossierLanguage> ofTag(String tag) {
        return Arrays.stream(values()).filter(l -> l.tag.equalsIgnoreCase(tag == null ? "" : tag.strip())).findFirst();
    }

    /** The labels file in resources/dossier: {@code labels-en.properties} and so on. */
    String labelsResource() {
        return "dossier/labels-" + tag + ".properties";
    }

    Locale locale() {
        return Locale.forLanguageTag(tag);
    }
}
