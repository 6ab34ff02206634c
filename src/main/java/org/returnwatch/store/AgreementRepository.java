package org.returnwatch.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.returnwatch.domain.Agreement;
import org.returnwatch.domain.AgreementKind;
import org.returnwatch.domain.AgreementStatus;
import org.returnwatch.domain.Disclosure;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Reference;
import org.returnwatch.domain.StatusChange;

/** Agreements with their parties and status history. */
public final class AgreementRepository extends RecordRepository<Agreement> {
    private static final String[] STATUS_COLUMNS = {"status", "date_precision", "date_start", "date_end",
        "date_approx", "date_inferred", "date_bound", "note", "claimed_by", "source_id", "locator"};

    public AgreementRepository() {
        super(RecordKind.AGREEMENT, "agreement", "title", "agreement_kind", "disclosure", "summary");
    }

    @Override
    protected Class<Agreement> recordClass() {
        return Agreement.class;
    }

    @Override
    protected List<Object> values(Agreement a) {
        return Arrays.asList(a.title(), a.agreementKind(), a.disclosure(), a.summary());
    }

    @Override
    protected Agreement read(Transaction tx, ResultSet rs) throws SQLException {
        UUID id = id(rs);
        List<StatusChange> history = Sql.query(tx, "SELECT * FROM agreement_status WHERE agreement_id = ? "
                + "ORDER BY position", List.of(id), r -> new StatusChange(
                        Sql.enumValue(r, "status", AgreementStatus.class), Sql.date(r, "date"), r.getString("note"),
                        Sql.attribution(r)));
        return new Agreement(id, ref(rs), version(rs), rs.getString("title"),
                Sql.enumValue(rs, "agreement_kind", AgreementKind.class),
                Sql.strings(tx, "agreement_party", "agreement_id", "party", id),
                Sql.enumValue(rs, "disclosure", Disclosure.class), rs.getString("summary"), history);
    }

    @Override
    protected Collection<?> searchWords(Agreement a) {
        List<Object> words = new ArrayList<>(Arrays.asList(a.title(), a.summary(), a.agreementKind().label(),
                a.disclosure().label()));
        words.addAll(a.parties());
        a.currentStatus().ifPresent(s -> words.add(s.label()));
        return words;
    }

    @Override
    protected Agreement stored(Agreement a, Reference ref, long version) {
        return a.withStored(ref, version);
    }

    @Override
    protected void writeChildren(ChildRows out, Agreement a) throws SQLException {
        out.replace("agreement_party", "agreement_id", a.id(), new String[] {"party"}, a.parties(),
                List::of);
        out.replace("agreement_status", "agreement_id", a.id(), STATUS_COLUMNS, a.statusHistory(),
                s -> {
                    List<Object> v = new ArrayList<>();
                    v.add(s.status());
                    v.addAll(Sql.date(s.date()));
                    v.add(s.note());
                    v.addAll(Sql.attribution(s.attribution()));
                    return v;
                });
    }
}
