package org.returnwatch.dossier;

import java.util.List;
import java.util.Map;
import org.returnwatch.domain.Case;

/** What the list template ({@code resources/dossier/list.html}) prints: one row per case. */
public record CaseListView(Map<String, String> labels, CaseDossierView.Footer footer, String lang, String title,
                           String selection, String notice, int count, List<Row> rows) {

    public record Row(String ref, String name, String residence, String campaign, String outcome, String risk,
                      String incidents) {
    }

    /**
     * The cases of a list, as the case table shows them.
     *
     * @param selection the search and filters that chose them, in words
     * @param incidents how many incidents each case has, in the order of {@code cases}
     */
    public record Input(List<Case> cases, List<Integer> incidents, String selection) {
        public Input {
            cases = List.copyOf(cases);
            incidents = List.copyOf(incidents);
            if (cases.size() != incidents.size()) {
                throw new IllegalArgumentException("one incident count per case");
            }
        }
    }

    static CaseListView of(Input in, Printing p) {
        DossierWords l = DossierWords.of(p.language());
        List<Row> rows = new java.util.ArrayList<>();
        for (int i = 0; i < in.cases().size(); i++) {
            Case c = in.cases().get(i);
            String residence = c.residenceCity() == null ? c.residenceCountry()
                    : c.residenceCountry() == null ? c.residenceCity() : c.residenceCity() + ", "
                            + c.residenceCountry();
            rows.add(new Row(c.ref().toString(), c.displayName(), residence, l.label(c.campaign()),
                    l.label(c.outcome()), l.label(c.riskLevel()), String.valueOf(in.incidents().get(i))));
        }
        String notice = p.pseudonymised() ? l.get("notice_pseudonymised").replace("{profile}", p.profile()) : null;
        return new CaseListView(l.asMap(), CaseDossierView.footer(p, l), p.language().tag(), l.get("list_title"),
                in.selection(), notice, rows.size(), rows);
    }
}
