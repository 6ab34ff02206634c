package org.returnwatch.domain;

/**
 * What a published point of a statistic says: a figure; a size without a figure ("thousands every
 * year"); or a trend ("decreased over the past two years", "continues to grow"). The last two are kept
 * in the source's sense, with their source, and never drawn as numbers.
 */
public enum PointKind implements Labelled {
    FIGURE("a figure"),
    VAGUE_SIZE("a size without a figure"),
    TREND("a trend");

    private final String label;

    PointKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
