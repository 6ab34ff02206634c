package org.returnwatch.desktop;

import org.returnwatch.desktop.casefile.DossierDialogs;
import org.returnwatch.desktop.chartscreen.ChartDialogs;
import org.returnwatch.desktop.dialog.DialogService;
import org.returnwatch.desktop.duplicates.MergeDialogs;
import org.returnwatch.desktop.links.LinkDialogs;
import org.returnwatch.desktop.mapping.MappingDialogs;
import org.returnwatch.desktop.protect.PassphraseDialogs;
import org.returnwatch.desktop.transfers.ExchangeDialogs;

/** Every dialog a window asks through: the common ones and each feature's own. */
public record WindowDialogs(DialogService common, LinkDialogs links, ExchangeDialogs exchange,
                            MappingDialogs mapping, ChartDialogs charts, MergeDialogs merges,
                            PassphraseDialogs passphrases, DossierDialogs dossier) {
}
