package org.returnwatch.cli;

import org.returnwatch.app.Dossiers;
import org.returnwatch.dossier.DossierLanguage;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options the dossier and the list report share. */
final class PrintOptions {
    @Option(names = "--pseudonymise", description = "replace people's names by codes and leave out notes, file names, "
            + "images and follow-ups")
    boolean pseudonymise;

    @Option(names = "--profile", paramLabel = "PROFILE",
            description = "with --pseudonymise: standard (default), strict, or a profile file")
    String profile;

    @Option(names = "--language", paramLabel = "LANG", defaultValue = "en",
            description = "the language of headings and labels: en (default), zh-Hans or zh-Hant")
    String language;

    Dossiers.Options toOptions(CommandSpec spec) {
        if (profile != null && !pseudonymise) {
            throw new ParameterException(spec.commandLine(), "--profile needs --pseudonymise");
        }
        DossierLanguage lang = DossierLanguage.ofTag(language).orElseThrow(() -> new ParameterException(
                spec.commandLine(), "--language: use en, zh-Hans or zh-Hant, not " + language));
        return new Dossiers.Options(lang, pseudonymise ? (profile == null ? "standard" : profile) : null);
    }

    static String done(Dossiers.Printed p) {
        return "Wrote " + p.file() + (p.chineseFont() ? "" : " (no font for Chinese script was found: names in Chinese "
                + "script are missing; install one, e.g. the Debian package fonts-wqy-microhei)");
    }
}
