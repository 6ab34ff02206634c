package org.returnwatch.cli;

import org.returnwatch.app.Dossiers;
import org.returnwatch.dossier.DossierLanguage;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options the dossier and the list report share. */
final class PrintOptions {
    @Option(names = "--pseudonymise")
    boolean pseudonymise;

    @Option(names = "--profile", paramLabel = "PROFILE")
    String profile;

    @Option(names = "--language", paramLabel = "LANG", defaultValue = "en")
    String language;

    Dossiers.Options toOptions(CommandSpec spec, RootCommand root) {
        if (profile != null && !pseudonymise) {
            throw new ParameterException(spec.commandLine(), root.msg("--profile needs --pseudonymise"));
        }
        DossierLanguage lang = DossierLanguage.ofTag(language).orElseThrow(() -> new ParameterException(
                spec.commandLine(), root.msg("--language: use en, zh-Hans or zh-Hant, not {0}", language)));
        return new Dossiers.Options(lang, pseudonymise ? (profile == null ? "standard" : profile) : null);
    }

    static String done(Dossiers.Printed p, RootCommand root) {
        return p.chineseFont() ? root.msg("Wrote {0}", p.file())
                : root.msg("Wrote {0} (no font for Chinese script was found: names in Chinese script are missing; "
                        + "install one, e.g. the Debian package fonts-wqy-microhei)", p.file());
    }
}
