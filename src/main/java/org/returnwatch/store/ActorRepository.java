package org.returnwatch.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.returnwatch.domain.Actor;
import org.returnwatch.domain.ActorKind;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Reference;

/** Agencies, officials, organisations and people other than targets. */
public final class ActorRepository extends RecordRepository<Actor> {

    public ActorRepository() {
        super(RecordKind.ACTOR, "actor", "name", "native_name", "actor_kind", "country", "note");
    }

    @Override
    protected Class<Actor> recordClass() {
        return Actor.class;
    }

    @Override
    protected List<Object> values(Actor a) {
        return Arrays.asList(a.name(), a.nativeName(), a.actorKind(), a.country(), a.note());
    }

    @Override
    protected Actor read(Transaction tx, ResultSet rs) throws SQLException {
        return new Actor(id(rs), ref(rs), version(rs), rs.getString("name"), rs.getString("native_name"),
                Sql.enumValue(rs, "actor_kind", ActorKind.class), rs.getString("country"), rs.getString("note"));
    }

    @Override
    protected Collection<?> searchWords(Actor a) {
        return Arrays.asList(new SearchText.Name(a.name()), new SearchText.Name(a.nativeName()), a.country(), a.note(),
                a.actorKind().label());
    }

    @Override
    protected Actor stored(Actor a, Reference ref, long version) {
        return a.withStored(ref, version);
    }
}
