package org.returnwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.domain.Actor;
import org.returnwatch.domain.ActorKind;
import org.returnwatch.domain.Agreement;
import org.returnwatch.domain.AgreementKind;
import org.returnwatch.domain.Attachment;
import org.returnwatch.domain.Campaign;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.CaseKind;
import org.returnwatch.domain.CaseQuery;
import org.returnwatch.domain.Citation;
import org.returnwatch.domain.FuzzyDate;
import org.returnwatch.domain.Incident;
import org.returnwatch.domain.Link;
import org.returnwatch.domain.LinkRelation;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Source;
import org.returnwatch.dossier.DossierLanguage;
import org.returnwatch.store.Store;
import org.returnwatch.store.TestDatabases;

/** The dossier and the list report, read back from the PDF as a reader (or a court's archive) would. */
class DossiersTest {
    static final String NAME = "Xie Testcase";
    static final String NATIVE = "谢卫东";

    @TempDir
    Path dir;
    Workspace ws;
    Store store;
    Case subject;
    Attachment photo;

    @BeforeEach
    void aCaseWithEverythingADossierPrints() throws Exception {
        store = TestDatabases.create(Files.createDirectories(dir.resolve("db")));
        ws = TestWorkspaces.of(store);
        subject = store.write(tx -> store.cases().insert(tx, new Case(UUID.randomUUID(), null, 0, NAME, NATIVE,
                List.of("Old Xie"), false, CaseKind.INDIVIDUAL, "former executive", "China", "Canada", "Vancouver",
                        List.of(), null, null,
                "embezzlement", "about 10 million", Campaign.FOX_HUNT, List.of(), null,
                "Relatives in China were questioned.")));
        Actor agent = store.write(tx -> store.actors().insert(tx, new Actor(UUID.randomUUID(), null, 0,
                "Agent Wang Example", null, ActorKind.PERSON, "China", null)));
        Agreement treaty = store.write(tx -> store.agreements().insert(tx, new Agreement(UUID.randomUUID(), null, 0,
                "Example Readmission Arrangement", AgreementKind.READMISSION_ARRANGEMENT, List.of("Canada", "China"),
                null, null, List.of())));
        Source source = store.write(tx -> store.sources().insert(tx, new Source(UUID.randomUUID(), null, 0,
                "An investigation into pressure abroad", "The Example Post", null, FuzzyDate.ofYear(2018), null,
                null, null, null)));
        store.write(tx -> {
            for (int i = 0; i < 40; i++) {
                FuzzyDate date = i == 0 ? FuzzyDate.ofYear(2016).asApproximate()
                        : FuzzyDate.ofDay(LocalDate.of(2017, 1, 1).plusDays(i));
                store.incidents().insert(tx, new Incident(UUID.randomUUID(), null, 0, subject.id(), date, "China",
                        "Wuhan", "FAMILY_PRESSURE", agent.id(), null, "Police visited the family, visit " + i));
            }
            store.links().insert(tx, new Link(UUID.randomUUID(), null, 0, RecordKind.CASE, subject.id(),
                    RecordKind.AGREEMENT, treaty.id(), LinkRelation.PURSUED_UNDER, null));
            store.citations().insert(tx, new Citation(UUID.randomUUID(), null, 0, RecordKind.CASE, subject.id(),
                    "accusation", source.id(), "paragraph 12", null));
            return null;
        });
        photo = ws.attachments().attach(subject.ref(), Files.write(dir.resolve("outside-the-house.png"),
                AttachmentsTest.tinyPng()), "the car parked outside", "M. Chen");
        ws.followUps().add(subject.ref(), LocalDate.of(2025, 3, 1), "Ask the lawyer about the hearing date");
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void theDossierPrintsTheWholeCaseFileWithAFooterOnEveryPage() throws Exception {
        Path out = dir.resolve("dossier.pdf");
        Dossiers.Printed printed = ws.dossiers().printCase(subject.ref(), Dossiers.Options.ENGLISH, out);

        assertThat(printed.file()).isEqualTo(out);
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains(NAME, "Old Xie", "Vancouver, Canada", "embezzlement", "Fox Hunt",
                    "Relatives in China were questioned.");
            assertThat(text).contains("2016? (uncertain)", "2 January 2017", "Agent Wang Example",
                    "Police visited the family, visit 39");
            assertThat(text).contains("Example Readmission Arrangement", "pursued under");
            assertThat(text).contains("An investigation into pressure abroad", "paragraph 12", "accusation");
            assertThat(text).contains(photo.ref().toString(), "outside-the-house.png", "the car parked outside",
                    "M. Chen");
            assertThat(text.replaceAll("\\s", "")).contains(photo.sha256());
            assertThat(text).contains("Ask the lawyer about the hearing date");

            int pages = pdf.getNumberOfPages();
            assertThat(pages).as("forty incidents do not fit on one page").isGreaterThan(1);
            PDFTextStripper perPage = new PDFTextStripper();
            for (int p = 1; p <= pages; p++) {
                perPage.setStartPage(p);
                perPage.setEndPage(p);
                assertThat(perPage.getText(pdf).replaceAll("\\s+", " "))
                        .contains("CONFIDENTIAL", "Printed " + LocalDate.now(),
                        "Database test.mv.db", "Page " + p + " / " + pages);
            }
            assertEveryFontEmbedded(pdf);
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged").isTrue();
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en");
            var xmp = new DomXmpParser().parse(pdf.getDocumentCatalog().getMetadata().exportXMPMetadata());
            assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(3);
            assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("U");
            assertThat(images(pdf)).as("the small photo is printed").isEqualTo(1);
        }
    }

