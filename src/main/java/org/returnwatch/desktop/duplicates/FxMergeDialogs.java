package org.returnwatch.desktop.duplicates;

import javafx.stage.Window;
import org.returnwatch.desktop.common.Controls;

/** The real merge dialog, owned by a window. */
public final class FxMergeDialogs implements MergeDialogs {
    private final Window owner;

    public FxMergeDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public boolean askMerge(MergeViewModel merge) {
        return Controls.styled(new MergeDialog(merge, owner)).showAndWait().orElse(false);
    }
}
