package org.returnwatch.domain;

import java.util.UUID;

/**
 * Who says a step of a history happened, and where: the claimant (an agency, an NGO), the source
 * and the place in it. Two sources that date the same step differently are two steps, each with
 * its own attribution.
 *
 * @param claimedBy who makes the claim, when it is not the source itself; may be null
 * @param sourceId  the source it is read in; null when not given
 * @param locator   where in the source ("para. 24"); may be null
 */
public record Attribution(String claimedBy, UUID sourceId, String locator) {
    public static final Attribution NONE = new Attribution(null, null, null);

    public Attribution {
        claimedBy = Texts.clean(claimedBy);
        locator = Texts.clean(locator);
        if (sourceId == null && locator != null) {
            throw new IllegalArgumentException("a place in a source (" + locator + ") needs the source");
        }
    }

    public boolean isEmpty() {
        return claimedBy == null && sourceId == null;
    }
}
