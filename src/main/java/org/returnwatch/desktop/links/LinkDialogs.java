package org.returnwatch.desktop.links;

import java.util.List;
import java.util.Optional;
import org.returnwatch.app.CitationRow;
import org.returnwatch.app.RecordItem;
import org.returnwatch.domain.Grade;
import org.returnwatch.domain.Stance;

/** The dialogs of links and citations; tests answer them with a fake. */
public interface LinkDialogs {

    /** The searchable link picker; empty when the user cancels. */
    Optional<LinkPickerViewModel.Choice> pickLink(LinkPickerViewModel picker);

    /** A citation's source, field and locator to change; empty when the user cancels. */
    Optional<CitationEdit> editCitation(CitationRow citation, List<RecordItem> sources);

    /** What the user set a citation to. */
    record CitationEdit(RecordItem source, String field, String locator, Grade grade, Stance stance,
                        String claimant) {
    }
}
