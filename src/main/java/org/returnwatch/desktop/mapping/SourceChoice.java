package org.returnwatch.desktop.mapping;

import static org.returnwatch.i18n.Localization.lang;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.returnwatch.app.RecordItem;
import org.returnwatch.exchange.Mapping;

/** The source every imported record cites: none, one already stored, or a new one described here. */
public final class SourceChoice {
    public enum Kind { NONE, STORED, NEW }

    private final List<RecordItem> stored;
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(this, "kind", Kind.NEW);
    private final ObjectProperty<RecordItem> storedSource = new SimpleObjectProperty<>(this, "storedSource");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty publisher = new SimpleStringProperty(this, "publisher", "");
    private final StringProperty published = new SimpleStringProperty(this, "published", "");
    /** FieldReader of a loaded mapping the dialog has no control for (kind, reliability …), written back unchanged. */
    private Map<String, String> otherFields = Map.of();

    SourceChoice(List<RecordItem> stored, String defaultTitle) {
        this.stored = List.copyOf(stored);
        title.set(defaultTitle);
    }

    public List<RecordItem> stored() {
        return stored;
    }

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    public ObjectProperty<RecordItem> storedSourceProperty() {
        return storedSource;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty publisherProperty() {
        return publisher;
    }

    public StringProperty publishedProperty() {
        return published;
    }

    /** What is missing for the choice to be complete; null when nothing is. */
    String missing() {
        return switch (kind.get()) {
            case NONE -> null;
            case STORED -> storedSource.get() == null ? lang("choose the stored source") : null;
            case NEW -> title.get() == null || title.get().isBlank() ? lang("give the new source a title") : null;
        };
    }

    Mapping.SourceSpec spec() {
        return switch (kind.get()) {
            case NONE -> null;
            case STORED -> storedSource.get() == null || storedSource.get().ref() == null ? null
                    : new Mapping.SourceSpec(storedSource.get().ref().toString(), null);
            case NEW -> {
                Map<String, String> f = new LinkedHashMap<>(otherFields);
                f.put("title", title.get().strip());
                putIf(f, "publisher", publisher.get());
                putIf(f, "published", published.get());
                yield new Mapping.SourceSpec(null, f);
            }
        };
    }

    void fill(Mapping.SourceSpec s) {
        otherFields = Map.of();
        if (s == null) {
            kind.set(Kind.NONE);
        } else if (s.ref() != null) {
            storedSource.set(stored.stream().filter(i -> i.ref() != null && i.ref().toString()
                    .equalsIgnoreCase(s.ref().strip())).findFirst().orElse(null));
            kind.set(Kind.STORED);
        } else {
            Map<String, String> f = new LinkedHashMap<>(s.fields());
            title.set(orEmpty(f.remove("title")));
            publisher.set(orEmpty(f.remove("publisher")));
            published.set(orEmpty(f.remove("published")));
            otherFields = f;
            kind.set(Kind.NEW);
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static void putIf(Map<String, String> f, String key, String value) {
        if (value != null && !value.isBlank()) {
            f.put(key, value.strip());
        } else {
            f.remove(key);
        }
    }
}
