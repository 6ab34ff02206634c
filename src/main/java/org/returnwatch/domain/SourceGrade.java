package org.returnwatch.domain;

/** How reliable the source of a piece of information is, as investigators grade it (the Admiralty code, A–F). */
public enum SourceGrade implements Labelled {
    A("completely reliable"),
    B("usually reliable"),
    C("fairly reliable"),
    D("not usually reliable"),
    E("unreliable"),
    F("reliability cannot be judged");

    private final String label;

    SourceGrade(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
