package org.returnwatch.desktop.records;

import static org.returnwatch.i18n.Localization.lang;

import java.util.List;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import org.returnwatch.desktop.common.FormText;
import org.returnwatch.domain.Actor;
import org.returnwatch.domain.ActorKind;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Reference;

/** An agency, official, organisation or person other than the target. */
public final class ActorForm implements RecordForm<Actor> {
    final StringProperty name = FormText.text();
    final StringProperty nativeName = FormText.text();
    final ObjectProperty<ActorKind> actorKind = new SimpleObjectProperty<>(ActorKind.ORGANISATION);
    final StringProperty country = FormText.text();
    final StringProperty note = FormText.text();

    @Override
    public RecordKind kind() {
        return RecordKind.ACTOR;
    }

    @Override
    public String noun() {
        return lang("actor");
    }

    @Override
    public List<FormField> fields() {
        return List.of(FormField.required(lang("Name"), name), FormField.text(lang("Name in native script"),
                nativeName),
                FormField.choice(lang("Kind"), actorKind, List.of(ActorKind.values())),
                        FormField.text(lang("Country"), country),
                FormField.area(lang("Note"), note));
    }

    @Override
    public List<StringProperty> nameFields() {
        return List.of(name, nativeName);
    }

    @Override
    public void load(Actor a) {
        name.set(a.name());
        nativeName.set(FormText.orEmpty(a.nativeName()));
        actorKind.set(a.actorKind());
        country.set(FormText.orEmpty(a.country()));
        note.set(FormText.orEmpty(a.note()));
    }

    @Override
    public Actor blank() {
        return new Actor(UUID.randomUUID(), null, 0, lang("New actor"), null, null, null, null);
    }

    @Override
    public Actor build(UUID id, Reference ref, long version) {
        return new Actor(id, ref, version, name.get(), nativeName.get(), actorKind.get(), country.get(), note.get());
    }
}
