package org.returnwatch.domain;

import java.util.List;

/** An entry of the editable list of pressure tactics. */
public record Tactic(String code, String label) {

    public Tactic {
        code = Texts.required(code, "tactic code");
        label = Texts.required(label, "tactic label");
    }

    /** The list a new database starts with. */
    public static final List<Tactic> STANDARD = List.of(
            new Tactic("FAMILY_PRESSURE", "pressure on family at home"),
            new Tactic("AGENTS_ABROAD", "agents or proxies approaching the target abroad"),
            new Tactic("KIDNAPPING", "kidnapping or rendition"),
            new Tactic("EXTRADITION_REQUEST", "extradition request"),
            new Tactic("DEPORTATION", "deportation or removal by the host state"),
            new Tactic("INTERPOL_NOTICE", "Interpol notice"),
            new Tactic("THIRD_COUNTRY_LURE", "lure to a third country"),
            new Tactic("SURVEILLANCE_HARASSMENT", "surveillance and harassment"),
            new Tactic("DIGITAL_THREATS", "digital threats and hacking"),
            new Tactic("DOCUMENT_REFUSAL", "refusal of documents"),
            new Tactic("FINANCIAL_PRESSURE", "financial pressure (frozen accounts, seized assets)"));
}
