package org.returnwatch.desktop.mapping;

import java.util.Optional;
import org.returnwatch.exchange.Mapping;

/** The column-mapping dialog of someone else's CSV; tests answer it with a fake. */
public interface MappingDialogs {

    /** The columns mapped to fields; empty when the user cancels. */
    Optional<Mapping> mapColumns(MappingViewModel vm);
}
