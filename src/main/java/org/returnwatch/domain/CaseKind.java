package org.returnwatch.domain;

/**
 * What a case record stands for: one person, a group of people (a list of targets), or a record kept
 * only because it explains other cases (a detention used as leverage). Counts of "cases" in a report
 * are counts of individuals.
 */
public enum CaseKind implements Labelled {
    INDIVIDUAL("individual"),
    GROUP("group of people"),
    CONTEXT("context record");

    private final String label;

    CaseKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
