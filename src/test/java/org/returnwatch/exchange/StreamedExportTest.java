package org.returnwatch.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.domain.DomainRecord;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.store.Store;
import org.returnwatch.store.TestDatabases;
import org.returnwatch.work.ProgressListener;

/**
 * The whole-database JSON export written while it is read: the same records as the document built
 * in memory, and never more than one page of records asked for before the earlier ones are written.
 */
class StreamedExportTest {
    private static final int PAGE = 7;
    @TempDir
    static Path dir;
    static Store store;
    final JsonExchange json = new JsonExchange();

    @BeforeAll
    static void open() throws Exception {
        store = TestDatabases.create(dir.resolve("db"));
        JsonExchange exchange = new JsonExchange();
        // the seed has every kind of record (agreements, series with points, links, citations)
        exchange.importFile(store, Path.of("seeds/seed.json"));
        exchange.importFile(store, SyntheticDataset.write(dir.resolve("synthetic.json"), 1, 40));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void writesTheSameRecordsAsTheDocumentBuiltInMemory() throws Exception {
        Path out = dir.resolve("streamed.json");
        long written = json.exportTo(store, out);
        JsonNode streamed = json.mapper().readTree(out.toFile());
        // read back from text as the streamed one is, so numbers compare as the same kind of node
        JsonNode inMemory = json.mapper().readTree(json.mapper().writeValueAsString(json.exportDocument(store)));

        assertThat(streamed.fieldNames()).toIterable().containsExactlyElementsOf(() -> inMemory.fieldNames());
        long records = 0;
        for (String field : List.of("tactics", "sources", "actors", "cases", "incidents", "agreements", "series",
                "citations", "links")) {
            assertThat(set(streamed.get(field))).as(field).isEqualTo(set(inMemory.get(field)))
                    .hasSize(inMemory.get(field).size());
            assertThat(streamed.get(field)).as(field).hasSize(inMemory.get(field).size());
            if (!field.equals("tactics")) {
                records += inMemory.get(field).size();
                assertThat(refNumbers(streamed.get(field))).as(field + " in reference order").isSorted();
            }
        }
        records += inMemory.get("series").findValues("points").stream().mapToInt(JsonNode::size).sum();
        assertThat(written).isEqualTo(records);
        // and it imports back into an empty database as the same document
        try (Store copy = TestDatabases.create(dir.resolve("copy"))) {
            json.importFile(copy, out);
            JsonNode again = json.exportDocument(copy);
            for (String field : List.of("cases", "incidents", "series", "links")) {
                assertThat(again.get(field).findValuesAsText("ref")).as(field)
                        .containsExactlyInAnyOrderElementsOf(inMemory.get(field).findValuesAsText("ref"));
            }
        }
    }

    @Test
    void holdsNoMoreThanOnePageOfRecordsBeforeWritingThem() throws Exception {
        ByteArrayOutputStream os = new ByteArrayOutputStream();
        List<Integer> sizes = new ArrayList<>();
        List<Integer> writtenBefore = new ArrayList<>();
        StreamedExport.Pages counting = (tx, kind, after, limit) -> {
            List<? extends DomainRecord> page = store.repository(kind).after(tx, after, limit);
            sizes.add(page.size());
            writtenBefore.add(os.size());
            return page;
        };
        long total = store.read(tx -> StreamedExport.size(store, tx));
        store.read(tx -> {
            try {
                new StreamedExport(json.mapper(), counting, PAGE).write(store, tx, os,
                        new ProgressCounter(ProgressListener.NONE, total));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        assertThat(sizes).allMatch(n -> n <= PAGE);
        int records = 0;
        for (RecordKind kind : List.of(RecordKind.SOURCE, RecordKind.ACTOR, RecordKind.CASE, RecordKind.INCIDENT,
                RecordKind.AGREEMENT, RecordKind.SERIES, RecordKind.CITATION, RecordKind.LINK)) {
            records += store.read(tx -> store.repository(kind).count(tx, null));
        }
        assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(records);
        // every page after a full one is asked for only once the full one is out of the writer's hands
        for (int i = 1; i < sizes.size(); i++) {
            if (sizes.get(i - 1) == PAGE) {
                assertThat(writtenBefore.get(i)).as("bytes written before page " + i)
                        .isGreaterThan(writtenBefore.get(i - 1));
            }
        }
        int cases = store.read(tx -> store.cases().count(tx, null));
        assertThat(json.mapper().readTree(os.toByteArray()).get("cases")).hasSize(cases);
    }

    private static Set<JsonNode> set(JsonNode array) {
        Set<JsonNode> out = new HashSet<>();
        array.forEach(out::add);
        return out;
    }

    private static List<Integer> refNumbers(JsonNode array) {
        List<Integer> out = new ArrayList<>();
        array.forEach(n -> out.add(Integer.parseInt(n.get("ref").asText().replaceAll("\\D", ""))));
        return out;
    }
}
