package org.returnwatch.desktop.edit;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.Property;

/**
 * A form's fields as text, to keep unsaved edits as a draft at a lock and to put them back after the
 * unlock: text as typed, a choice by its name, a tick as true or false. Fields of other kinds are left out.
 */
public final class FormDraft {
    private FormDraft() {
    }

    public static Map<String, String> capture(Map<String, ? extends Property<?>> fields) {
        Map<String, String> out = new LinkedHashMap<>();
        fields.forEach((name, p) -> {
            Object v = p.getValue();
            if (v == null || v instanceof String || v instanceof Boolean) {
                out.put(name, v == null ? "" : v.toString());
            } else if (v instanceof Enum<?> e) {
                out.put(name, e.name());
            }
        });
        return out;
    }

    /** Puts the kept values back into the fields of the same names; a value a field cannot take is skipped. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void apply(Map<String, ? extends Property<?>> fields, Map<String, String> kept) {
        fields.forEach((name, p) -> {
            String v = kept.get(name);
            if (v == null) {
                return;
            }
            Object now = p.getValue();
            if (now instanceof Boolean) {
                ((Property<Boolean>) p).setValue(Boolean.parseBoolean(v));
            } else if (now instanceof Enum<?> e) {
                try {
                    ((Property) p).setValue(Enum.valueOf(e.getDeclaringClass(), v));
                } catch (IllegalArgumentException unknown) {
                    // a choice that no longer exists: the field keeps what it shows
                }
            } else if (now == null || now instanceof String) {
                ((Property<Object>) p).setValue(v.isEmpty() && now == null ? null : v);
            }
        });
    }
}
