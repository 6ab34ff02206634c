package org.returnwatch.store;

import static org.returnwatch.i18n.Phrase.phrase;

import java.sql.SQLException;
import java.util.List;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.i18n.Phrase;

/**
 * The highest reference number in use for a kind of record, so that an import building new records
 * from someone else's spreadsheet can give them the codes they will actually get.
 */
public final class RefNumbers {
    private RefNumbers() {
    }

    public static int max(Store store, Transaction tx, RecordKind kind) {
        try {
            return Sql.query(tx, "SELECT COALESCE(MAX(ref_number), 0) FROM " + store.repository(kind).table(),
                    List.of(), rs -> rs.getInt(1)).get(0);
        } catch (SQLException e) {
            throw SqlErrors.translate(e, phrase("reading {0}", Phrase.words(kind.plural())));
        }
    }
}
