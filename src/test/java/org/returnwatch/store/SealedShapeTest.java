package org.returnwatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.returnwatch.domain.Actor;
import org.returnwatch.domain.Agreement;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.Citation;
import org.returnwatch.domain.DataPoint;
import org.returnwatch.domain.Incident;
import org.returnwatch.domain.Link;
import org.returnwatch.domain.SavedChart;
import org.returnwatch.domain.Series;
import org.returnwatch.domain.Source;
import org.returnwatch.domain.Tactic;

/**
 * Seals and history entries cover a record's components as {@link RecordJson} writes them. A release that
 * adds, removes or renames a component of a record (or of a record inside it) changes what every stored
 * seal covers, so it must reseal the stored records in its migration; this test names the shape the
 * stored seals were made for and fails when it changes, so that the reseal is not forgotten.
 */
class SealedShapeTest {
    @Test
    void theRecordsHaveTheShapeTheStoredSealsCover() throws IOException {
        TreeSet<String> lines = new TreeSet<>();
        for (Class<?> type : List.of(Case.class, Incident.class, Agreement.class, Series.class, DataPoint.class,
                Source.class, Citation.class, Actor.class, Link.class, Tactic.class, SavedChart.class)) {
            describe(type, lines);
        }
        String expected;
        try (InputStream in = getClass().getResourceAsStream("/store/sealed-shape.txt")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(String.join("\n", lines) + "\n")
                .as("a record's components changed: add a migration that reseals the stored records, then write "
                        + "the new shape into src/test/resources/store/sealed-shape.txt")
                .isEqualTo(expected);
    }

    private static void describe(Class<?> type, TreeSet<String> lines) {
        if (!type.isRecord()) {
            return;
        }
        List<String> parts = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            parts.add(c.getName() + ":" + c.getGenericType().getTypeName().replaceAll("[a-z0-9.]+\\.", ""));
            describe(c.getType(), lines);
            if (c.getGenericType() instanceof ParameterizedType p) {
                for (Type t : p.getActualTypeArguments()) {
                    if (t instanceof Class<?> k) {
                        describe(k, lines);
                    }
                }
            }
        }
        lines.add(type.getSimpleName() + "(" + String.join(", ", parts) + ")");
    }
}