    @Test
    void namesInChineseScriptPrintInAnEmbeddedFont() throws Exception {
        Assumptions.assumeTrue(ws.dossiers().printsChinese(), "install a CJK font, e.g. fonts-wqy-microhei");
        Path out = dir.resolve("dossier.pdf");
        ws.dossiers().printCase(subject.ref(), Dossiers.Options.ENGLISH, out);
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains(NAME + " (" + NATIVE + ")");
            assertThat(fonts(pdf)).anyMatch(f -> f.getName().contains("WenQuanYi") || f.getName().contains("Hei")
                    || f.getName().contains("Ming") || f.getName().contains("Sim"));
            assertEveryFontEmbedded(pdf);
        }
    }

    @Test
    void theChineseDossierHasChineseHeadings() throws Exception {
        Assumptions.assumeTrue(ws.dossiers().printsChinese(), "install a CJK font, e.g. fonts-wqy-microhei");
        byte[] pdfBytes = ws.dossiers().renderCase(subject.id(), new Dossiers.Options(DossierLanguage.ZH_HANS, null));
        try (PDDocument pdf = Loader.loadPDF(pdfBytes)) {
            // lines in Chinese break between any two characters: compare without white space
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s", "")).contains("时间线", "机密", "证据文件",
                    "2016年?(日期不确定)");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("zh-Hans");
        }
    }

    @Test
    void thePseudonymisedDossierHasCodesInsteadOfNamesAndLeavesFilesAndNotesOut() throws Exception {
        byte[] pdfBytes = ws.dossiers().renderCase(subject.id(), new Dossiers.Options(DossierLanguage.EN, "standard"));
        try (PDDocument pdf = Loader.loadPDF(pdfBytes)) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).doesNotContain(NAME).doesNotContain(NATIVE).doesNotContain("Old Xie")
                    .doesNotContain("Agent Wang Example").doesNotContain("outside-the-house.png")
                    .doesNotContain("the car parked outside").doesNotContain("M. Chen")
                    .doesNotContain("Ask the lawyer").doesNotContain("Relatives in China were questioned");
            assertThat(text).contains("PERSON-", "Pseudonymised copy (profile standard)", photo.ref().toString());
            assertThat(text.replaceAll("\\s", "")).contains(photo.sha256());
            assertThat(images(pdf)).isZero();
        }
    }

    @Test
    void theListReportHasOneRowPerCaseTheQuerySelects() throws Exception {
        Case other = store.write(tx -> store.cases().insert(tx, Case.named("Somebody Else Entirely")));
        CaseQuery onlyFoxHunt = new CaseQuery(null, Set.of(), Set.of(), Set.of(), Set.of(Campaign.FOX_HUNT), Set.of(),
                Set.of(), CaseQuery.CaseSort.REFERENCE, false);
        Path out = dir.resolve("list.pdf");
        ws.dossiers().printList(onlyFoxHunt, Dossiers.Options.ENGLISH, out);
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains(subject.ref().toString(), NAME, "campaigns: Fox Hunt", "1 cases", "40",
                    "CONFIDENTIAL");
            assertThat(text).doesNotContain(other.ref().toString()).doesNotContain("Somebody Else");
            assertEveryFontEmbedded(pdf);
        }
        ws.dossiers().printList(CaseQuery.ALL, Dossiers.Options.ENGLISH, out);
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains(other.ref().toString(), "all cases", "2 cases");
        }
    }

    private static List<PDFont> fonts(PDDocument pdf) throws IOException {
        List<PDFont> out = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (COSName n : page.getResources().getFontNames()) {
                out.add(page.getResources().getFont(n));
            }
        }
        return out;
    }

    private static void assertEveryFontEmbedded(PDDocument pdf) throws IOException {
        List<PDFont> fonts = fonts(pdf);
        assertThat(fonts).isNotEmpty();
        assertThat(fonts).allMatch(PDFont::isEmbedded, "embedded");
    }

    private static int images(PDDocument pdf) throws IOException {
        int n = 0;
        for (PDPage page : pdf.getPages()) {
            for (COSName x : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(x) instanceof PDImageXObject) {
                    n++;
                }
            }
        }
        return n;
    }
}
