package org.returnwatch.desktop.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.desktop.action.AppAction;
import org.returnwatch.domain.CaseKind;

/**
 * File → Print list report… as the composition root wires it, on a real encrypted seeded database: the
 * PDF holds exactly the cases the filtered list shows, in its order.
 */
class ListReportTest {
    private static final Pattern CASE_REF = Pattern.compile("RW-C-\\d{4}");

    @TempDir
    Path dir;
    ShellFixture f;

    @BeforeEach
    void open() {
        f = new ShellFixture(dir.resolve("db"));
    }

    @AfterEach
    void close() {
        f.close();
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(d);
        }
    }

    private static List<String> refs(String text) {
        Matcher m = CASE_REF.matcher(text);
        return m.results().map(r -> r.group()).distinct().collect(Collectors.toList());
    }

    private List<String> listed() {
        return f.cases().list().rows().stream().map(c -> c.ref().toString()).toList();
    }

    @Test
    void theReportHoldsTheCasesTheFilteredListShowsAndNoOthers() throws Exception {
        f.cases().list().chosenCountries().add("Canada");
        f.cases().list().chosenKinds().add(CaseKind.INDIVIDUAL);
        List<String> shown = listed();
        assertThat(shown).as("the seed's individuals living in Canada").containsExactly("RW-C-0001", "RW-C-0003",
                "RW-C-0006");
        int[] previewPages = new int[1];
        f.dialogs.dossierAnswer = vm -> {
            previewPages[0] = vm.pages().size();
            assertThat(vm.title()).isEqualTo("Print list report");
            assertThat(vm.caseTitle()).isEqualTo("The 3 cases the list shows (2 filters)");
            return true;
        };
        f.dialogs.exportAnswer = dir.resolve("canada");
        f.dialogs.confirmAnswer = true;

        f.main.command(AppAction.PRINT_LIST_REPORT).execute();

        assertThat(previewPages[0]).as("a preview was made before saving").isPositive();
        Path pdf = dir.resolve("canada.pdf");
        String text = text(pdf);
        assertThat(refs(text)).containsExactlyElementsOf(shown);
        assertThat(text).contains("Xie Weidong", "Jiang Qian").doesNotContain("Dong Guangping", "Mehmet Tohti");
        assertThat(f.dialogs.confirmations).singleElement().asString().contains("not encrypted");
        assertThat(f.dialogs.opened).containsExactly(pdf);
    }

    @Test
    void aSearchAndThePseudonymisedChoiceAreFollowed() throws Exception {
        f.cases().list().queryProperty().set("Xie");
        assertThat(listed()).containsExactly("RW-C-0001");
        f.dialogs.dossierAnswer = vm -> {
            vm.pseudonymiseProperty().set(true);
            return true;
        };
        f.dialogs.exportAnswer = dir.resolve("xie.pdf");
        f.dialogs.confirmAnswer = false;

        f.main.command(AppAction.PRINT_LIST_REPORT).execute();

        String text = text(dir.resolve("xie.pdf"));
        assertThat(refs(text)).containsExactly("RW-C-0001");
        assertThat(text).doesNotContain("Xie Weidong");
        assertThat(f.dialogs.opened).isEmpty();
    }

    @Test
    void withACaseOpenOverTheListNothingIsPrintedAndTheUserIsToldWhy() {
        f.cases().open(f.cases().list().rows().get(0).id());
        f.dialogs.dossierAnswer = vm -> true;
        f.dialogs.exportAnswer = dir.resolve("never.pdf");

        f.main.command(AppAction.PRINT_LIST_REPORT).execute();

        assertThat(f.dialogs.dossiers).isEmpty();
        assertThat(f.dialogs.infos).singleElement().asString().contains("Show the case list first");
        assertThat(dir.resolve("never.pdf")).doesNotExist();
    }
}
