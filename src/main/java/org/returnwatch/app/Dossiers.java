package org.returnwatch.app;

import static org.returnwatch.i18n.Phrase.phrase;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.CaseQuery;
import org.returnwatch.domain.Reference;
import org.returnwatch.dossier.CaseFile;
import org.returnwatch.dossier.CaseListView;
import org.returnwatch.dossier.DossierLanguage;
import org.returnwatch.dossier.DossierPdf;
import org.returnwatch.dossier.Printing;
import org.returnwatch.exchange.Dataset;
import org.returnwatch.exchange.JsonExchange;
import org.returnwatch.exchange.Pseudonymiser;
import org.returnwatch.exchange.RedactionProfile;
import org.returnwatch.store.CaseSearch;
import org.returnwatch.store.PseudonymKey;
import org.returnwatch.store.RecordNotFoundException;
import org.returnwatch.store.Store;
import org.returnwatch.store.StoreException;
import org.returnwatch.work.PrivateFiles;

/**
 * The case dossier and the list report as PDF. The window can print to a file ({@link #printCase})
 * or ask for the PDF's bytes ({@link #renderCase}) to preview it without writing anything to disk.
 */
public final class Dossiers {
    private final Store store;
    private DossierPdf pdf;

    Dossiers(Store store) {
        this.store = store;
    }

    /**
     * How to print.
     *
     * @param profile null for an exact dossier; else the redaction profile (standard, strict or a file)
     */
    public record Options(DossierLanguage language, String profile) {
        public static final Options ENGLISH = new Options(DossierLanguage.EN, null);
    }

    /** Where the PDF was written, and whether names in Chinese script could be printed. */
    public record Printed(Path file, boolean chineseFont) {
    }

    public Printed printCase(Reference caseRef, Options options, Path out) {
        UUID id = store.read(tx -> store.cases().findByRef(tx, caseRef))
                .orElseThrow(() -> new RecordNotFoundException(phrase("no case {0}; nothing was printed",
                        caseRef))).id();
        return write(out, renderCase(id, options));
    }

    /** The dossier's PDF, in memory: for a preview. */
    public byte[] renderCase(UUID caseId, Options options) {
        Pseudonymiser p = pseudonymiser(options);
        CaseFile file = store.read(tx -> new CaseFileReader(store).read(tx, caseId, p));
        return render(out -> pdf().writeCase(file, printing(options, p), out));
    }

    /** The cases the case list shows for {@code query}, one row each. */
    public Printed printList(CaseQuery query, Options options, Path out) {
        return write(out, renderList(query, options));
    }

    public byte[] renderList(CaseQuery query, Options options) {
        Pseudonymiser p = pseudonymiser(options);
        CaseListView.Input input = store.read(tx -> {
            List<Case> cases = new CaseSearch(store.cases()).page(tx, query, 0, Integer.MAX_VALUE);
            List<Integer> counts = new ArrayList<>();
            for (Case c : cases) {
                counts.add(store.incidents().forCase(tx, c.id()).size());
            }
            List<Case> printed = p == null ? cases : p.apply(new Dataset(List.of(), List.of(), List.of(), cases,
                    List.of(), List.of(), List.of(), List.of(), List.of())).cases();
            return new CaseListView.Input(printed, counts, describe(query));
        });
        return render(out -> pdf().writeList(input, printing(options, p), out));
    }

    /** True if a font for Chinese script was found on this machine. */
    public boolean printsChinese() {
        return pdf().printsChinese();
    }

    private synchronized DossierPdf pdf() {
        if (pdf == null) {
            pdf = DossierPdf.withSystemFonts();
        }
        return pdf;
    }

    private Pseudonymiser pseudonymiser(Options options) {
        if (options.profile() == null) {
            return null;
        }
        RedactionProfile profile = RedactionProfile.named(options.profile(), new JsonExchange().mapper());
        return new Pseudonymiser(profile, PseudonymKey.getOrCreate(store));
    }

    private Printing printing(Options options, Pseudonymiser p) {
        return new Printing(options.language(), LocalDate.now(), store.database().file().dataFile().getFileName()
                .toString(), p == null ? null : p.profile().name());
    }

    private interface Renderer {
        void render(java.io.OutputStream out) throws IOException;
    }

    private static byte[] render(Renderer r) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            r.render(bytes);
        } catch (IOException e) {
            throw new StoreException(phrase("the PDF could not be made ({0}); nothing was printed",
                    e.getMessage()), e);
        }
        return bytes.toByteArray();
    }

    private Printed write(Path out, byte[] pdfBytes) {
        try {
            PrivateFiles.write(out, true, os -> os.write(pdfBytes));
        } catch (IOException e) {
            throw new StoreException(phrase("cannot write {0} ({1}); nothing was printed", out, e.getMessage()));
        }
        return new Printed(out, printsChinese());
    }

    /** The search and filters, in words, for the report's heading. */
    static String describe(CaseQuery q) {
        List<String> parts = new ArrayList<>();
        if (q.text() != null && !q.text().isBlank()) {
            parts.add("search \u201c" + q.text().strip() + "\u201d");
        }
        addSet(parts, "tactics", q.tactics().stream().map(String::valueOf).sorted().toList());
        addSet(parts, "residence", q.residenceCountries().stream().sorted().toList());
        addSet(parts, "outcomes", q.outcomes().stream().map(o -> o.label()).sorted().toList());
        addSet(parts, "campaigns", q.campaigns().stream().map(c -> c.label()).sorted().toList());
        addSet(parts, "years", q.years().stream().sorted().map(String::valueOf).toList());
        addSet(parts, "kinds", q.kinds().stream().map(k -> k.label()).sorted().toList());
        addSet(parts, "status", q.statuses().stream().map(st -> st.label()).sorted().toList());
        if (q.openedSince() != null) {
            parts.add("opened since " + q.openedSince());
        }
        if (q.dueBefore() != null) {
            parts.add("follow-up due before " + q.dueBefore());
        }
        return parts.isEmpty() ? "all cases" : String.join(" · ", parts);
    }

    private static void addSet(List<String> parts, String what, List<String> values) {
        if (!values.isEmpty()) {
            parts.add(what + ": " + values.stream().collect(Collectors.joining(", ")));
        }
    }
}
