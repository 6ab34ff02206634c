package org.returnwatch.desktop.links;

import java.util.List;
import java.util.Optional;
import javafx.stage.Window;
import org.returnwatch.app.CitationRow;
import org.returnwatch.app.RecordItem;
import org.returnwatch.desktop.common.Controls;

/** The real link picker and citation dialog, owned by a window. */
public final class FxLinkDialogs implements LinkDialogs {
    private final Window owner;

    public FxLinkDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<LinkPickerViewModel.Choice> pickLink(LinkPickerViewModel picker) {
        return Controls.styled(new LinkPickerDialog(picker, owner)).showAndWait();
    }

    @Override
    public Optional<CitationEdit> editCitation(CitationRow citation, List<RecordItem> sources) {
        return Controls.styled(new CitationDialog(citation, sources, owner)).showAndWait();
    }
}
