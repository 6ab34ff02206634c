package org.returnwatch.desktop.mapping;

import java.util.Optional;
import javafx.stage.Window;
import org.returnwatch.desktop.common.Controls;
import org.returnwatch.exchange.Mapping;

/** The real column-mapping dialog, owned by a window. */
public final class FxMappingDialogs implements MappingDialogs {
    private final Window owner;

    public FxMappingDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Mapping> mapColumns(MappingViewModel vm) {
        return Controls.styled(new MappingDialog(vm, owner)).showAndWait();
    }
}
