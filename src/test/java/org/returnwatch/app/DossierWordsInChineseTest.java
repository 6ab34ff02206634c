package org.returnwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.FuzzyDateParser;
import org.returnwatch.domain.Incident;
import org.returnwatch.domain.Reference;
import org.returnwatch.dossier.DossierLanguage;
import org.returnwatch.exchange.JsonExchange;
import org.returnwatch.seed.SeedDataset;
import org.returnwatch.store.Store;
import org.returnwatch.store.TestDatabases;

/**
 * A dossier printed in Chinese says the words of the tactic list and its dates in Chinese, whatever language
 * the window speaks: a seeded case whose incident is of a tactic the seed dataset adds, with a span of dates.
 */
class DossierWordsInChineseTest {
    @TempDir
    Path dir;
    Workspace ws;
    Store store;
    Case subject;

    @BeforeEach
    void aSeededCase() {
        store = TestDatabases.create(dir);
        new SeedDataset(new JsonExchange()).loadInto(store);
        ws = TestWorkspaces.of(store);
        subject = store.read(tx -> store.cases().findByRef(tx, Reference.parse("RW-C-0010"))).orElseThrow();
        store.write(tx -> store.incidents().insert(tx, new Incident(UUID.randomUUID(), null, 0, subject.id(),
                FuzzyDateParser.parse("2014–early 2017"), "China", null, "FAMILY_PRESSURE", null, null, null)));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void theTacticsAndTheSpanOfDatesAreInChinese() throws Exception {
        Assumptions.assumeTrue(ws.dossiers().printsChinese(), "install a CJK font, e.g. fonts-wqy-microhei");
        String text = text(DossierLanguage.ZH_HANS);
        // the seed dataset's own tactic and one of the standard list
        assertThat(text).contains("拘押外国公民作为筹码", "向国内家人施压", "2014年至2017年初")
                .doesNotContain("detentionofforeignnationals", "pressureonfamily", "early2017");
        assertThat(text(DossierLanguage.ZH_HANT)).contains("拘押外國公民作為籌碼", "2014年至2017年初");
        assertThat(text(DossierLanguage.EN)).contains("detentionofforeignnationalsasleverage", "2014–early2017");
    }

    /** The dossier's text without white space: lines in Chinese break between any two characters. */
    private String text(DossierLanguage language) throws Exception {
        byte[] pdf = ws.dossiers().renderCase(subject.id(), new Dossiers.Options(language, null));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s", "");
        }
    }
}
